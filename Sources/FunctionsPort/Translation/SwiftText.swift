/// Spelling JavaScript names and values as Swift source.
enum SwiftText {
    /// Swift keywords that need backticks to be used as a local name.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true",
        "try", "some", "any", "consume", "borrowing", "consuming",
    ]

    /// JavaScript names that would shadow what the generated code itself refers to or a Swift type, and `_`
    /// (lodash's usual name), which Swift keeps for discarding.
    static let renamed: Set<String> = [
        "_", "js", "JSValue", "JSThrow", "JSModule", "JSSpreadPart", "JSObjectPart", "JSBitwise", "FunctionsJS", "Swift",
        "this", "arguments", "String", "Array", "Error", "Bool", "Int", "Double", "Date", "Set", "Dictionary",
        "Result", "Task", "Optional", "Character", "Never", "Void", "Type", "Protocol", "Sendable",
    ]

    /// Members of `JSValue` itself: a JavaScript property with one of these names is read with a subscript.
    static let valueMembers: Set<String> = [
        "and", "apply", "array", "asyncFunction", "awaited", "bitwise", "bool", "call", "delete", "description",
        "dynamicallyCall", "function", "get", "instanceOf", "isCallable", "isIn", "isNullish", "isTruthy",
        "isUndefined", "iteratedValues", "native", "new", "null", "nullish", "number", "numberValue", "object",
        "objectValue", "or", "power", "promise", "promiseState", "propertyKey", "regex", "rejectedPromise",
        "resolvedPromise", "set", "spreading", "strictlyEquals", "looselyEquals", "string", "stringValue",
        "toIntegerOrInfinity", "toInt32", "toUInt32", "toJSON", "toNumber", "toPrimitive", "toString", "typeName",
        "typeof", "undefined", "debugName", "init", "self", "Type", "Protocol", "Self", "dynamicMember",
        "getProperty", "setProperty", "invoke", "makeError", "buffer", "reservedMemberNames",
    ]

    /// The Swift spelling of a JavaScript variable name.
    static func name(_ name: String) -> String {
        if renamed.contains(name) { return name + "_" }
        let swiftName = isPlainIdentifier(name) ? name : sanitized(name)
        return keywords.contains(swiftName) ? "`\(swiftName)`" : swiftName
    }

    /// `.name` when it reads as a Swift member, else `["name"]`.
    static func member(_ name: String) -> String {
        if isPlainIdentifier(name), name != "_", !valueMembers.contains(name), !keywords.contains(name) {
            return "." + name
        }
        return "[\(literal(name))]"
    }

    /// An ASCII identifier (`$` excluded: Swift reserves it).
    static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetter || $0 == "_" || ("0"..."9").contains($0) }
    }

    /// A JavaScript identifier with `$` and other characters Swift does not allow spelled out.
    private static func sanitized(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            if scalar == "$" {
                result += "dollar_"
            } else if scalar.isASCIILetter || scalar == "_" || ("0"..."9").contains(scalar) || scalar.value > 0x7F {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_"
            }
        }
        if let first = result.unicodeScalars.first, ("0"..."9").contains(first) { result = "_" + result }
        return result
    }

    /// A Swift string literal holding `text` exactly.
    static func literal(_ text: String) -> String {
        SwiftSource.literal(text)
    }

    /// `text` escaped for the inside of a Swift string literal (so `\(` stays text).
    static func escaped(_ text: String) -> String {
        SwiftSource.escaped(text)
    }

    /// A regular expression pattern as a Swift literal: a raw string when it has backslashes.
    static func pattern(_ text: String) -> String {
        let plain = !text.contains(where: { $0.isNewline || $0 == "\t" })
        if plain, text.contains("\\"), !text.contains("\"#") {
            return "#\"" + text + "\"#"
        }
        return literal(text)
    }

    /// A JavaScript number literal as a Swift literal.
    static func number(_ value: Double) -> String {
        if !value.isFinite { return "JSValue.number(.infinity)" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
