import JavaScriptSyntax

/// Translates one Function's JavaScript into Swift over FunctionsJS.
///
/// ```swift
/// let module = ModuleTranslator.translate(
///     "exports.handler = function (context, event, callback) { callback(null, 'hi'); };",
///     file: "functions/hi.js", swiftName: "hi")
/// module.todos.isEmpty   // true
/// print(module.source)   // @Sendable func hi(_ js: JSModule) async throws { … }
/// ```
///
/// The output always compiles: a statement that cannot be translated becomes a `// TODO(port):` comment, and
/// the module body then starts with `try js.untranslated(…)`, which answers 501 naming the line.
public enum ModuleTranslator {
    /// Translates `source`, the text of `file`, into a Swift module body named `swiftName`.
    public static func translate(_ source: String, file: String, swiftName: String) -> PortedModule {
        let program: Program
        do {
            program = try Parser.parse(source)
        } catch {
            let todo = PortTODO(
                line: error.line, text: SourceLines(source).lines[safe: error.line - 1] ?? "",
                reason: "syntax error: \(error.message)")
            let body = [
                "try js.untranslated(file: \(SwiftText.literal(file)), line: \(error.line), "
                    + "\(SwiftText.literal("syntax error: \(error.message)")))"
            ]
            return PortedModule(
                file: file, swiftName: swiftName, source: swiftFile(source, file: file, swiftName: swiftName, body: body),
                todos: [todo], syntaxError: error)
        }
        let translation = ModuleTranslation(program: program, file: file)
        let body = translation.translateBody()
        let usage = TwilioUsage(program)
        return PortedModule(
            file: file, swiftName: swiftName, source: swiftFile(source, file: file, swiftName: swiftName, body: body),
            todos: translation.todos, translatedLines: translation.translatedLineCount, twilioAPIs: usage.apis,
            npmModules: usage.npmModules)
    }

    /// The Swift file: the JavaScript in the doc comment, then the module body.
    static func swiftFile(_ source: String, file: String, swiftName: String, body: [String]) -> String {
        var lines = ["import FunctionsJS", "", "/// `\(file)`, ported to Swift.", "///", "/// ```js"]
        var javaScript = SourceLines(source).lines
        while javaScript.last?.allSatisfy(\.isWhitespace) == true { javaScript.removeLast() }
        lines += javaScript.map { $0.isEmpty ? "///" : "/// " + $0 }
        lines += ["/// ```", "@Sendable func \(swiftName)(_ js: JSModule) async throws {"]
        lines += body.map { $0.isEmpty ? $0 : "    " + $0 }
        lines += ["}", ""]
        return lines.joined(separator: "\n")
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
