/// Why parsing stopped: a syntax error, or a construct the syntax tree does not model.
///
/// The statement parser turns `.unsupported` into an ``StatementKind/unsupported(reason:)`` statement.
enum ParseInterruption: Error {
    /// Invalid JavaScript.
    case syntax(SyntaxError)
    /// Valid JavaScript that the tree cannot describe, with the reason a translator shows.
    case unsupported(String)

    /// The error to report when an interruption reaches the top level.
    func syntaxError(at token: Token) -> SyntaxError {
        switch self {
        case .syntax(let error): error
        case .unsupported(let reason): SyntaxError(reason, line: token.range.line, column: token.range.column)
        }
    }
}
