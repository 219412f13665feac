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
        invocation.complete(.failed(HandlerError(message)), from: .callback)
    }
}
