extension SyntaxParser {
    /// A name, `{…}` or `[…]` being declared (a parameter, a `let`, a `catch` parameter).
    mutating func parseBindingTarget() throws(ParseInterruption) -> Pattern {
        try enter()
        defer { leave() }
        if check("[") { return try parseArrayBindingPattern() }
        if check("{") { return try parseObjectBindingPattern() }
        guard Self.isBindingName(current) else {
            throw unexpected("expected a variable name or a destructuring pattern")
        }
        return .identifier(advance().text)
    }

    /// A binding target with an optional `= default`.
    mutating func parseBindingElement() throws(ParseInterruption) -> Pattern {
        let target = try parseBindingTarget()
        guard eat("=") else { return target }
        return .defaulted(target, try parseAssignment())
    }

    private mutating func parseArrayBindingPattern() throws(ParseInterruption) -> Pattern {
        let open = advance()
        var elements: [Pattern?] = []
        var rest: Pattern?
        while !check("]") {
            if eat(",") {
                elements.append(nil)
                continue
            }
            guard current.kind != .end else { throw closingError("]", of: "the array pattern", opener: open) }
            if eat("...") {
                rest = try parseBindingTarget()
                guard check("]") else { throw fail("a rest element must be the last element of the pattern") }
                break
            }
            elements.append(try parseBindingElement())
            if !check("]") && !eat(",") { throw closingError("]", of: "the array pattern", opener: open) }
        }
        advance()
        return .array(elements, rest: rest)
    }

    private mutating func parseObjectBindingPattern() throws(ParseInterruption) -> Pattern {
        let open = advance()
        var properties: [ObjectPatternProperty] = []
        var rest: String?
        while !check("}") {
            guard current.kind != .end else { throw closingError("}", of: "the object pattern", opener: open) }
            if eat("...") {
                guard Self.isBindingName(current) else { throw unexpected("expected a name after '...'") }
                rest = advance().text
                guard check("}") else { throw fail("a rest property must be the last property of the pattern") }
                break
            }
            let keyToken = current
            let key = try parsePropertyKey()
            let value: Pattern
            if eat(":") {
                value = try parseBindingElement()
            } else {
                guard Self.isBindingName(keyToken) else {
                    throw fail("expected ':' after the property name \(keyToken.described)", at: current)
                }
                value = eat("=") ? .defaulted(.identifier(keyToken.text), try parseAssignment()) : .identifier(keyToken.text)
            }
            properties.append(ObjectPatternProperty(key: key, value: value))
            if !check("}") && !eat(",") { throw closingError("}", of: "the object pattern", opener: open) }
        }
        advance()
        return .object(properties, rest: rest)
    }

    /// The target of `op` written as the expression `expression` (a destructuring pattern only for `=`).
    func assignmentTarget(
        _ expression: Expression, operator op: AssignmentOperator, at token: Token
    ) throws(ParseInterruption) -> Pattern {
        switch expression {
        case .identifier(let name):
            return .identifier(name)
        case .member(_, _, optional: false), .index(_, _, optional: false):
            return .expression(expression)
        case .parenthesized(let inner):
            switch inner {
            case .identifier, .member, .index, .parenthesized: return try assignmentTarget(inner, operator: op, at: token)
            default: break
            }
        case .array where op == .assign, .object where op == .assign:
            return try pattern(from: expression, at: token)
        default:
            break
        }
        throw fail("invalid assignment target: only a variable, a property or (with '=') a destructuring pattern can be assigned", at: token)
    }

    /// An array or object literal read again as a destructuring pattern (`[a, b] = [b, a]`).
    private func pattern(from expression: Expression, at token: Token) throws(ParseInterruption) -> Pattern {
        switch expression {
        case .array(let elements):
            var items: [Pattern?] = []
            var rest: Pattern?
            for (index, element) in elements.enumerated() {
                switch element {
                case .hole: items.append(nil)
                case .value(let value): items.append(try pattern(from: value, at: token))
                case .spread(let value):
                    guard index == elements.count - 1 else {
                        throw fail("a rest element must be the last element of the pattern", at: token)
                    }
                    rest = try pattern(from: value, at: token)
                }
            }
            return .array(items, rest: rest)
        case .object(let properties):
            var items: [ObjectPatternProperty] = []
            var rest: String?
            for (index, property) in properties.enumerated() {
                switch property {
                case .property(let key, let value):
                    items.append(ObjectPatternProperty(key: key, value: try pattern(from: value, at: token)))
                case .spread(.identifier(let name)) where index == properties.count - 1:
                    rest = name
                case .spread:
                    throw fail("a rest property must be a name, last in the pattern", at: token)
                }
            }
            return .object(items, rest: rest)
        case .assignment(.assign, let target, let value):
            return .defaulted(target, value)
        default:
            return try assignmentTarget(expression, operator: .assign, at: token)
        }
    }
}
