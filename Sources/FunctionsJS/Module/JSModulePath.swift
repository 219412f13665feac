/// How `require` specifiers name the project's own Functions.
enum JSModulePath {
    /// Whether `specifier` names a file rather than an npm package.
    static func isPath(_ specifier: String) -> Bool {
        specifier.hasPrefix(".") || specifier.hasPrefix("/") || specifier.hasPrefix("functions/")
    }

    /// The Function a file path stands for: the part after the last `functions` folder (or the
    /// whole path), without `.js`, `.protected` or `.private`.
    static func functionKey(_ path: String) -> String {
        var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if let index = components.lastIndex(of: "functions") {
            components.removeFirst(index + 1)
        }
        var key = components.joined(separator: "/")
        for suffix in [".js", ".protected", ".private"] where key.hasSuffix(suffix) {
            key.removeLast(suffix.count)
        }
        return key
    }

    /// `specifier` resolved against the folder of `file` when it is relative (`./x`, `../functions/x`).
    static func resolve(_ specifier: String, from file: String) -> String {
        guard specifier.hasPrefix(".") else { return specifier }
        var components = file.split(separator: "/").map(String.init)
        if !components.isEmpty { components.removeLast() }
        for component in specifier.split(separator: "/").map(String.init) {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}
