public import JavaScriptSyntax

/// One JavaScript file of `functions/`, translated to Swift.
///
/// ```swift
/// let module = ModuleTranslator.translate(source, file: "functions/hello-world.js", swiftName: "helloWorld")
/// module.todos.isEmpty   // true: every line was translated
/// module.source          // the Swift file, the JavaScript in its doc comment
/// ```
public struct PortedModule: Sendable {
    /// The file's path in the project, e.g. `functions/voice-ivr.protected.js`.
    public var file: String
    /// The Swift name of the module's body function, e.g. `voiceIvr`.
    public var swiftName: String
    /// The Swift file's text.
    public var source: String
    /// The lines that were not translated, in order.
    public var todos: [PortTODO]
    /// How many lines of JavaScript code (not blank, not only a comment) were translated.
    public var translatedLines: Int
    /// The Twilio client calls the module makes, as twilio-node paths (`messages.create`,
    /// `sync.services.documents.fetch`), each once, in the order of first use.
    public var twilioAPIs: [String]
    /// The npm modules it requires other than `twilio` and the project's own Functions.
    public var npmModules: [String]
    /// The syntax error that stopped the parse, if any; the module then answers 501.
    public var syntaxError: SyntaxError?

    /// Creates a ported module.
    public init(
        file: String, swiftName: String, source: String, todos: [PortTODO] = [], translatedLines: Int = 0,
        twilioAPIs: [String] = [], npmModules: [String] = [], syntaxError: SyntaxError? = nil
    ) {
        self.file = file
        self.swiftName = swiftName
        self.source = source
        self.todos = todos
        self.translatedLines = translatedLines
        self.twilioAPIs = twilioAPIs
        self.npmModules = npmModules
        self.syntaxError = syntaxError
    }
}

/// A line of JavaScript the translation left as a `// TODO(port):` comment.
public struct PortTODO: Sendable, Equatable {
    /// The 1-based line in the JavaScript file.
    public var line: Int
    /// The line's text, trimmed.
    public var text: String
    /// Why it was not translated, e.g. "classes are not translated".
    public var reason: String

    /// Creates a TODO.
    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}
