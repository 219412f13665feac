import JavaScriptSyntax

extension ModuleTranslation {
    /// One statement as Swift lines (relative indentation).
    ///
    /// `predeclared` names are already declared as `var`s at the top of the block: their declarations assign them.
    func statement(_ statement: Statement, predeclared: Set<String> = []) throws(Untranslatable) -> [String] {
        switch statement.kind {
        case .variable(let declaration):
            return try variable(declaration, predeclared: predeclared)
        case .function(let function):
            let name = function.name ?? ""
            let value = try self.function(function, name: name)
            if predeclared.contains(name) { return split("\(SwiftText.name(name)) = \(value.text)") }
            return declare(name, value: value.text, typed: true)
        case .expression(let expression):
            return try expressionStatement(expression)
        case .block(let statements):
            return ["do {"] + indent(block(statements, usage: NameUsage(statements))) + ["}"]
        case .if(let test, let consequent, let alternate):
            return try ifStatement(test: test, consequent: consequent, alternate: alternate)
        case .switch(let discriminant, let cases):
            return try switchStatement(discriminant, cases)
        case .for(let initializer, let test, let update, let body):
            return try forStatement(statement, initializer: initializer, test: test, update: update, body: body)
        case .forOf(let binding, let iterable, let body, let isAwait):
            return try forOf(statement, binding: binding, iterable: iterable, body: body, isAwait: isAwait)
        case .forIn(let binding, let object, let body):
            return try forIn(statement, binding: binding, object: object, body: body)
        case .while(let test, let body):
            let condition = try self.condition(test)
            return ["while \(root(condition)) {"] + indent(loopBody(body, bodyLabel: nil)) + ["}"]
        case .doWhile(let body, let test):
            let lines = loopBody(body, bodyLabel: nil)
            let condition = try self.condition(test)
            return ["repeat {"] + indent(lines) + ["} while \(root(condition))"]
        case .return(let value):
            guard functions.last?.isModule == false else { throw Untranslatable("return outside a function") }
            guard let value else { return returning(SwiftCode(".undefined", isTyped: false)) }
            return returning(try expression(value))
        case .break(let label):
            if label != nil { throw Untranslatable("labelled break is not translated") }
            return try breaking()
        case .continue(let label):
            if label != nil { throw Untranslatable("labelled continue is not translated") }
            return try continuing()
        case .throw(let value):
            let code = try expression(value)
            throwingSites += 1
            return split(code.awaits ? "throw JSThrow(try await \(code.text))" : "throw JSThrow(\(code.text))")
        case .try(let body, let parameter, let catchBody, let finally):
            return try tryStatement(body: body, parameter: parameter, catchBody: catchBody, finally: finally)
        case .empty:
            return []
        case .unsupported(let reason):
            throw Untranslatable(reason)
        }
    }

    /// `const`/`let`/`var`: one Swift declaration a name (an assignment for the `predeclared` ones).
    func variable(_ declaration: VariableDeclaration, predeclared: Set<String> = []) throws(Untranslatable)
        -> [String]
    {
        var result: [String] = []
        for (pattern, initializer) in declaration.declarators {
            if case .identifier(let name) = pattern {
                guard let initializer else {
                    if !predeclared.contains(name) { result += declare(name, value: ".undefined", typed: false) }
                    continue
                }
                let value = try expression(initializer, named: name)
                if predeclared.contains(name) {
                    result += split("\(SwiftText.name(name)) = \(root(value))")
                } else {
                    result += declare(name, value: root(value), typed: value.isTyped)
                }
            } else {
                guard let initializer else { throw Untranslatable("a destructuring declaration without a value") }
                let declaring = predeclared.isDisjoint(with: Self.boundNames(pattern))
                result += try bind(
                    pattern, to: expression(initializer), simple: Self.isSimple(initializer), declaring: declaring)
            }
        }
        return result
    }

    /// An expression used as a statement: assignments and updates become Swift assignments.
    func expressionStatement(_ expression: Expression) throws(Untranslatable) -> [String] {
        switch expression {
        case .assignment(let operation, let target, let value):
            return try assignment(operation, target: target, value: value)
        case .update(let operation, _, let target):
            return try assignment(
                operation == .increment ? .add : .subtract, target: .expression(target), value: .number(1, raw: "1"))
        case .sequence(let expressions):
            var result: [String] = []
            for expression in expressions { result += try expressionStatement(expression) }
            return result
        case .parenthesized(let inner):
            return try expressionStatement(inner)
        case .string:
            return []
        case .unary(.delete, _):
            return split(root(try self.expression(expression)))
        case .unary(.void, let operand):
            return try expressionStatement(operand)
        default:
            // FunctionsJS's calls, `new` and `awaited()` discard their result quietly, as JavaScript does;
            // an optional chain becomes a closure, whose result must be discarded by name.
            let discard = Self.isPlainCall(expression) ? "" : "_ = "
            return split(discard + root(try self.expression(expression)))
        }
    }

    /// A call, `new` or `await` of one, with no `?.` anywhere in its callee chain.
    static func isPlainCall(_ expression: Expression) -> Bool {
        switch expression {
        case .call(let callee, _, let optional): !optional && !hasOptionalLink(callee)
        case .new(let callee, _): !hasOptionalLink(callee)
        case .await(let operand), .parenthesized(let operand): isPlainCall(operand)
        default: false
        }
    }

