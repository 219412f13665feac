/// Turns the names of a JavaScript project (routes, folders) into Swift identifiers.
///
/// ```swift
/// SwiftIdentifier.lowerCamelCase("voice-ivr")     // "voiceIvr"
/// SwiftIdentifier.lowerCamelCase("admin/users")   // "adminUsers"
/// SwiftIdentifier.lowerCamelCase("2fa")           // "_2fa"
/// SwiftIdentifier.upperCamelCase("voiceIvr")      // "VoiceIvr"
/// ```
public enum SwiftIdentifier {
    /// Swift's keywords, and the capitalized words that cannot name a type or module.
    public static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup", "protocol",
        "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "Type", "Protocol", "async", "some", "any",
    ]

    /// The lowerCamelCase identifier of `name`: every run of characters other than ASCII letters
    /// and digits separates words; the first word is lowercased when it is all capitals (`SMS`),
    /// else only its first letter; later words start with a capital. A leading digit gets a `_`
    /// before it, and a keyword gets `Function` after it (`default` → `defaultFunction`).
    public static func lowerCamelCase(_ name: String) -> String {
        let words = name.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        guard let first = words.first else { return "function" }
        let head = first == first.uppercased() ? first.lowercased() : first.prefix(1).lowercased() + first.dropFirst()
        var identifier = head + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if identifier.first?.isNumber == true { identifier = "_" + identifier }
        if keywords.contains(identifier) { identifier += "Function" }
        return identifier
    }

    /// `identifier` with its first letter capitalized (the name of the Swift file that holds it).
    public static func upperCamelCase(_ identifier: String) -> String {
        identifier.prefix(1).uppercased() + identifier.dropFirst()
    }
}
