extension SyntaxParser {
    /// One statement; a construct the tree does not model becomes `.unsupported` covering its tokens.
    mutating func parseStatement() throws(ParseInterruption) -> Statement {
        try enter()
        defer { leave() }
        let start = position
        do throws(ParseInterruption) {
            return try parseStatementKind()
        } catch {
            guard case .unsupported(let reason) = error else { throw error }
            position = start
            skipUnsupportedStatement()
            return Statement(.unsupported(reason: reason), range: range(from: tokens[start]))
        }
    }

    private mutating func parseStatementKind() throws(ParseInterruption) -> Statement {
        let start = current
        if start.kind == .punctuator {
            if start.text == "{" {
                return Statement(.block(try parseBlock(of: "the block")), range: range(from: start))
            }
            if start.text == ";" {
                advance()
                return Statement(.empty, range: range(from: start))
            }
        }
        if start.kind == .identifier {
            if Self.isBindingName(start) && peek().isPunctuator(":") {
                return try parseLabelled()
            }
            if let kind = try parseKeywordStatement() {
                return Statement(kind, range: range(from: start))
            }
        }
        let expression = try parseExpression()
        try consumeSemicolon()
        return Statement(.expression(expression), range: range(from: start))
    }

    /// `label: loop`; labels on other statements are not modelled.
    private mutating func parseLabelled() throws(ParseInterruption) -> Statement {
        let start = advance()
        advance()
        guard checkWord("for") || checkWord("while") || checkWord("do") else {
            throw .unsupported("labelled statements other than loops are not translated")
        }
        var loop = try parseStatement()
        loop.label = start.text
        loop.range = range(from: start)
        return loop
    }

    /// The statements that start with a keyword, or `nil` when the current word starts an expression.
    private mutating func parseKeywordStatement() throws(ParseInterruption) -> StatementKind? {
        switch current.text {
        case "var", "const":
            return try parseVariableStatement()
        case "let":
            let next = peek()
            guard next.kind == .identifier || next.isPunctuator("[") || next.isPunctuator("{") else { return nil }
            return try parseVariableStatement()
        case "function":
            return .function(try parseFunction(requireName: true))
        case "async" where peek().isWord("function") && !peek().newlineBefore:
            return .function(try parseFunction(requireName: true))
        case "if": return try parseIf()
        case "for": return try parseFor()
        case "while":
            advance()
            let test = try parseCondition(of: "'while'")
            return .while(test: test, body: try parseStatement())
        case "do":
            advance()
            let body = try parseStatement()
            guard eatWord("while") else { throw fail("expected 'while' after the body of 'do', found \(current.described)") }
            let test = try parseCondition(of: "'do … while'")
            _ = eat(";")
            return .doWhile(body: body, test: test)
        case "switch": return try parseSwitch()
        case "try": return try parseTry()
        case "return":
            advance()
            let value = startsOnSameLine ? try parseExpression() : nil
            try consumeSemicolon()
            return .return(value)
        case "throw":
            let keyword = advance()
            guard startsOnSameLine else {
                throw fail("'throw' needs its value on the same line", at: current.newlineBefore ? keyword : current)
            }
            let value = try parseExpression()
            try consumeSemicolon()
            return .throw(value)
        case "break", "continue":
            let keyword = advance()
            var label: String?
            if Self.isBindingName(current) && !current.newlineBefore { label = advance().text }
            try consumeSemicolon()
            return keyword.text == "break" ? .break(label: label) : .continue(label: label)
        case "class":
            throw .unsupported("classes are not translated")
        case "import" where !peek().isPunctuator("(") && !peek().isPunctuator("."):
            throw .unsupported("ES module 'import' statements are not translated (Functions are CommonJS modules)")
        case "export":
            throw .unsupported("ES module 'export' statements are not translated (use module.exports or exports)")
        case "with":
            throw .unsupported("'with' statements are not translated")
        case "debugger":
            throw .unsupported("'debugger' statements are not translated")
        default:
            return nil
        }
    }

    /// Whether an optional operand follows on the same line (`return x` rather than `return\nx`).
    private var startsOnSameLine: Bool {
        !(check(";") || check("}") || current.kind == .end || current.newlineBefore)
    }

    private mutating func parseVariableStatement() throws(ParseInterruption) -> StatementKind {
        let declaration = try parseVariableDeclaration(kind: declarationKind(advance()), allowIn: true, first: nil)
        try consumeSemicolon()
        return .variable(declaration)
    }