    private static func hasOptionalLink(_ expression: Expression) -> Bool {
        switch expression {
        case .member(let object, _, let optional): optional || hasOptionalLink(object)
        case .index(let object, let key, let optional): optional || hasOptionalLink(object) || hasOptionalLink(key)
        case .call(let callee, _, let optional): optional || hasOptionalLink(callee)
        case .parenthesized(let inner): hasOptionalLink(inner)
        default: false
        }
    }

    /// `target = value`, `target += value`…; `||=`, `&&=` and `??=` become an `if`.
    func assignment(_ operation: AssignmentOperator, target: Pattern, value: Expression) throws(Untranslatable)
        -> [String]
    {
        let target = Self.unwrapped(target)
        let name: String? = if case .identifier(let name) = target { name } else { nil }
        let swiftTarget: SwiftCode
        switch target {
        case .identifier(let name):
            guard isDeclared(name) else { throw Untranslatable("assignment to undeclared name \(name)") }
            swiftTarget = SwiftCode(swiftName(name))
        case .expression(let expression):
            guard Self.isMemberTarget(expression) else { throw Untranslatable("this assignment target is not translated") }
            swiftTarget = try self.expression(expression)
            if swiftTarget.awaits, operation != .assign {
                throw Untranslatable("a compound assignment to a computed target")
            }
        case .object, .array:
            guard operation == .assign else { throw Untranslatable("this assignment target is not translated") }
            return try bind(target, to: self.expression(value), simple: Self.isSimple(value), declaring: false)
        case .defaulted:
            throw Untranslatable("this assignment target is not translated")
        }
        let member = Self.memberName(target)
        let rightName = name ?? member
        var right = try self.expression(value, named: rightName)
        switch operation {
        case .assign:
            break
        case .and, .or, .nullish:
            let test: String =
                switch operation {
                case .and: "\(swiftTarget.receiver).isTruthy"
                case .or: "!\(swiftTarget.receiver).isTruthy"
                default: "\(swiftTarget.receiver).isNullish"
                }
            return ["if \(test) {"] + indent(split("\(swiftTarget.text) = \(root(right))")) + ["}"]
        default:
            right = try binary(Self.binaryOperator(for: operation), swiftTarget, right)
        }
        if swiftTarget.awaits {
            throwingSites += 1
            return split("try await \(swiftTarget.text) = \(right.text)")
        }
        return split("\(swiftTarget.text) = \(root(right))")
    }

    private static func binaryOperator(for operation: AssignmentOperator) -> BinaryOperator {
        switch operation {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        case .remainder: .remainder
        case .exponent: .exponent
        case .leftShift: .leftShift
        case .rightShift: .rightShift
        case .unsignedRightShift: .unsignedRightShift
        case .bitwiseAnd: .bitwiseAnd
        case .bitwiseOr: .bitwiseOr
        case .bitwiseXor: .bitwiseXor
        case .assign, .and, .or, .nullish: .add
        }
    }

    /// A target without its parentheses, with a plain name as `.identifier`.
    static func unwrapped(_ pattern: Pattern) -> Pattern {
        switch pattern {
        case .expression(.parenthesized(let inner)): unwrapped(.expression(inner))
        case .expression(.identifier(let name)): .identifier(name)
        default: pattern
        }
    }

    private static func isMemberTarget(_ expression: Expression) -> Bool {
        switch expression {
        case .member(_, _, false), .index(_, _, false): true
        default: false
        }
    }

    private static func memberName(_ pattern: Pattern) -> String? {
        if case .expression(.member(_, let name, _)) = pattern { return name }
        return nil
    }

    /// `if`/`else if`/`else`.
    func ifStatement(test: Expression, consequent: Statement, alternate: Statement?) throws(Untranslatable) -> [String] {
        let condition = try self.condition(test)
        var result = ["if \(root(condition)) {"] + indent(statementBlock(consequent))
        switch alternate?.kind {
        case nil:
            result.append("}")
        case .if(let test, let consequent, let alternate)?:
            let rest = try ifStatement(test: test, consequent: consequent, alternate: alternate)
            result.append("} else " + rest[0])
            result += rest.dropFirst()
        case .some:
            result.append("} else {")
            result += indent(statementBlock(alternate!))
            result.append("}")
        }
        return result
    }

    /// The body of an `if` or loop: a block's statements, or the one statement.
    func statementBlock(_ statement: Statement) -> [String] {
        if case .block(let statements) = statement.kind {
            return block(statements, usage: NameUsage(statements))
        }
        return block([statement], usage: NameUsage([statement]))
    }

    /// Whether evaluating the expression twice is the same as once (names, members, literals).
    static func isSimple(_ expression: Expression) -> Bool {
        switch expression {
        case .identifier, .this, .number, .string, .boolean, .null: true
        case .member(let object, _, _): isSimple(object)
        case .index(let object, let key, _): isSimple(object) && isSimple(key)
        case .parenthesized(let inner): isSimple(inner)
        default: false
        }
    }
}
