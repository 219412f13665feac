import JavaScriptSyntax

/// The Twilio REST calls and npm modules a file uses, read from its syntax tree.
///
/// A client is `context.getTwilioClient()`, `require('twilio')(…)`, `Twilio(…)` or `Runtime.getSync(…)` (whose
/// paths start at `sync.services`), or a name bound to one; a call of `create`, `fetch`, `update`, `remove`,
/// `list`, `each` or `page` at the end of a chain from a client is one API, named by the chain's property names.
struct TwilioUsage {
    private(set) var apis: [String] = []
    private(set) var npmModules: [String] = []
    /// Names bound to a client, and the path prefix each stands for.
    private var clients: [String: [String]] = [:]
    /// Names bound to `require('twilio')` itself: calling one makes a client.
    private var twilioModules: Set<String> = []

    static let finalCalls: Set<String> = ["create", "fetch", "update", "remove", "list", "each", "page"]

    init(_ program: Program) {
        // Two passes: the first learns the client names wherever they are bound.
        for _ in 0..<2 { program.body.forEach { visit($0) } }
    }

    private mutating func visit(_ statement: Statement) {
        switch statement.kind {
        case .variable(let declaration):
            for (pattern, initializer) in declaration.declarators {
                guard let initializer else { continue }
                if case .identifier(let name) = pattern, let prefix = clientPrefix(initializer) { clients[name] = prefix }
                if case .identifier(let name) = pattern, case .call(.identifier("require"), let arguments, _) = initializer,
                    case .value(.string("twilio"))? = arguments.first
                {
                    twilioModules.insert(name)
                }
                visit(initializer)
            }
        case .function(let function):
            visit(function)
        case .expression(let expression), .throw(let expression):
            visit(expression)
        case .return(let value):
            if let value { visit(value) }
        case .if(let test, _, _), .while(let test, _), .doWhile(_, let test):
            visit(test)
        case .switch(let discriminant, let cases):
            visit(discriminant)
            for switchCase in cases { if let test = switchCase.test { visit(test) } }
        case .for(let initializer, let test, let update, _):
            if case .variable(let declaration) = initializer {
                visit(Statement(.variable(declaration), range: statement.range))
            }
            if case .expression(let expression) = initializer { visit(expression) }
            if let test { visit(test) }
            if let update { visit(update) }
        case .forOf(_, let value, _, _), .forIn(_, let value, _):
            visit(value)
        default:
            break
        }
        ControlFlow.children(of: statement).forEach { visit($0) }
    }

    private mutating func visit(_ function: FunctionNode) {
        switch function.body {
        case .block(let statements): statements.forEach { visit($0) }
        case .expression(let expression): visit(expression)
        }
    }

    private mutating func visit(_ expression: Expression) {
        switch expression {
        case .call(let callee, let arguments, _):
            if case .identifier("require") = callee, case .value(.string(let name))? = arguments.first,
                name != "twilio", !name.hasPrefix("."), !name.hasPrefix("/"), !npmModules.contains(name)
            {
                npmModules.append(name)
            }
            if case .member(let object, let name, _) = callee, Self.finalCalls.contains(name),
                let path = chain(object)
            {
                let api = (path + [name]).joined(separator: ".")
                if !apis.contains(api) { apis.append(api) }
            }
            visit(callee)
            arguments.forEach { visit($0) }
        case .new(let callee, let arguments):
            visit(callee)
            arguments.forEach { visit($0) }
        case .assignment(_, let target, let value):
            if case .expression(.identifier(let name)) = target, let prefix = clientPrefix(value) { clients[name] = prefix }
            if case .identifier(let name) = target, let prefix = clientPrefix(value) { clients[name] = prefix }
            visit(value)
        case .function(let function):
            visit(function)
        case .template(_, let expressions), .taggedTemplate(_, _, let expressions), .sequence(let expressions):
            expressions.forEach { visit($0) }
        case .array(let elements):
            for case .value(let value) in elements { visit(value) }
            for case .spread(let value) in elements { visit(value) }
        case .object(let properties):
            for property in properties {
                switch property {
                case .property(_, let value), .spread(let value): visit(value)
                }
            }
        case .unary(_, let operand), .update(_, _, let operand), .await(let operand), .parenthesized(let operand),
            .member(let operand, _, _):
            visit(operand)
        case .binary(_, let left, let right), .logical(_, let left, let right), .index(let left, let right, _):
            visit(left)
            visit(right)
        case .conditional(let test, let consequent, let alternate):
            visit(test)
            visit(consequent)
            visit(alternate)
        default:
            break
        }
    }

    private mutating func visit(_ argument: Argument) {
        switch argument {
        case .value(let value), .spread(let value): visit(value)
        }
    }

    /// The property names from a client to `expression`, or nil when it does not start at a client.
    private func chain(_ expression: Expression) -> [String]? {
        if let prefix = clientPrefix(expression) { return prefix }
        switch expression {
        case .member(let object, let name, _): return chain(object).map { $0 + [name] }
        case .call(let callee, _, _): return chain(callee)
        case .index(let object, _, _): return chain(object)
        case .parenthesized(let inner), .await(let inner): return chain(inner)
        default: return nil
        }
    }

    /// The path a client expression starts at (`[]`, or `["sync", "services"]` for `Runtime.getSync()`).
    private func clientPrefix(_ expression: Expression) -> [String]? {
        switch expression {
        case .identifier(let name):
            return clients[name]
        case .parenthesized(let inner), .await(let inner):
            return clientPrefix(inner)
        case .call(.member(_, "getTwilioClient", _), _, _):
            return []
        case .call(.member(.identifier("Runtime"), "getSync", _), _, _):
            return ["sync", "services"]
        case .call(.identifier(let name), _, _) where name == "Twilio" || twilioModules.contains(name):
            return []
        case .call(.call(.identifier("require"), let arguments, _), _, _):
            if case .value(.string("twilio"))? = arguments.first { return [] }
            return nil
        default:
            return nil
        }
    }
}
