import JavaScriptSyntax

/// Which names a piece of JavaScript reads and assigns (nested functions included, shadowing ignored, so the
/// answer errs on the side of "used" and "reassigned").
struct NameUsage {
    /// Names read as values.
    var reads: Set<String> = []
    /// Names assigned after their declaration (`=`, `+=`, `++`, a `for…of` target).
    var writes: Set<String> = []
    /// Every name the code mentions, declared or used.
    var all: Set<String> = []
    /// Names that functions inside the code read or assign without declaring them (as parameters or at the top
    /// of their body): what their closures capture.
    var captures: Set<String> = []
    /// Names read or assigned outside the functions inside the code.
    private var direct: Set<String> = []

    init(_ statements: [Statement]) {
        for statement in statements { visit(statement) }
    }

    init(_ expression: Expression) {
        visit(expression)
    }

    init(function: FunctionNode) {
        visit(function)
    }

    private mutating func visit(_ statement: Statement) {
        switch statement.kind {
        case .variable(let declaration):
            visit(declaration)
        case .function(let function):
            if let name = function.name { all.insert(name) }
            visitNested(function)
        case .expression(let expression), .throw(let expression):
            visit(expression)
        case .block(let statements):
            statements.forEach { visit($0) }
        case .if(let test, let consequent, let alternate):
            visit(test)
            visit(consequent)
            if let alternate { visit(alternate) }
        case .switch(let discriminant, let cases):
            visit(discriminant)
            for switchCase in cases {
                if let test = switchCase.test { visit(test) }
                switchCase.body.forEach { visit($0) }
            }
        case .for(let initializer, let test, let update, let body):
            switch initializer {
            case .variable(let declaration): visit(declaration)
            case .expression(let expression): visit(expression)
            case nil: break
            }
            if let test { visit(test) }
            if let update { visit(update) }
            visit(body)
        case .forOf(let binding, let iterable, let body, _):
            visit(binding)
            visit(iterable)
            visit(body)
        case .forIn(let binding, let object, let body):
            visit(binding)
            visit(object)
            visit(body)
        case .while(let test, let body), .doWhile(let body, let test):
            visit(test)
            visit(body)
        case .return(let value):
            if let value { visit(value) }
        case .try(let body, let parameter, let catchBody, let finally):
            body.forEach { visit($0) }
            if let parameter { declare(parameter) }
            catchBody?.forEach { visit($0) }
            finally?.forEach { visit($0) }
        case .break, .continue, .empty, .unsupported:
            break
        }
    }

    private mutating func visit(_ declaration: VariableDeclaration) {
        for (pattern, initializer) in declaration.declarators {
            declare(pattern)
            if let initializer { visit(initializer) }
        }
    }

    private mutating func visit(_ binding: ForBinding) {
        switch binding {
        case .declaration(_, let pattern): declare(pattern)
        case .target(let target): assign(.expression(target))
        }
    }

    /// A function inside the code: what it uses counts as used here, and what it does not declare is captured.
    private mutating func visitNested(_ function: FunctionNode) {
        let inner = NameUsage(function: function)
        reads.formUnion(inner.reads)
        writes.formUnion(inner.writes)
        all.formUnion(inner.all)
        var locals = Set(function.parameters.flatMap(ModuleTranslation.boundNames))
        if let rest = function.rest { locals.formUnion(ModuleTranslation.boundNames(rest)) }
        if case .block(let statements) = function.body { locals.formUnion(ModuleTranslation.declaredNames(statements)) }
        captures.formUnion(inner.direct.union(inner.captures).subtracting(locals))
    }

    private mutating func visit(_ function: FunctionNode) {
        for parameter in function.parameters { declare(parameter) }
        if let rest = function.rest { declare(rest) }
        switch function.body {
        case .block(let statements): statements.forEach { visit($0) }
        case .expression(let expression): visit(expression)
        }
    }

    /// A binding pattern: the names it declares, and what its defaults and computed keys read.
    private mutating func declare(_ pattern: Pattern) {
        switch pattern {
        case .identifier(let name):
            all.insert(name)
        case .object(let properties, let rest):
            for property in properties {
                if case .computed(let key) = property.key { visit(key) }
                declare(property.value)
            }
            if let rest { all.insert(rest) }
        case .array(let elements, let rest):
            for case let element? in elements { declare(element) }
            if let rest { declare(rest) }
        case .defaulted(let inner, let value):
            declare(inner)
            visit(value)
        case .expression(let expression):
            assign(.expression(expression))
        }
    }

    /// An assignment target: identifiers are written, members read their object.
    private mutating func assign(_ pattern: Pattern) {
        switch pattern {
        case .identifier(let name):
            all.insert(name)
            writes.insert(name)
            direct.insert(name)
        case .object(let properties, let rest):
            for property in properties {
                if case .computed(let key) = property.key { visit(key) }
                assign(property.value)
            }
            if let rest { assign(.identifier(rest)) }
        case .array(let elements, let rest):
            for case let element? in elements { assign(element) }
            if let rest { assign(rest) }
        case .defaulted(let inner, let value):
            assign(inner)
            visit(value)
        case .expression(let expression):
            switch expression {
            case .identifier(let name):
                assign(.identifier(name))
            case .parenthesized(let inner):
                assign(.expression(inner))
            case .array, .object:
                visit(expression, asTarget: true)
            default:
                visit(expression)
            }
        }
    }

    private mutating func visit(_ expression: Expression, asTarget: Bool = false) {
        switch expression {
        case .identifier(let name):
            all.insert(name)
            direct.insert(name)
            if asTarget { writes.insert(name) } else { reads.insert(name) }
        case .number, .string, .regex, .boolean, .null, .this:
            break
        case .template(_, let expressions):
            expressions.forEach { visit($0) }
        case .taggedTemplate(let tag, _, let expressions):
            visit(tag)
            expressions.forEach { visit($0) }
        case .array(let elements):
            for element in elements {
                switch element {
                case .value(let value), .spread(let value): visit(value, asTarget: asTarget)
                case .hole: break
                }
            }
        case .object(let properties):
            for property in properties {
                switch property {
                case .property(let key, let value):
                    if case .computed(let key) = key { visit(key) }
                    visit(value, asTarget: asTarget)
                case .spread(let value):
                    visit(value, asTarget: asTarget)
                }
            }
        case .function(let function):
            if let name = function.name { all.insert(name) }
            visitNested(function)
        case .unary(_, let operand), .await(let operand), .parenthesized(let operand):
            visit(operand, asTarget: asTarget)
        case .update(_, _, let operand):
            visit(operand)
            visit(operand, asTarget: true)
        case .binary(_, let left, let right), .logical(_, let left, let right):
            visit(left)
            visit(right)
        case .conditional(let test, let consequent, let alternate):
            visit(test)
            visit(consequent)
            visit(alternate)
        case .assignment(let operation, let target, let value):
            if operation != .assign, case .identifier(let name) = target { reads.insert(name) }
            if operation != .assign, case .expression(.identifier(let name)) = target { reads.insert(name) }
            assign(target)
            visit(value)
        case .sequence(let expressions):
            expressions.forEach { visit($0) }
        case .member(let object, _, _):
            visit(object)
        case .index(let object, let key, _):
            visit(object)
            visit(key)
        case .call(let callee, let arguments, _), .new(let callee, let arguments):
            visit(callee)
            for argument in arguments {
                switch argument {
                case .value(let value), .spread(let value): visit(value)
                }
            }
        }
    }
}
