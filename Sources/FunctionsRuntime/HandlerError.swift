/// An error a Function reports with a message of its own: `callback(HandlerError("Not allowed"))`
/// or `throw HandlerError("...")` answer 500 with exactly that text.
public struct HandlerError: Error, Sendable, CustomStringConvertible {
    /// The text of the 500 answer.
    public let message: String

    /// Creates an error with this message.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
