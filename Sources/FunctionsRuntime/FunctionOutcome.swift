/// What one request produced, from the invoker through the request flow to HTTP: the answer,
/// why it failed (for the request's log line), and the event the handler saw.
///
/// ```swift
/// let outcome = await invoker.invoke(handler, context: context, event: event)
/// outcome.result.status   // 200, 500, 504...
/// outcome.failure         // nil, or "error: <message>" with secrets redacted
/// ```
public struct FunctionOutcome: Sendable {
    /// The answer.
    public var result: FunctionResult
    /// Why the request failed or was refused (redacted), for its log line; `nil` on success.
    public var failure: String?
    /// The event the handler received, when a Function ran (the console shows it).
    public var event: FunctionEvent?

    /// An outcome.
    public init(result: FunctionResult, failure: String? = nil, event: FunctionEvent? = nil) {
        self.result = result
        self.failure = failure
        self.event = event
    }
}
