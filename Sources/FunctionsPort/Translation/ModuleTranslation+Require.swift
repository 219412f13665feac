import JavaScriptSyntax

extension ModuleTranslation {
    /// Node.js's own modules, named in the reason a `require` of one is not translated.
    static let nodeModules: Set<String> = [
        "assert", "buffer", "child_process", "crypto", "dns", "events", "fs", "http", "https", "net", "os", "path",
        "querystring", "stream", "url", "util", "zlib",
    ]

    /// Rejects `require` of an npm module (other than `twilio`) or of an asset: neither is ported, so the
    /// statement stays a TODO and the Function answers 501 naming it.
    func checkRequire(_ callee: Expression, _ arguments: [Argument]) throws(Untranslatable) {
        guard case .identifier("require") = callee, !isDeclared("require"), case .value(let specifier)? = arguments.first
        else { return }
        if case .string(let name) = specifier {
            if name == "twilio" || name.hasPrefix(".") || name.hasPrefix("/") { return }
            let node = name.hasPrefix("node:") || Self.nodeModules.contains(name)
            throw Untranslatable("\(node ? "Node.js" : "npm") module '\(name)' has no counterpart in Swift")
        }
        if Self.readsAssets(specifier) { throw Untranslatable("asset modules are not ported") }
    }

    /// Whether the expression reads `Runtime.getAssets()` (`Runtime.getAssets()['/x.js'].path`).
    private static func readsAssets(_ expression: Expression) -> Bool {
        switch expression {
        case .call(.member(.identifier("Runtime"), "getAssets", _), _, _): true
        case .member(let object, _, _), .index(let object, _, _), .call(let object, _, _), .parenthesized(let object),
            .await(let object):
            readsAssets(object)
        default: false
        }
    }
}
