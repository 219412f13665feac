import JavaScriptSyntax

/// A compact Lisp-like rendering of syntax trees, so tests can state a whole structure in one string.
enum SExpression {
    static func of(_ statements: [Statement]) -> String {
        statements.map(of).joined(separator: " ")
    }

    static func of(_ statement: Statement) -> String {
        let text = of(statement.kind)
        return statement.label.map { "\($0): \(text)" } ?? text
    }

    static func of(_ kind: StatementKind) -> String {
        switch kind {
        case .variable(let declaration): return of(declaration)
        case .function(let function): return of(function)
        case .expression(let expression): return of(expression) + ";"
        case .block(let body): return "{\(of(body))}"
        case .if(let test, let consequent, let alternate):
            return "(if \(of(test)) \(of(consequent))\(alternate.map { " else " + of($0) } ?? ""))"
        case .switch(let discriminant, let cases):
            let rendered = cases.map { item in
                let head = item.test.map { "case \(of($0))" } ?? "default"
                return "(\(head)\(item.body.isEmpty ? "" : " ")\(of(item.body)))"
            }
            return "(switch \(of(discriminant)) \(rendered.joined(separator: " ")))"
        case .for(let initializer, let test, let update, let body):
            let first: String
            switch initializer {
            case .variable(let declaration): first = of(declaration)
            case .expression(let expression): first = of(expression)
            case nil: first = ""
            }
            return "(for \(first); \(test.map(of) ?? ""); \(update.map(of) ?? "") \(of(body)))"
        case .forOf(let binding, let iterable, let body, let isAwait):
            return "(for\(isAwait ? "-await" : "")-of \(of(binding)) \(of(iterable)) \(of(body)))"
        case .forIn(let binding, let object, let body):
            return "(for-in \(of(binding)) \(of(object)) \(of(body)))"
        case .while(let test, let body): return "(while \(of(test)) \(of(body)))"
        case .doWhile(let body, let test): return "(do \(of(body)) \(of(test)))"
        case .return(let value): return "(return\(value.map { " " + of($0) } ?? ""))"
        case .break(let label): return "(break\(label.map { " " + $0 } ?? ""))"
        case .continue(let label): return "(continue\(label.map { " " + $0 } ?? ""))"
        case .throw(let value): return "(throw \(of(value)))"
        case .try(let body, let parameter, let catchBody, let finallyBody):
            var text = "(try {\(of(body))}"
            if let catchBody { text += " catch\(parameter.map { " " + of($0) } ?? "") {\(of(catchBody))}" }
            if let finallyBody { text += " finally {\(of(finallyBody))}" }
            return text + ")"
        case .empty: return ";"
        case .unsupported(let reason): return "(unsupported \"\(reason)\")"
        }
    }

    static func of(_ binding: ForBinding) -> String {
        switch binding {
        case .declaration(let kind, let pattern): "\(kind.rawValue) \(of(pattern))"
        case .target(let expression): of(expression)
        }
    }

    static func of(_ declaration: VariableDeclaration) -> String {
        let items = declaration.declarators.map { item in
            of(item.pattern) + (item.initializer.map { "=" + of($0) } ?? "")
        }
        return "(\(declaration.kind.rawValue) \(items.joined(separator: ", ")))"
    }

    static func of(_ function: FunctionNode) -> String {
        var parameters = function.parameters.map(of)
        if let rest = function.rest { parameters.append("..." + of(rest)) }
        let body: String
        switch function.body {
        case .block(let statements): body = "{\(of(statements))}"
        case .expression(let expression): body = of(expression)
        }
        let head = (function.isAsync ? "async " : "") + (function.isArrow ? "arrow" : "function")
        return "(\(head)\(function.name.map { " " + $0 } ?? "") (\(parameters.joined(separator: " "))) \(body))"
    }

