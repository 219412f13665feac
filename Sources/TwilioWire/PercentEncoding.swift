/// Percent-encoding of paths, query strings and `application/x-www-form-urlencoded` bodies: the one
/// codec every module uses.
///
/// Encoding keeps only RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) and writes every
/// other UTF-8 byte as `%XX` with uppercase hex. A space is the one choice that differs between
/// writers, so callers name it: ``Spaces/percent20`` as twilio-node's `qs.stringify` writes forms,
/// ``Spaces/plus`` as Python's `urlencode` does. Twilio reads both alike; only byte-exact bodies
/// and signatures over them tell the difference. Decoding always reads `+` in a form as a space.
///
/// ```swift
/// PercentEncoding.encodeForm([("Body", "hi there")], spaces: .plus)    // "Body=hi+there"
/// PercentEncoding.encodePath(["v1", "Documents", "my doc/1"])           // "/v1/Documents/my%20doc%2F1"
/// try PercentEncoding.decodeForm("a=1&b=x+y".utf8)                      // [("a", "1"), ("b", "x y")]
/// ```
public enum PercentEncoding {
    /// How a space is written in a form.
    public enum Spaces: Sendable {
        /// `%20`, as twilio-node and the runtime's own encoders write it.
        case percent20
        /// `+`, as Python's `urlencode` and HTML forms write it.
        case plus
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// `text` with every byte outside the unreserved set percent-encoded; returned as it is when
    /// nothing needs escaping (SIDs and most unique names).
    public static func encode(_ text: String, spaces: Spaces = .percent20) -> String {
        if text.utf8.allSatisfy(isUnreserved) { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        append(text, spaces: spaces, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `name=value` pairs joined by `&`, both sides encoded, in the order given.
    public static func encodeForm(_ pairs: [(String, String)], spaces: Spaces) -> String {
        var output: [UInt8] = []
        for (name, value) in pairs {
            if !output.isEmpty { output.append(UInt8(ascii: "&")) }
            append(name, spaces: spaces, to: &output)
            output.append(UInt8(ascii: "="))
            append(value, spaces: spaces, to: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A path made of `segments`, each encoded so that a `/`, `?` or `#` inside a unique name
    /// stays part of its segment instead of changing the route.
    public static func encodePath(_ segments: [String]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(segments.reduce(0) { $0 + 1 + $1.utf8.count })
        for segment in segments {
            output.append(UInt8(ascii: "/"))
            append(segment, spaces: .percent20, to: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func append(_ text: String, spaces: Spaces, to output: inout [UInt8]) {
        for byte in text.utf8 {
            if isUnreserved(byte) {
                output.append(byte)
            } else if byte == UInt8(ascii: " "), spaces == .plus {
                output.append(UInt8(ascii: "+"))
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
    }

    /// The name/value pairs of a query string or form body, decoded (`+` is a space), repeated
    /// names kept in order; empty fields (`a=1&&b=2`) are skipped.
    /// - Throws: ``PercentDecodingError`` naming the parameter whose escapes or UTF-8 are invalid.
    public static func decodeForm(_ bytes: some Collection<UInt8>) throws(PercentDecodingError) -> [(String, String)] {
        // Decoded from a buffer, so the loops below are compiled once, for raw bytes, rather than
        // run through a generic collection's witnesses from other modules.
        let decoded = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(PercentDecodingError) in try decodeForm(buffer: buffer) }
        }
        if let decoded { return try decoded.get() }
        return try Array(bytes).withUnsafeBufferPointer { buffer throws(PercentDecodingError) in try decodeForm(buffer: buffer) }
    }

    /// One percent-encoded component, decoded; `plusAsSpace` reads `+` as a space, as forms do.
    /// - Throws: the fault: a `%` without two hex digits after it, or bytes that are not UTF-8.
    public static func decode(_ bytes: some Collection<UInt8>, plusAsSpace: Bool) throws(PercentDecodingError.Fault) -> String {
        let decoded = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(PercentDecodingError.Fault) in try decode(buffer: buffer[...], plusAsSpace: plusAsSpace) }
        }
        if let decoded { return try decoded.get() }
        return try Array(bytes).withUnsafeBufferPointer { buffer throws(PercentDecodingError.Fault) in
            try decode(buffer: buffer[...], plusAsSpace: plusAsSpace)
        }
    }

    private static func decodeForm(buffer bytes: UnsafeBufferPointer<UInt8>) throws(PercentDecodingError) -> [(String, String)] {
        var pairs: [(String, String)] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "&") { end += 1 }
            if end > start {
                let field = bytes[start..<end]
                let separator = field.firstIndex(of: UInt8(ascii: "="))
                let rawName = separator.map { field[field.startIndex..<$0] } ?? field
                let rawValue = separator.map { field[($0 + 1)...] } ?? field[end...]
                let name: String
                do {
                    name = try decode(buffer: rawName, plusAsSpace: true)
                } catch {
                    throw PercentDecodingError(fault: error, parameter: nil, rawName: String(decoding: rawName.prefix(40), as: UTF8.self))
                }
                do {
                    pairs.append((name, try decode(buffer: rawValue, plusAsSpace: true)))
                } catch {
                    throw PercentDecodingError(fault: error, parameter: name, rawName: name)
                }
            }
            start = end + 1
        }
        return pairs
    }

    private static func decode(buffer bytes: Slice<UnsafeBufferPointer<UInt8>>, plusAsSpace: Bool) throws(PercentDecodingError.Fault) -> String {
        if !bytes.contains(where: { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }) {
            guard let string = UTF8Text.string(UnsafeBufferPointer(rebasing: bytes)) else { throw .invalidUTF8 }
            return string
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "%") else {
                output.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                continue
            }
            guard index + 1 < bytes.endIndex, let high = hexValue(bytes[index]), let low = hexValue(bytes[index + 1]) else {
                throw .badEscape
            }
            index += 2
            output.append(high << 4 | low)
        }
        guard let string = output.withUnsafeBufferPointer(UTF8Text.string) else { throw .invalidUTF8AfterDecoding }
        return string
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
