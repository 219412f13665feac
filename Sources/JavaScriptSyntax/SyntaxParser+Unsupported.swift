extension SyntaxParser {
    /// Moves past a statement that is not modelled, keeping brackets balanced so parsing resumes after it.
    mutating func skipUnsupportedStatement() {
        let first = current
        if first.isWord("class") || isGeneratorDeclaration {
            skipDeclarationWithBody()
            return
        }
        var depth = 0
        var consumed = 0
        while current.kind != .end {
            let token = current
            if depth == 0 && consumed > 0 {
                if token.isPunctuator("}") || token.isPunctuator(")") || token.isPunctuator("]") { return }
                if token.newlineBefore && Self.mayEndStatement(previous) && Self.mayStartStatement(token) { return }
            }
            advance()
            consumed += 1
            depth += Self.nesting(of: token)
            if depth < 0 { depth = 0 }
            if depth == 0 && token.isPunctuator(";") { return }
        }
    }

    private var isGeneratorDeclaration: Bool {
        if checkWord("function") { return peek().isPunctuator("*") }
        return checkWord("async") && peek().isWord("function") && peek(2).isPunctuator("*")
    }

    /// `class A extends B {…}` or `function* g() {…}`: up to the first `{` outside brackets, then its block.
    private mutating func skipDeclarationWithBody() {
        var depth = 0
        while current.kind != .end {
            let token = advance()
            if depth == 0 && token.isPunctuator("{") {
                depth = 1
                while current.kind != .end && depth > 0 {
                    depth += Self.nesting(of: advance())
                }
                return
            }
            depth = max(depth + Self.nesting(of: token), 0)
        }
    }

    /// +1 for a token that opens a bracket, -1 for one that closes it.
    private static func nesting(of token: Token) -> Int {
        switch token.kind {
        case .punctuator where ["(", "[", "{"].contains(token.text), .template(.head): 1
        case .punctuator where [")", "]", "}"].contains(token.text), .template(.tail): -1
        default: 0
        }
    }

    /// Words after which an expression must go on, even across a line break.
    private static let continuingWords: Set<String> = [
        "in", "instanceof", "typeof", "new", "delete", "void", "extends", "await", "yield", "of", "return", "throw", "case",
        "else", "do", "import", "export", "default", "class", "function", "async", "get", "set", "static", "from", "as",
        "let", "const", "var",
    ]

    private static func mayEndStatement(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier: !continuingWords.contains(token.text)
        case .punctuator: ["}", ")", "]"].contains(token.text)
        case .template(let part): part == .whole || part == .tail
        default: true
        }
    }

    private static func mayStartStatement(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier: !["in", "instanceof", "of", "extends", "from", "as"].contains(token.text)
        case .string, .number, .regex, .bigint: true
        default: false
        }
    }
}
