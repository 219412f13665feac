/// The `callback(error, payload)` a Function calls once to answer.
///
/// ```swift
/// callback(nil, "Hello World")          // 200 text
/// callback(nil, ["token": jwt])         // 200 JSON
/// callback(nil, response)               // a Twilio.Response
/// callback("Something went wrong")      // 500 with that message
/// ```
///
/// Only the first call counts; a later one is ignored and logged as a warning.
public struct FunctionCallback: Sendable {
    private let invocation: Invocation

    init(invocation: Invocation) {
        self.invocation = invocation
    }

    /// Answers with `payload`, or with a 500 when `error` is not `nil`.
    public func callAsFunction(_ error: (any Error)?, _ payload: (any FunctionPayload)? = nil) {
        if let error {
            invocation.complete(.failed(error), from: .callback)
        } else {
            invocation.complete(.answered(payload), from: .callback)
        }
    }

    /// Answers with a 500 whose body is `message`, as `callback("message")` does in JavaScript.
    public func callAsFunction(_ message: String, _ payload: (any FunctionPayload)? = nil) {
        invocation.complete(.failed(FunctionError(message)), from: .callback)
    }
}

/// An error a Function reports with a message of its own: `callback(FunctionError("Not allowed"))`
/// or `throw FunctionError("...")` answer 500 with exactly that text.
public struct FunctionError: Error, Sendable, CustomStringConvertible {
    /// The text of the 500 answer.
    public let message: String

    /// Creates an error with this message.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
