extension SyntaxParser {
    /// `for (;;)`, `for (… of …)`, `for await (… of …)` and `for (… in …)`.
    mutating func parseFor() throws(ParseInterruption) -> StatementKind {
        advance()
        let isAwait = eatWord("await")
        let open = try expect("(", "after 'for'")
        var initializer: ForInitializer?
        if check(";") {
            initializer = nil
        } else if isDeclarationStart {
            let kind = declarationKind(advance())
            let target = try parseBindingTarget()
            if let loop = try parseForEach(.declaration(kind, target), open: open, isAwait: isAwait) {
                return loop
            }
            initializer = .variable(try parseVariableDeclaration(kind: kind, allowIn: false, first: target))
        } else {
            let targetToken = current
            let expression = try parseExpression(allowIn: false)
            if checkWord("of") || checkWord("in") {
                _ = try assignmentTarget(expression, operator: .assign, at: targetToken)
            }
            if let loop = try parseForEach(.target(expression), open: open, isAwait: isAwait) {
                return loop
            }
            initializer = .expression(expression)
        }
        if isAwait { throw fail("'for await' needs 'of'", at: current) }
        try expect(";", "after the initializer of 'for'")
        let test = check(";") ? nil : try parseExpression()
        try expect(";", "after the condition of 'for'")
        let update = check(")") ? nil : try parseExpression()
        try expectClosing(")", of: "the header of 'for'", opener: open)
        let body = try parseStatement()
        return .for(initializer: initializer, test: test, update: update, body: body)
    }

    /// `var`, `const`, or `let` followed by a binding.
    private var isDeclarationStart: Bool {
        if checkWord("var") || checkWord("const") { return true }
        guard checkWord("let") else { return false }
        let next = peek()
        return next.kind == .identifier && !next.isWord("in") && !next.isWord("of") || next.isPunctuator("[")
            || next.isPunctuator("{")
    }

    /// The rest of `for (binding of iterable) body` or `for (binding in object) body`, or `nil` for a `for (;;)`.
    private mutating func parseForEach(
        _ binding: ForBinding, open: Token, isAwait: Bool
    ) throws(ParseInterruption) -> StatementKind? {
        if eatWord("of") {
            let iterable = try parseAssignment(allowIn: true)
            try expectClosing(")", of: "the header of 'for … of'", opener: open)
            return .forOf(binding: binding, iterable: iterable, body: try parseStatement(), isAwait: isAwait)
        }
        if checkWord("in") {
            if isAwait { throw fail("'for await' needs 'of', not 'in'") }
            advance()
            let object = try parseExpression()
            try expectClosing(")", of: "the header of 'for … in'", opener: open)
            return .forIn(binding: binding, object: object, body: try parseStatement())
        }
        return nil
    }
}