    func declarationKind(_ keyword: Token) -> VariableDeclaration.Kind {
        VariableDeclaration.Kind(rawValue: keyword.text) ?? .var
    }

    /// The declarators after the keyword; `first` is a pattern already read (in a `for` header).
    mutating func parseVariableDeclaration(
        kind: VariableDeclaration.Kind, allowIn: Bool, first: Pattern?
    ) throws(ParseInterruption) -> VariableDeclaration {
        var declarators: [(pattern: Pattern, initializer: Expression?)] = []
        var pending = first
        repeat {
            let patternToken = current
            let pattern: Pattern
            if let read = pending {
                pattern = read
                pending = nil
            } else {
                pattern = try parseBindingTarget()
            }
            var initializer: Expression?
            if eat("=") {
                initializer = try parseAssignment(allowIn: allowIn)
            } else if kind == .const {
                throw fail("missing initializer in const declaration", at: current)
            } else if case .identifier = pattern {
            } else {
                throw fail("a destructuring declaration needs an initializer", at: patternToken)
            }
            declarators.append((pattern, initializer))
        } while eat(",")
        return VariableDeclaration(kind: kind, declarators: declarators)
    }

    /// `(test)` after `if`, `while` and `do … while`.
    private mutating func parseCondition(of keyword: String) throws(ParseInterruption) -> Expression {
        let open = try expect("(", "after \(keyword)")
        let test = try parseExpression()
        try expectClosing(")", of: "the condition of \(keyword)", opener: open)
        return test
    }

    private mutating func parseIf() throws(ParseInterruption) -> StatementKind {
        advance()
        let test = try parseCondition(of: "'if'")
        let consequent = try parseStatement()
        let alternate = eatWord("else") ? try parseStatement() : nil
        return .if(test: test, consequent: consequent, alternate: alternate)
    }

    /// `{ statements }`.
    mutating func parseBlock(of what: String) throws(ParseInterruption) -> [Statement] {
        let open = try expect("{", "to open \(what)")
        var body: [Statement] = []
        while !check("}") {
            guard current.kind != .end else { throw closingError("}", of: what, opener: open) }
            body.append(try parseStatement())
        }
        advance()
        return body
    }

    private mutating func parseSwitch() throws(ParseInterruption) -> StatementKind {
        advance()
        let discriminant = try parseCondition(of: "'switch'")
        let open = try expect("{", "to open the cases of 'switch'")
        var cases: [SwitchCase] = []
        var sawDefault = false
        while !check("}") {
            let label = current
            var test: Expression?
            if eatWord("case") {
                test = try parseExpression()
            } else if eatWord("default") {
                guard !sawDefault else { throw fail("a 'switch' has more than one 'default'", at: label) }
                sawDefault = true
            } else if current.kind == .end {
                throw closingError("}", of: "the cases of 'switch'", opener: open)
            } else {
                throw unexpected("expected 'case', 'default' or '}' in the 'switch' at \(open.position)")
            }
            try expect(":", "after the \(test == nil ? "'default'" : "'case' value")")
            var body: [Statement] = []
            while !check("}") && !checkWord("case") && !checkWord("default") && current.kind != .end {
                body.append(try parseStatement())
            }
            cases.append(SwitchCase(test: test, body: body))
        }
        advance()
        return .switch(discriminant: discriminant, cases: cases)
    }

    private mutating func parseTry() throws(ParseInterruption) -> StatementKind {
        advance()
        let body = try parseBlock(of: "the 'try' block")
        var parameter: Pattern?
        var catchBody: [Statement]?
        var finallyBody: [Statement]?
        if eatWord("catch") {
            if check("(") {
                let open = advance()
                parameter = try parseBindingTarget()
                try expectClosing(")", of: "the 'catch' parameter", opener: open)
            }
            catchBody = try parseBlock(of: "the 'catch' block")
        }
        if eatWord("finally") {
            finallyBody = try parseBlock(of: "the 'finally' block")
        }
        guard catchBody != nil || finallyBody != nil else {
            throw fail("expected 'catch' or 'finally' after the 'try' block, found \(current.described)")
        }
        return .try(body: body, catchParameter: parameter, catchBody: catchBody, finally: finallyBody)
    }
}
