import FunctionsRuntime
import TwilioWire

/// The translated modules of a ported project, each registered as a Function under its name.
///
/// ```swift
/// public enum MyPort {
///     public static let modules = JSModuleTable([
///         JSModuleEntry(name: "voice-ivr", file: "functions/voice-ivr.protected.js", body: voiceIvr),
///         JSModuleEntry(name: "handle-user-input", file: "functions/handle-user-input.protected.js", body: handleUserInput),
///     ])
///     public static var registry: FunctionRegistry { modules.registry }
/// }
/// ```
///
/// Each request runs its module in a fresh ``JSModule``, calls `module.exports.handler` with
/// `(context, event, callback)`, and awaits what it returns: a rejected promise or a throw answers
/// as `callback(error)` does. `require` of another module of the table runs that module once per
/// request and returns its `module.exports`.
public struct JSModuleTable: Sendable {
    /// The modules, in order.
    public let entries: [JSModuleEntry]

    /// A table of these modules.
    public init(_ entries: [JSModuleEntry]) {
        self.entries = entries
    }

    /// A handler for each module, registered under its ``JSModuleEntry/name``.
    public var registry: FunctionRegistry {
        var registry = FunctionRegistry()
        for entry in entries { registry.register(entry.name, handler(for: entry)) }
        return registry
    }

    /// The module `require` reaches with `specifier` from `file`.
    func entry(requiredAs specifier: String, from file: String) -> JSModuleEntry? {
        let key = JSModulePath.functionKey(JSModulePath.resolve(specifier, from: file))
        return entries.first { $0.functionKey == key }
    }

    /// The handler of one module.
    func handler(for entry: JSModuleEntry) -> FunctionHandler {
        { context, event, callback in
            let loader = JSModuleLoader(table: self, context: context)
            defer { loader.tearDown() }
            do {
                let module = try await loader.load(entry)
                let handler = module.get("exports").get("handler")
                guard handler.isCallable else {
                    callback(HandlerError("\(entry.file) exports no handler: set exports.handler = function (context, event, callback) { … }"))
                    return
                }
                let result = try await handler(
                    loader.contextValue(), JSValue(json: event.jsonValue), TwilioCallback.make(callback)
                )
                _ = try await result.awaited()
            } catch {
                if let untranslated = JSUntranslatedError.find(in: error) {
                    let response = FunctionResponse(statusCode: 501, body: .text(untranslated.description))
                    callback(nil, response.appendHeader("Content-Type", "text/plain"))
                } else {
                    callback(HandlerError(TwilioCallback.message(of: JSValue(caught: error))))
                }
            }
        }
    }
}
