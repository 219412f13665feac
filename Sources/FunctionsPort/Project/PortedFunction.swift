import JavaScriptSyntax

/// One Function of a ported project: the names its file gets and what the translator made of it.
///
/// ```swift
/// let function = PortedFunction(route: try RouteName(file: "functions/hello.js"), module: module)
/// function.isFullyTranslated   // true when every line became Swift, so its test expects no 501
/// ```
public struct PortedFunction: Sendable {
    /// The URL path, visibility, handler and Swift names.
    public var route: RouteName
    /// The translation.
    public var module: PortedModule

    /// A ported Function.
    public init(route: RouteName, module: PortedModule) {
        self.route = route
        self.module = module
    }

    /// Whether every line was translated: no TODO, no syntax error, and Swift to run.
    public var isFullyTranslated: Bool { module.todos.isEmpty && module.syntaxError == nil && !hasNoSource }

    /// Whether the translator gave no Swift at all; the package then holds a body that answers 501.
    public var hasNoSource: Bool { module.source.allSatisfy(\.isWhitespace) }

    /// The syntax error as `functions/x.js:3:10: message`, if the file did not parse.
    public var syntaxErrorLine: String? {
        module.syntaxError.map { "\(route.file):\($0.line):\($0.column): \($0.message)" }
    }

    /// The Swift file's text: the translation, or a body that answers 501 when there is none.
    public var swiftSource: String {
        guard hasNoSource else { return module.source.hasSuffix("\n") ? module.source : module.source + "\n" }
        return """
            import FunctionsJS

            /// `\(route.path)` (\(route.file)): no Swift was made of it, so it answers 501 until it is ported by hand.
            @Sendable func \(route.swiftName)(_ js: JSModule) async throws {
                try js.untranslated(file: \(SwiftSource.literal(route.file)), line: 1, "the whole file")
            }

            """
    }
}
