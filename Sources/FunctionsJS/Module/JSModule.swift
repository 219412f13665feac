import FunctionsRuntime

/// One run of a translated module body: its globals (the standard ones, `Twilio`, `Runtime`,
/// `console`, `process`, `require`, and its own `exports` and `module`), read and written as
/// members.
///
/// ```swift
/// let voiceIvr: JSModuleEntry.Body = { js in
///     js.exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
///         let (event, callback) = (arguments[1], arguments[2])
///         let twiml = try await js.Twilio.twiml.VoiceResponse.new()
///         _ = try await twiml.say("Hello \(event.From)")
///         return try await callback(nil, twiml)
///     }
/// }
/// ```
///
/// A module lives for one request, as `require` caches it for one request only.
@dynamicMemberLookup
public final class JSModule {
    // Named so that no JavaScript global is hidden behind them: `js.module` is the global.
    /// The JavaScript file, e.g. `functions/voice-ivr.protected.js`.
    public let sourceFile: String
    /// The global object of this run.
    public let globalObject: JSObject

    init(sourceFile: String, globalObject: JSObject) {
        self.sourceFile = sourceFile
        self.globalObject = globalObject
    }

    /// A global, e.g. `js.Twilio`, `js.JSON`, `js.exports`; `undefined` when there is none.
    public subscript(dynamicMember name: String) -> JSValue {
        get { globalObject.get(name) }
        set { globalObject.set(name, newValue) }
    }

    /// Stops the module at a line the translator left untranslated: the request is answered
    /// **501** with `file:line was not ported to Swift: text`. Always throws.
    public func untranslated(file: String, line: Int, _ text: String) throws {
        throw JSUntranslatedError(file: file, line: line, text: text)
    }

    /// A handler for a single translated file, for a project with one module (a table of one).
    ///
    /// ```swift
    /// registry.register("hello-world", JSModule.handler(file: "functions/hello-world.js", body: helloWorld))
    /// ```
    public static func handler(file: String, body: @escaping JSModuleEntry.Body) -> FunctionHandler {
        let entry = JSModuleEntry(name: JSModulePath.functionKey(file), file: file, body: body)
        return JSModuleTable([entry]).handler(for: entry)
    }
}
