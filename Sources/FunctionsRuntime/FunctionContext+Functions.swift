/// Another Function of the project, as a handler sees it through ``FunctionContext/getFunctions()``.
public struct FunctionReference: Sendable {
    /// Its path, e.g. `/helpers/format`.
    public let path: String
    /// Its visibility; private Functions are reachable only this way.
    public let visibility: FunctionVisibility
    private let handler: FunctionHandler
    private let caller: FunctionContext

    init(route: FunctionRoute, caller: FunctionContext) {
        self.path = route.path
        self.visibility = route.visibility
        self.handler = route.handler
        self.caller = caller
    }

    /// Runs the Function with `event` (the caller's deadline, context values and Twilio
    /// connection) and returns its answer, as an HTTP client would see it.
    public func invoke(_ event: FunctionEvent = FunctionEvent()) async -> FunctionResult {
        let context = FunctionContext(storage: caller.sharedStorage, domainName: caller.domainName, path: path, logger: caller.logger)
        return await caller.sharedStorage.invoker.invoke(handler, context: context, event: event).result
    }
}

extension FunctionContext {
    /// Every Function of the project, private ones included, keyed by path without the leading
    /// slash: the counterpart of `Runtime.getFunctions()`.
    ///
    /// ```swift
    /// let result = await context.getFunctions()["helpers/format"]?.invoke(FunctionEvent(parameters: ["n": 3]))
    /// ```
    public func getFunctions() -> [String: FunctionReference] {
        var functions: [String: FunctionReference] = [:]
        for route in sharedStorage.functions {
            functions[String(route.path.dropFirst())] = FunctionReference(route: route, caller: self)
        }
        return functions
    }
}
