/// Pieces of Swift source text the generated packages are made of.
///
/// ```swift
/// SwiftSource.literal("say \"hi\"")   // "\"say \\\"hi\\\"\""
/// ```
public enum SwiftSource {
    /// `text` as a Swift string literal, quotes included: backslashes, quotes and control
    /// characters are escaped, so any file name or value can be embedded.
    public static func literal(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    /// `text` as the inside of a Swift string literal (so `\(` stays text): backslashes, quotes,
    /// control characters and the line and paragraph separators are escaped.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value):
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
