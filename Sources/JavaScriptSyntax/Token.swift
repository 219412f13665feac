/// One token of JavaScript source, as the lexer hands it to the parser.
struct Token: Sendable {
    /// Which piece of a template literal a template token is.
    enum TemplatePart: Sendable, Equatable {
        /// `` `text` `` with no substitution.
        case whole
        /// `` `text${ ``.
        case head
        /// `}text${`.
        case middle
        /// `` }text` ``.
        case tail
    }

    /// What the token is.
    enum Kind: Sendable, Equatable {
        /// A name or a keyword: the parser tells them apart by `text`.
        case identifier
        /// An operator or a bracket.
        case punctuator
        /// A number literal (`number` holds its value).
        case number
        /// A BigInt literal such as `10n`.
        case bigint
        /// A string literal (`value` holds it decoded).
        case string
        /// A piece of a template literal (`value` holds it cooked).
        case template(TemplatePart)
        /// A regular expression literal (`value` is the pattern, `flags` the flags).
        case regex
        /// `#name` (class private names).
        case privateName
        /// The end of the input.
        case end
    }

    var kind: Kind
    /// The token as written.
    var text: String
    /// The decoded value of strings, templates and regular expressions; the name of identifiers.
    var value: String = ""
    /// The flags of a regular expression literal.
    var flags: String = ""
    /// The value of a number literal.
    var number: Double = 0
    /// Where the token is.
    var range: SourceRange
    /// Whether a line break comes between the previous token and this one (automatic semicolon insertion).
    var newlineBefore: Bool

    /// Whether this is the punctuator `symbol`.
    func isPunctuator(_ symbol: String) -> Bool {
        kind == .punctuator && text == symbol
    }

    /// Whether this is the identifier or keyword `word` written without escapes.
    func isWord(_ word: String) -> Bool {
        kind == .identifier && text == word
    }

    /// How the token reads in an error message.
    var described: String {
        switch kind {
        case .end: "end of input"
        case .string: "string \(text)"
        case .number, .bigint: "number \(text)"
        case .template: "template literal"
        case .regex: "regular expression \(text)"
        default: "'\(text)'"
        }
    }

    /// `line:column` of the token.
    var position: String { "\(range.line):\(range.column)" }
}
