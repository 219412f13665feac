/// Splits JavaScript source into tokens, keeping line, column and UTF-8 offset of each.
///
/// The lexer runs over the whole file before parsing. It decides between a regular expression and a
/// division from the token before the `/`, and follows template literals through their `${ }`
/// substitutions with a stack of open braces.
struct Lexer {
    /// A position in the source.
    struct Mark {
        var index: Int
        var offset: Int
        var line: Int
        var column: Int
    }

    let scalars: [Unicode.Scalar]
    var index = 0
    var offset = 0
    var line = 1
    var column = 1
    var tokens: [Token] = []
    /// One entry per open `{`: `true` when it is the `${` of a template literal.
    var braces: [Bool] = []
    /// One entry per open `(`: `true` when it holds the condition of `if`, `while`, `for` or `with`, after
    /// which a `/` starts a regular expression (`if (x) /a/.test(s)`).
    var parentheses: [Bool] = []
    /// Whether the last token is the `)` of such a condition.
    var closedCondition = false
    var newlineBefore = false

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// The tokens of `source`, ending with a `.end` token.
    static func tokenize(_ source: String) throws(SyntaxError) -> [Token] {
        var lexer = Lexer(source)
        try lexer.run()
        return lexer.tokens
    }

    var here: Mark { Mark(index: index, offset: offset, line: line, column: column) }

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let position = index + ahead
        return position < scalars.count ? scalars[position] : nil
    }

    mutating func advance() {
        guard index < scalars.count else { return }
        let scalar = scalars[index]
        index += 1
        offset += UTF8.width(scalar)
        if scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" || (scalar == "\r" && peek() != "\n") {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    func text(from mark: Mark) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[mark.index..<index])
        return String(view)
    }

    func range(from mark: Mark) -> SourceRange {
        SourceRange(line: mark.line, column: mark.column, start: mark.offset, end: offset)
    }

    func error(_ message: String, at mark: Mark) -> SyntaxError {
        SyntaxError(message, line: mark.line, column: mark.column)
    }

    mutating func emit(_ kind: Token.Kind, from mark: Mark, value: String = "", number: Double = 0, flags: String = "") {
        tokens.append(
            Token(
                kind: kind, text: text(from: mark), value: value, flags: flags, number: number, range: range(from: mark),
                newlineBefore: newlineBefore))
        newlineBefore = false
    }

    mutating func run() throws(SyntaxError) {
        if peek() == "#" && peek(1) == "!" {
            while let scalar = peek(), !Self.isLineTerminator(scalar) { advance() }
        }
        while true {
            try skipTrivia()
            guard let scalar = peek() else {
                emit(.end, from: here)
                return
            }
            let mark = here
            if Self.isIdentifierStart(scalar) {
                scanIdentifier()
                emit(.identifier, from: mark, value: text(from: mark))
            } else if Self.isDigit(scalar) || (scalar == "." && peek(1).map(Self.isDigit) == true) {
                try scanNumber(from: mark)
            } else if scalar == "\"" || scalar == "'" {
                try scanString(from: mark)
            } else if scalar == "`" {
                advance()
                try scanTemplate(from: mark, opening: true)
            } else if scalar == "}" && braces.last == true {
                braces.removeLast()
                advance()
                try scanTemplate(from: mark, opening: false)
            } else if scalar == "/" && regexAllowed {
                try scanRegex(from: mark)
            } else if scalar == "#" && peek(1).map(Self.isIdentifierStart) == true {
                advance()
                scanIdentifier()
                emit(.privateName, from: mark)
            } else {
                try scanPunctuator(from: mark)
            }
        }
    }

    mutating func scanIdentifier() {
        while let scalar = peek(), Self.isIdentifierPart(scalar) { advance() }
    }

    /// Skips white space and comments, noting line breaks.
    mutating func skipTrivia() throws(SyntaxError) {
        while let scalar = peek() {
            if Self.isLineTerminator(scalar) {
                newlineBefore = true
                advance()
            } else if Self.isWhiteSpace(scalar) {
                advance()
            } else if scalar == "/" && peek(1) == "/" {
                while let next = peek(), !Self.isLineTerminator(next) { advance() }
            } else if scalar == "/" && peek(1) == "*" {
                let mark = here
                advance()
                advance()
                while true {
                    guard let next = peek() else { throw error("unterminated comment: '/*' has no closing '*/'", at: mark) }
                    if next == "*" && peek(1) == "/" {
                        advance()
                        advance()
                        break
                    }
                    if Self.isLineTerminator(next) { newlineBefore = true }
                    advance()
                }
            } else {
                return
            }
        }
    }

    static let punctuators: [Set<String>] = [
        [">>>="],
        ["...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??="],
        [
            "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
            "^=", "<<", ">>", "**",
        ],
        ["{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "?", ":", "=", ".", "@"],
    ]

    mutating func scanPunctuator(from mark: Mark) throws(SyntaxError) {
        for (position, candidates) in Self.punctuators.enumerated() {
            let length = 4 - position
            guard index + length <= scalars.count else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[index..<index + length])
            let symbol = String(view)
            guard candidates.contains(symbol) else { continue }
            // `a?.5:b` is a conditional, not optional chaining.
            if symbol == "?." && peek(2).map(Self.isDigit) == true { continue }
            for _ in 0..<length { advance() }
            if symbol == "{" {
                braces.append(false)
            } else if symbol == "}" && !braces.isEmpty {
                braces.removeLast()
            }
            var closes = false
            if symbol == "(" {
                let keyword = tokens.last.map { $0.kind == .identifier && ["if", "while", "for", "with"].contains($0.text) }
                parentheses.append(keyword ?? false)
            } else if symbol == ")" {
                closes = parentheses.popLast() ?? false
            }
            emit(.punctuator, from: mark)
            closedCondition = closes
            return
        }
        let scalar = scalars[index]
        throw error("unexpected character '\(scalar)' (U+\(String(scalar.value, radix: 16, uppercase: true)))", at: mark)
    }

    /// Keywords after which a `/` starts a regular expression rather than dividing.
    static let regexKeywords: Set<String> = [
        "return", "typeof", "instanceof", "in", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await",
    ]

    /// Whether a `/` here starts a regular expression, judged from the previous token.
    var regexAllowed: Bool {
        guard let last = tokens.last else { return true }
        switch last.kind {
        case .identifier:
            // `a.return / 2` divides: after `.` a keyword is a property name.
            let afterDot = tokens.count >= 2 && tokens[tokens.count - 2].kind == .punctuator
                && (tokens[tokens.count - 2].text == "." || tokens[tokens.count - 2].text == "?.")
            return !afterDot && Self.regexKeywords.contains(last.text)
        case .punctuator where last.text == ")": return closedCondition
        case .punctuator: return !["]", "}", "++", "--"].contains(last.text)
        case .template(let part): return part == .head || part == .middle
        default: return false
        }
    }
}
