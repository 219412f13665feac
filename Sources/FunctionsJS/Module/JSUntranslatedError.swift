/// A line of JavaScript the translator could not turn into Swift; running the module throws it,
/// and the handler answers **501** with ``description``.
///
/// ```swift
/// try js.untranslated(file: "functions/x.js", line: 12, "const { a = 1 } = obj;")
/// // 501: functions/x.js:12 was not ported to Swift: const { a = 1 } = obj;
/// ```
public struct JSUntranslatedError: Error, CustomStringConvertible, Sendable {
    /// The JavaScript file, e.g. `functions/x.js`.
    public let file: String
    /// The 1-based line.
    public let line: Int
    /// The line's text.
    public let text: String

    /// An untranslated line.
    public init(file: String, line: Int, text: String) {
        self.file = file
        self.line = line
        self.text = text
    }

    /// `functions/x.js:12 was not ported to Swift: <text>`.
    public var description: String { "\(file):\(line) was not ported to Swift: \(text)" }

    /// The untranslated line `error` carries, directly or thrown through JavaScript.
    static func find(in error: any Error) -> JSUntranslatedError? {
        if let error = error as? JSUntranslatedError { return error }
        if let thrown = error as? JSThrow { return thrown.underlyingError as? JSUntranslatedError }
        return nil
    }
}
