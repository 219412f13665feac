import TwilioJSON

/// The Twilio parameters of a request: the form body of a `POST`, the query string otherwise.
///
/// Names are case-sensitive as Twilio's (`UniqueName`, `PageSize`); a repeated name keeps its first
/// value; parameters nobody asks for are ignored, as Twilio ignores unknown ones.
struct RequestParameters: Sendable {
    private var pairs: [(name: String, value: String)]

    init(_ pairs: [(name: String, value: String)] = []) {
        self.pairs = pairs
    }

    /// The parameters of `request`.
    /// - Throws: 400 naming the parameter whose percent-encoding or UTF-8 is invalid.
    init(of request: EmulatorRequest) throws(EmulatorError) {
        if request.method == "POST" {
            try self.init(decoding: request.body)
        } else {
            try self.init(decoding: Array((request.query ?? "").utf8))
        }
    }

    /// Decodes `application/x-www-form-urlencoded` bytes (`+` is a space).
    init(decoding bytes: [UInt8]) throws(EmulatorError) {
        pairs = []
        for field in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let separator = field.firstIndex(of: UInt8(ascii: "="))
            let rawName = separator.map { field[field.startIndex..<$0] } ?? field[...]
            let rawValue = separator.map { field[($0 + 1)...] } ?? field[field.endIndex...]
            guard let name = Self.decode(rawName, plusAsSpace: true) else {
                throw .invalidParameter(
                    "parameter name",
                    "`\(String(decoding: rawName.prefix(40), as: UTF8.self))` is not valid percent-encoded UTF-8"
                )
            }
            guard let value = Self.decode(rawValue, plusAsSpace: true) else {
                throw .invalidParameter(name, "the value is not valid percent-encoded UTF-8; encode % as %25")
            }
            pairs.append((name, value))
        }
    }

    /// The value of `name`, if sent.
    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Percent-decodes `bytes`; `nil` when a `%` is not followed by two hex digits or the result
    /// is not UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>, plusAsSpace: Bool) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex,
                    let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
                else { return nil }
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return UTF8Text.string(output)
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
