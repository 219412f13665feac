/// `application/x-www-form-urlencoded` decoding, as the runtime reads query strings and form bodies.
public enum FormEncoding {
    /// The decoded name/value pairs of a form body or query string, repeated names kept in order.
    /// - Throws: ``FunctionsError`` (`badRequest`) naming the parameter with bad percent-encoding or UTF-8.
    public static func decode(_ bytes: some Collection<UInt8>, source: String = "form") throws(FunctionsError) -> [(String, String)] {
        try URLEncoding.decodePairs(bytes, source: source)
    }

    /// `name=value&…` with every byte outside `A-Z a-z 0-9 - . _ ~` percent-encoded (a space as
    /// `%20`), as Twilio's libraries encode forms.
    public static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { percentEncode($0.0) + "=" + percentEncode($0.1) }.joined(separator: "&")
    }

    private static func percentEncode(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.unicodeScalars.append(UnicodeScalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                output += "%" + String(UnicodeScalar(hex[Int(byte >> 4)])) + String(UnicodeScalar(hex[Int(byte & 0x0F)]))
            }
        }
        return output
    }
}
