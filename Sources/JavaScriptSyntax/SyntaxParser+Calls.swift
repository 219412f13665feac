extension SyntaxParser {
    /// A primary expression or `new …`, followed by member accesses, calls, optional chains and tagged templates.
    mutating func parseLeftHandSide() throws(ParseInterruption) -> Expression {
        let base = checkWord("new") ? try parseNew() : try parsePrimary()
        return try parseAccessors(on: base, allowCalls: true)
    }

    /// `new Callee(arguments)`, or `new Callee` without arguments.
    private mutating func parseNew() throws(ParseInterruption) -> Expression {
        try enter()
        defer { leave() }
        advance()
        if check(".") { throw .unsupported("'new.target' is not translated") }
        let base = checkWord("new") ? try parseNew() : try parsePrimary()
        let callee = try parseAccessors(on: base, allowCalls: false)
        let arguments = check("(") ? try parseArguments(of: "the arguments of 'new'") : []
        return .new(callee, arguments: arguments)
    }

    /// The `.name`, `[key]`, `(arguments)`, `?.` and template suffixes of `base`.
    private mutating func parseAccessors(on base: Expression, allowCalls: Bool) throws(ParseInterruption) -> Expression {
        var expression = base
        var inOptionalChain = false
        // Each suffix nests the tree one level deeper.
        var levels = 0
        defer { depth -= levels }
        while true {
            let token = current
            if Self.startsAccessor(token, allowCalls: allowCalls) {
                try enter()
                levels += 1
            }
            if token.isPunctuator(".") {
                advance()
                expression = .member(expression, name: try parseMemberName(), optional: false)
            } else if token.isPunctuator("?.") && allowCalls {
                advance()
                inOptionalChain = true
                if check("(") {
                    expression = .call(expression, arguments: try parseArguments(of: "the arguments of the call"), optional: true)
                } else if check("[") {
                    expression = .index(expression, key: try parseIndexKey(), optional: true)
                } else {
                    expression = .member(expression, name: try parseMemberName(), optional: true)
                }
            } else if token.isPunctuator("[") {
                expression = .index(expression, key: try parseIndexKey(), optional: false)
            } else if token.isPunctuator("(") && allowCalls {
                expression = .call(expression, arguments: try parseArguments(of: "the arguments of the call"), optional: false)
            } else if case .template(let part) = token.kind, part == .whole || part == .head {
                if inOptionalChain { throw fail("a tagged template cannot follow an optional chain") }
                let (strings, expressions) = try parseTemplateParts()
                expression = .taggedTemplate(tag: expression, strings: strings, expressions: expressions)
            } else {
                return expression
            }
        }
    }

    private static func startsAccessor(_ token: Token, allowCalls: Bool) -> Bool {
        switch token.kind {
        case .punctuator: token.text == "." || token.text == "[" || (allowCalls && (token.text == "?." || token.text == "("))
        case .template(.whole), .template(.head): true
        default: false
        }
    }

    /// The name after `.` or `?.`: any word, keywords included.
    private mutating func parseMemberName() throws(ParseInterruption) -> String {
        switch current.kind {
        case .identifier: return advance().text
        case .privateName: throw .unsupported("private class members are not translated")
        default: throw unexpected("expected a property name after '.'")
        }
    }

    private mutating func parseIndexKey() throws(ParseInterruption) -> Expression {
        let open = advance()
        let key = try parseExpression()
        try expectClosing("]", of: "the index", opener: open)
        return key
    }

    /// `(a, ...b)` after a callee.
    mutating func parseArguments(of what: String) throws(ParseInterruption) -> [Argument] {
        let open = try expect("(", "to open \(what)")
        var arguments: [Argument] = []
        while !check(")") {
            guard current.kind != .end else { throw closingError(")", of: what, opener: open) }
            if eat("...") {
                arguments.append(.spread(try parseAssignment()))
            } else {
                arguments.append(.value(try parseAssignment()))
            }
            if !check(")") && !eat(",") { throw closingError(")", of: what, opener: open) }
        }
        advance()
        return arguments
    }

    /// The cooked strings and the substitutions of a template literal starting at the current token.
    mutating func parseTemplateParts() throws(ParseInterruption) -> (strings: [String], expressions: [Expression]) {
        let head = advance()
        var strings = [head.value]
        var expressions: [Expression] = []
        guard case .template(.head) = head.kind else { return (strings, expressions) }
        var opener = head
        while true {
            if case .template(.tail) = current.kind {
                throw fail("a '${}' in a template literal needs an expression")
            }
            expressions.append(try parseExpression())
            guard case .template(let part) = current.kind, part == .middle || part == .tail else {
                throw fail(
                    "expected '}' to close the '${' of the template literal at \(opener.position), found \(current.described)")
            }
            opener = advance()
            strings.append(opener.value)
            if part == .tail { return (strings, expressions) }
        }
    }
}
