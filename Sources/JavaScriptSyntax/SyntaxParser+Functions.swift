extension SyntaxParser {
    /// `function name(…) {…}` or `async function name(…) {…}`, as a declaration or an expression.
    mutating func parseFunction(requireName: Bool) throws(ParseInterruption) -> FunctionNode {
        let start = current
        let isAsync = eatWord("async")
        guard eatWord("function") else { throw unexpected("expected 'function'") }
        if check("*") { throw .unsupported("generators are not translated") }
        var name: String?
        if Self.isBindingName(current) {
            name = advance().text
        } else if requireName {
            throw unexpected("expected the function's name after 'function'")
        }
        let (parameters, rest) = try parseParameters(of: "the parameters of the function")
        let body = try parseBlock(of: "the function body")
        return FunctionNode(
            name: name, parameters: parameters, rest: rest, body: .block(body), isAsync: isAsync, isArrow: false,
            range: range(from: start))
    }

    /// The parameters and body of an object method; `start` is its first token (the key or `async`).
    mutating func parseMethod(from start: Token, isAsync: Bool) throws(ParseInterruption) -> FunctionNode {
        let (parameters, rest) = try parseParameters(of: "the parameters of the method")
        let body = try parseBlock(of: "the method body")
        return FunctionNode(
            name: nil, parameters: parameters, rest: rest, body: .block(body), isAsync: isAsync, isArrow: false,
            range: range(from: start))
    }

    /// `(a, {b} = {}, ...rest)`.
    mutating func parseParameters(of what: String) throws(ParseInterruption) -> (parameters: [Pattern], rest: Pattern?) {
        let open = try expect("(", "to open \(what)")
        var parameters: [Pattern] = []
        var rest: Pattern?
        while !check(")") {
            guard current.kind != .end else { throw closingError(")", of: what, opener: open) }
            if eat("...") {
                rest = try parseBindingTarget()
                guard check(")") else { throw fail("a rest parameter must be the last parameter") }
                break
            }
            parameters.append(try parseBindingElement())
            if !check(")") && !eat(",") { throw closingError(")", of: what, opener: open) }
        }
        advance()
        return (parameters, rest)
    }

    /// An arrow function when one starts here: `x => …`, `(a, b) => …`, `async x => …`, `async (x) => …`.
    mutating func parseArrowIfPresent(allowIn: Bool) throws(ParseInterruption) -> FunctionNode? {
        let token = current
        var isAsync = false
        if token.isWord("async") && !peek().newlineBefore
            && (Self.isBindingName(peek()) && peek(2).isPunctuator("=>") || peek().isPunctuator("(") && arrowFollows(from: position + 1))
        {
            isAsync = true
        } else if Self.isBindingName(token) && peek().isPunctuator("=>") {
            isAsync = false
        } else if token.isPunctuator("(") && arrowFollows(from: position) {
            isAsync = false
        } else {
            return nil
        }
        return try parseArrow(isAsync: isAsync, allowIn: allowIn)
    }

    /// Whether the parenthesis at `index` closes before an `=>`.
    private func arrowFollows(from index: Int) -> Bool {
        guard let close = matchingClose(from: index), close + 1 < tokens.count else { return false }
        return tokens[close + 1].isPunctuator("=>")
    }

    private mutating func parseArrow(isAsync: Bool, allowIn: Bool) throws(ParseInterruption) -> FunctionNode {
        let start = current
        if isAsync { advance() }
        var parameters: [Pattern] = []
        var rest: Pattern?
        if check("(") {
            (parameters, rest) = try parseParameters(of: "the parameters of the arrow function")
        } else {
            parameters = [.identifier(advance().text)]
        }
        let arrow = try expect("=>", "after the parameters of the arrow function")
        if arrow.newlineBefore { throw fail("a line break is not allowed before '=>'", at: arrow) }
        let body: FunctionBody =
            check("{") ? .block(try parseBlock(of: "the arrow function's body")) : .expression(try parseAssignment(allowIn: allowIn))
        return FunctionNode(
            name: nil, parameters: parameters, rest: rest, body: body, isAsync: isAsync, isArrow: true, range: range(from: start))
    }
}