    static func of(_ pattern: Pattern) -> String {
        switch pattern {
        case .identifier(let name): return name
        case .object(let properties, let rest):
            var items = properties.map { property -> String in
                let value = of(property.value)
                if case .name(let name) = property.key {
                    if value == name { return name }
                    if case .defaulted(.identifier(name), _) = property.value { return value }
                }
                return "\(of(property.key)):\(value)"
            }
            if let rest { items.append("..." + rest) }
            return "{\(items.joined(separator: " "))}"
        case .array(let elements, let rest):
            var items = elements.map { $0.map(of) ?? "_" }
            if let rest { items.append("..." + of(rest)) }
            return "[\(items.joined(separator: " "))]"
        case .defaulted(let target, let value): return "\(of(target))=\(of(value))"
        case .expression(let expression): return of(expression)
        }
    }

    static func of(_ key: PropertyKey) -> String {
        switch key {
        case .name(let name): name
        case .computed(let expression): "[\(of(expression))]"
        }
    }

    static func of(_ argument: Argument) -> String {
        switch argument {
        case .value(let value): of(value)
        case .spread(let value): "...\(of(value))"
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n") + "\""
    }

    static func of(_ expression: Expression) -> String {
        switch expression {
        case .identifier(let name): return name
        case .number(_, let raw): return raw
        case .string(let value): return quoted(value)
        case .template(let strings, let expressions):
            return "(template \(interleave(strings, expressions)))"
        case .taggedTemplate(let tag, let strings, let expressions):
            return "(tagged \(of(tag)) \(interleave(strings, expressions)))"
        case .regex(let pattern, let flags): return "/\(pattern)/\(flags)"
        case .boolean(let value): return "\(value)"
        case .null: return "null"
        case .this: return "this"
        case .array(let elements):
            let items = elements.map { element -> String in
                switch element {
                case .value(let value): of(value)
                case .spread(let value): "...\(of(value))"
                case .hole: "_"
                }
            }
            return "[\(items.joined(separator: " "))]"
        case .object(let properties):
            let items = properties.map { property -> String in
                switch property {
                case .property(let key, let value): "\(of(key)):\(of(value))"
                case .spread(let value): "...\(of(value))"
                }
            }
            return "{\(items.joined(separator: " "))}"
        case .function(let function): return of(function)
        case .unary(let op, let operand): return "(\(op.rawValue) \(of(operand)))"
        case .update(let op, let prefix, let operand):
            return prefix ? "(\(op.rawValue)pre \(of(operand)))" : "(post\(op.rawValue) \(of(operand)))"
        case .binary(let op, let left, let right): return "(\(op.rawValue) \(of(left)) \(of(right)))"
        case .logical(let op, let left, let right): return "(\(op.rawValue) \(of(left)) \(of(right)))"
        case .conditional(let test, let consequent, let alternate):
            return "(? \(of(test)) \(of(consequent)) \(of(alternate)))"
        case .assignment(let op, let target, let value): return "(\(op.rawValue) \(of(target)) \(of(value)))"
        case .sequence(let expressions): return "(, \(expressions.map(of).joined(separator: " ")))"
        case .member(let object, let name, let optional): return "(\(optional ? "?." : ".") \(of(object)) \(name))"
        case .index(let object, let key, let optional): return "(\(optional ? "?.[]" : "[]") \(of(object)) \(of(key)))"
        case .call(let callee, let arguments, let optional):
            return "(\(optional ? "?.call" : "call") \(([of(callee)] + arguments.map(of)).joined(separator: " ")))"
        case .new(let callee, let arguments):
            return "(new \(([of(callee)] + arguments.map(of)).joined(separator: " ")))"
        case .await(let value): return "(await \(of(value)))"
        case .parenthesized(let inner): return "(paren \(of(inner)))"
        }
    }

    private static func interleave(_ strings: [String], _ expressions: [Expression]) -> String {
        var parts: [String] = []
        for (index, string) in strings.enumerated() {
            parts.append(quoted(string))
            if index < expressions.count { parts.append(of(expressions[index])) }
        }
        return parts.joined(separator: " ")
    }
}

/// The rendering of `source`'s statements.
func render(_ source: String) throws -> String {
    SExpression.of(try Parser.parse(source).body)
}
