/// One translated JavaScript file: the handler name it is registered under, its path, and its
/// body, which runs once per request in a fresh ``JSModule`` and sets `module.exports`.
///
/// ```swift
/// JSModuleEntry(name: "hello-world", file: "functions/hello-world.js") { js in
///     js.exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
///         try await arguments[2](nil, "Hello world!")
///     }
/// }
/// ```
public struct JSModuleEntry: Sendable {
    /// The body of a translated module.
    public typealias Body = @Sendable (JSModule) async throws -> Void

    /// The handler name `functions.json` uses, e.g. `voice-ivr`.
    public let name: String
    /// The JavaScript file, e.g. `functions/voice-ivr.protected.js`.
    public let file: String
    /// The translated module body.
    public let body: Body

    /// An entry.
    public init(name: String, file: String, body: @escaping Body) {
        self.name = name
        self.file = file
        self.body = body
    }

    /// The Function's path without its leading slash, as `Runtime.getFunctions()` keys it:
    /// `functions/helpers/format.private.js` → `helpers/format`.
    var functionKey: String { JSModulePath.functionKey(file) }
}
