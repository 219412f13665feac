extension SyntaxParser {
    /// Literals, names, `this`, parenthesized expressions, and `function` expressions.
    mutating func parsePrimary() throws(ParseInterruption) -> Expression {
        let token = current
        switch token.kind {
        case .number:
            advance()
            return .number(token.number, raw: token.text)
        case .string:
            advance()
            return .string(token.value)
        case .regex:
            advance()
            return .regex(pattern: token.value, flags: token.flags)
        case .template(.whole), .template(.head):
            let (strings, expressions) = try parseTemplateParts()
            return .template(strings: strings, expressions: expressions)
        case .bigint:
            throw .unsupported("BigInt literals are not translated")
        case .privateName:
            throw .unsupported("private class members are not translated")
        case .punctuator:
            switch token.text {
            case "(":
                advance()
                let inner = try parseExpression()
                try expectClosing(")", of: "the parenthesized expression", opener: token)
                return .parenthesized(inner)
            case "[": return try parseArrayLiteral()
            case "{": return try parseObjectLiteral()
            default: throw unexpected()
            }
        case .identifier:
            return try parseWord()
        case .template, .end:
            throw unexpected()
        }
    }

    private mutating func parseWord() throws(ParseInterruption) -> Expression {
        let token = current
        switch token.text {
        case "this":
            advance()
            return .this
        case "null":
            advance()
            return .null
        case "true", "false":
            advance()
            return .boolean(token.text == "true")
        case "function":
            return .function(try parseFunction(requireName: false))
        case "async" where peek().isWord("function") && !peek().newlineBefore:
            return .function(try parseFunction(requireName: false))
        case "class":
            throw .unsupported("classes are not translated")
        case "super":
            throw .unsupported("'super' is not translated")
        case "import":
            throw .unsupported("dynamic 'import()' and 'import.meta' are not translated")
        case "yield" where peek().kind != .punctuator || peek().isPunctuator("*"):
            throw .unsupported("generators are not translated")
        default:
            guard Self.isBindingName(token) else { throw unexpected() }
            advance()
            return .identifier(token.text)
        }
    }

    /// `[a, , ...b]`.
    private mutating func parseArrayLiteral() throws(ParseInterruption) -> Expression {
        let open = advance()
        var elements: [ArrayElement] = []
        while !check("]") {
            if eat(",") {
                elements.append(.hole)
                continue
            }
            guard current.kind != .end else { throw closingError("]", of: "the array literal", opener: open) }
            if eat("...") {
                elements.append(.spread(try parseAssignment()))
            } else {
                elements.append(.value(try parseAssignment()))
            }
            if !check("]") && !eat(",") { throw closingError("]", of: "the array literal", opener: open) }
        }
        advance()
        return .array(elements)
    }

    /// `{ a: 1, b, [c]: 2, ...d, e() {}, async f() {} }`.
    private mutating func parseObjectLiteral() throws(ParseInterruption) -> Expression {
        let open = advance()
        var properties: [ObjectProperty] = []
        while !check("}") {
            guard current.kind != .end else { throw closingError("}", of: "the object literal", opener: open) }
            if eat("...") {
                properties.append(.spread(try parseAssignment()))
            } else {
                properties.append(try parseObjectMember())
            }
            if !check("}") && !eat(",") { throw closingError("}", of: "the object literal", opener: open) }
        }
        advance()
        return .object(properties)
    }

    /// Whether `token` can start a property name (after `get`, `set` or `async`).
    private static func startsPropertyKey(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .string, .number, .bigint, .privateName: true
        case .punctuator: token.text == "["
        default: false
        }
    }

    private mutating func parseObjectMember() throws(ParseInterruption) -> ObjectProperty {
        let start = current
        if check("*") { throw .unsupported("generator methods are not translated") }
        if (start.isWord("get") || start.isWord("set")) && Self.startsPropertyKey(peek()) {
            throw .unsupported("getters and setters are not translated")
        }
        if start.isWord("async") && !peek().newlineBefore && (Self.startsPropertyKey(peek()) || peek().isPunctuator("*")) {
            advance()
            if check("*") { throw .unsupported("async generator methods are not translated") }
            let key = try parsePropertyKey()
            return .property(key: key, value: .function(try parseMethod(from: start, isAsync: true)))
        }
        let key = try parsePropertyKey()
        if check("(") {
            return .property(key: key, value: .function(try parseMethod(from: start, isAsync: false)))
        }
        if eat(":") {
            return .property(key: key, value: try parseAssignment())
        }
        guard Self.isBindingName(start) || start.isWord("await") else {
            throw unexpected("expected ':' after the property name \(start.described)")
        }
        if check("=") {
            // `{ a = 1 }` is only valid as a destructuring target; it becomes `.defaulted` there.
            advance()
            let fallback = try parseAssignment()
            return .property(key: key, value: .assignment(.assign, target: .identifier(start.text), value: fallback))
        }
        return .property(key: key, value: .identifier(start.text))
    }

    /// A property name in an object literal or pattern.
    mutating func parsePropertyKey() throws(ParseInterruption) -> PropertyKey {
        let token = current
        switch token.kind {
        case .identifier:
            advance()
            return .name(token.text)
        case .string:
            advance()
            return .name(token.value)
        case .number:
            advance()
            return .name(Self.canonicalName(of: token.number))
        case .bigint:
            advance()
            return .name(String(token.text.dropLast()))
        case .privateName:
            throw .unsupported("private class members are not translated")
        case .punctuator where token.text == "[":
            advance()
            let key = try parseAssignment()
            try expectClosing("]", of: "the computed property name", opener: token)
            return .computed(key)
        default:
            throw unexpected("expected a property name")
        }
    }

    /// The property name a number key stands for (`1.50` is `"1.5"`, `0x10` is `"16"`).
    static func canonicalName(of number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e21 {
            return String(Int64(number))
        }
        return "\(number)"
    }
}
