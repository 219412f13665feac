/// The handlers a project defines, by the name `functions.json` uses for them.
///
/// ```swift
/// var registry = FunctionRegistry()
/// registry.register("hello") { context, event, callback in
///     callback(nil, "Hello World")
/// }
/// registry.register("time") { context, event in
///     ["now": .int(Int(Date().timeIntervalSince1970))] as JSONValue
/// }
/// ```
public struct FunctionRegistry: Sendable {
    /// The handlers by name.
    public private(set) var handlers: [String: FunctionHandler] = [:]

    /// An empty registry.
    public init() {}

    /// The registered names, sorted.
    public var names: [String] { handlers.keys.sorted() }

    /// The handler named `name`.
    public subscript(name: String) -> FunctionHandler? { handlers[name] }

    /// Registers a callback-style handler under `name`.
    ///
    /// Registering a name twice is a programming error and stops the program.
    public mutating func register(_ name: String, _ handler: @escaping FunctionHandler) {
        precondition(handlers[name] == nil, "a handler named \"\(name)\" is already registered")
        handlers[name] = handler
    }

    /// Registers a handler that returns its payload instead of calling back.
    public mutating func register(
        _ name: String,
        returning handler: @escaping @Sendable (FunctionContext, FunctionEvent) async throws -> any FunctionPayload
    ) {
        register(name) { context, event, callback in
            callback(nil, try await handler(context, event))
        }
    }

    /// The handlers of both registries; a name in both is a programming error.
    public func merging(_ other: FunctionRegistry) -> FunctionRegistry {
        var merged = self
        for (name, handler) in other.handlers { merged.register(name, handler) }
        return merged
    }
}
