/// A Function: `handler(context, event, callback)`, in a form that may also `await` and `throw`.
///
/// ```swift
/// let hello: FunctionHandler = { context, event, callback in
///     callback(nil, "Hello World")
/// }
/// ```
///
/// A throw answers 500 with the error's message, as a call to `callback(error)` does.
public typealias FunctionHandler = @Sendable (FunctionContext, FunctionEvent, FunctionCallback) async throws -> Void
