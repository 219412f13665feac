import TwilioJSON

/// Decoding of `application/x-www-form-urlencoded` text and percent-encoded components.
enum URLEncoding {
    /// The name/value pairs of a query string or form body, decoded (`+` is a space).
    /// - Throws: a reason when a `%` is not followed by two hex digits or the bytes are not UTF-8.
    static func decodePairs(_ bytes: some Collection<UInt8>, source: String) throws(FunctionsError) -> [(String, String)] {
        var pairs: [(String, String)] = []
        var start = bytes.startIndex
        var index = start
        func flush(_ end: some Collection<UInt8>) throws(FunctionsError) {
            guard !end.isEmpty else { return }
            let separator = end.firstIndex(of: UInt8(ascii: "="))
            let nameBytes = separator.map { end[end.startIndex..<$0] } ?? end[...]
            let valueBytes = separator.map { end[end.index(after: $0)...] } ?? end[end.endIndex...]
            let name = try decodeComponent(nameBytes, plusAsSpace: true, source: source)
            let value = try decodeComponent(valueBytes, plusAsSpace: true, source: source, name: name)
            pairs.append((name, value))
        }
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "&") {
                try flush(bytes[start..<index])
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        try flush(bytes[start..<index])
        return pairs
    }

    /// Decodes one percent-encoded component.
    static func decodeComponent(
        _ bytes: some Collection<UInt8>,
        plusAsSpace: Bool,
        source: String,
        name: String? = nil
    ) throws(FunctionsError) -> String {
        // Only an error needs these words; building them for every parameter was most of the cost.
        func what() -> String { name.map { "the value of \(source) parameter \"\($0)\"" } ?? "a \(source) parameter name" }
        if !bytes.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) {
            guard let string = UTF8Text.string(bytes) else {
                throw FunctionsError(.badRequest, "\(what()) is not valid UTF-8.")
            }
            return string
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let first = bytes.index(after: index)
                guard first != bytes.endIndex, let high = hexValue(bytes[first]) else {
                    throw FunctionsError(.badRequest, "\(what()) has a % that is not followed by two hex digits; encode % as %25.")
                }
                let second = bytes.index(after: first)
                guard second != bytes.endIndex, let low = hexValue(bytes[second]) else {
                    throw FunctionsError(.badRequest, "\(what()) has a % that is not followed by two hex digits; encode % as %25.")
                }
                output.append(high << 4 | low)
                index = bytes.index(after: second)
                continue
            }
            output.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index = bytes.index(after: index)
        }
        guard let string = output.withUnsafeBufferPointer(UTF8Text.string) else {
            throw FunctionsError(.badRequest, "\(what()) is not valid UTF-8 once percent-decoded.")
        }
        return string
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
