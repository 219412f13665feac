/// Percent-encoding for paths, query strings and form bodies, as twilio-node applies it.
///
/// twilio-node serialises both query parameters and form bodies with `qs.stringify` in its
/// default RFC 3986 format: only the unreserved characters `A-Z a-z 0-9 - . _ ~` stay as they
/// are, everything else is UTF-8 percent-encoded with uppercase hex, and a space is `%20`
/// (never `+`). Twilio decodes `%20` and `+` alike, so this only matters for byte-exact tests
/// and for signatures computed over the raw body.
enum URLEncoding {
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `string` with every byte outside the unreserved set percent-encoded.
    static func percentEncode(_ string: String) -> String {
        // SIDs, unique names like `streaming_info` and most values need no escape at all.
        if string.utf8.allSatisfy(isUnreserved) { return string }
        var output: [UInt8] = []
        output.reserveCapacity(string.utf8.count)
        appendPercentEncoded(string, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func appendPercentEncoded(_ string: String, to output: inout [UInt8]) {
        for byte in string.utf8 {
            if isUnreserved(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
    }

    /// `name=value` pairs joined by `&`, both sides percent-encoded, in the order given.
    static func formEncode(_ pairs: [(String, String)]) -> String {
        pairs.map { percentEncode($0.0) + "=" + percentEncode($0.1) }.joined(separator: "&")
    }

    /// A path made of `segments`, each percent-encoded so that a `/`, `?` or `#` inside a unique
    /// name stays part of its segment instead of changing the route.
    static func path(_ segments: [String]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(segments.reduce(0) { $0 + 1 + $1.utf8.count })
        for segment in segments {
            output.append(UInt8(ascii: "/"))
            appendPercentEncoded(segment, to: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The pairs of a query string (`a=1&b=x%20y`), with `+` read as a space, as servers and
    /// `qs.parse` read form-style queries.
    static func formDecode(_ query: Substring) -> [(String, String)] {
        query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? percentDecode(parts[1]) : ""
            return (percentDecode(parts[0]), value)
        }
    }

    /// `text` with `%XX` escapes and `+` decoded; malformed escapes are kept as they are.
    static func percentDecode(_ text: Substring) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
