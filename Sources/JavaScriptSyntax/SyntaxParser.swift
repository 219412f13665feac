/// The recursive-descent parser behind ``Parser``: a cursor over the lexer's tokens.
struct SyntaxParser {
    let tokens: [Token]
    var position = 0
    /// How many statements, expressions and patterns are open, to stop before the stack overflows.
    var depth = 0

    /// Words that cannot name a variable.
    static let reservedWords: Set<String> = [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
        "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
    ]

    /// For each opening bracket, the index of the token that closes it (for arrow-function lookahead).
    let closingIndex: [Int]

    /// `tokens` must end with a `.end` token, as the lexer's do.
    init(tokens: [Token]) {
        self.tokens = tokens
        closingIndex = Self.matchBrackets(tokens)
    }

    mutating func parseProgram() throws(ParseInterruption) -> [Statement] {
        var body: [Statement] = []
        while current.kind != .end {
            body.append(try parseStatement())
        }
        return body
    }

    // MARK: The cursor

    var current: Token { tokens[position] }

    var previous: Token { tokens[max(position - 1, 0)] }

    func peek(_ ahead: Int = 1) -> Token {
        tokens[min(position + ahead, tokens.count - 1)]
    }

    /// Moves past the current token (never past the end token) and returns it.
    @discardableResult
    mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func check(_ symbol: String) -> Bool { current.isPunctuator(symbol) }

    func checkWord(_ word: String) -> Bool { current.isWord(word) }

    mutating func eat(_ symbol: String) -> Bool {
        guard check(symbol) else { return false }
        advance()
        return true
    }

    mutating func eatWord(_ word: String) -> Bool {
        guard checkWord(word) else { return false }
        advance()
        return true
    }

    /// Whether `token` can name a variable.
    static func isBindingName(_ token: Token) -> Bool {
        token.kind == .identifier && !reservedWords.contains(token.text)
    }

    // MARK: Errors

    func fail(_ message: String, at token: Token? = nil) -> ParseInterruption {
        let token = token ?? current
        return .syntax(SyntaxError(message, line: token.range.line, column: token.range.column))
    }

    /// "unexpected token 'x'" for the current token.
    func unexpected(_ detail: String? = nil) -> ParseInterruption {
        let token = current
        if token.kind == .end { return fail("unexpected end of input" + (detail.map { ": \($0)" } ?? "")) }
        let name = token.kind == .identifier || token.kind == .punctuator ? "token \(token.described)" : token.described
        return fail("unexpected \(name)" + (detail.map { ": \($0)" } ?? ""))
    }

    /// Consumes `symbol` or fails with "expected 'symbol' \(context)".
    @discardableResult
    mutating func expect(_ symbol: String, _ context: String) throws(ParseInterruption) -> Token {
        guard check(symbol) else {
            throw fail("expected '\(symbol)' \(context), found \(current.described)")
        }
        return advance()
    }

    /// Consumes the `symbol` that closes `what`, opened by `opener`.
    @discardableResult
    mutating func expectClosing(_ symbol: String, of what: String, opener: Token) throws(ParseInterruption) -> Token {
        guard check(symbol) else { throw closingError(symbol, of: what, opener: opener) }
        return advance()
    }

    func closingError(_ symbol: String, of what: String, opener: Token) -> ParseInterruption {
        fail("expected '\(symbol)' to close \(what) at \(opener.position)")
    }

    // MARK: Depth and ranges

    mutating func enter() throws(ParseInterruption) {
        guard depth < Parser.maximumDepth else {
            throw fail("nesting deeper than \(Parser.maximumDepth) levels; split the expression or the blocks")
        }
        depth += 1
    }

    mutating func leave() {
        depth -= 1
    }

    /// From `start` to the end of the last consumed token.
    func range(from start: Token) -> SourceRange {
        SourceRange(
            line: start.range.line, column: start.range.column, start: start.range.start,
            end: max(previous.range.end, start.range.start))
    }

    /// Ends a statement: a `;`, or one inserted before `}`, a line break or the end of input.
    mutating func consumeSemicolon() throws(ParseInterruption) {
        if eat(";") || check("}") || current.kind == .end || current.newlineBefore { return }
        throw unexpected("expected ';' or a line break before it")
    }

    /// The index of the bracket that closes the one at `start`, or `nil`.
    func matchingClose(from start: Int) -> Int? {
        start < closingIndex.count && closingIndex[start] >= 0 ? closingIndex[start] : nil
    }

    /// Pairs every `(`, `[`, `{` and template `${` with its closing token in one pass.
    private static func matchBrackets(_ tokens: [Token]) -> [Int] {
        var closing = [Int](repeating: -1, count: tokens.count)
        var open: [Int] = []
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .punctuator:
                switch token.text {
                case "(", "[", "{": open.append(index)
                case ")", "]", "}": if let opener = open.popLast() { closing[opener] = index }
                default: break
                }
            case .template(.head):
                open.append(index)
            case .template(.middle):
                if let opener = open.popLast() { closing[opener] = index }
                open.append(index)
            case .template(.tail):
                if let opener = open.popLast() { closing[opener] = index }
            default:
                break
            }
        }
        return closing
    }
}
