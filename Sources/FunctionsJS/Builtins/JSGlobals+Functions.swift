extension JSGlobals {
    /// `parseInt`, `parseFloat`, `isNaN`, `isFinite` and the URI functions.
    static let globalFunctions: [String: JSBuiltinMethod] = [
        "parseInt": parseIntMethod,
        "parseFloat": parseFloatMethod,
        "isNaN": JSBuiltinMethod(1) { _, arguments in .bool(arguments[0].toNumber.isNaN) },
        "isFinite": JSBuiltinMethod(1) { _, arguments in .bool(arguments[0].toNumber.isFinite) },
        "encodeURIComponent": JSBuiltinMethod(1) { _, arguments in
            .string(encodeURI(arguments[0].toString, keeping: uriUnreserved))
        },
        "encodeURI": JSBuiltinMethod(1) { _, arguments in
            .string(encodeURI(arguments[0].toString, keeping: uriUnreserved.union(uriReserved)))
        },
        "decodeURIComponent": JSBuiltinMethod(1) { _, arguments in
            .string(try decodeURI(arguments[0].toString, preserving: []))
        },
        "decodeURI": JSBuiltinMethod(1) { _, arguments in
            .string(try decodeURI(arguments[0].toString, preserving: uriReserved))
        },
    ]

    static let parseIntMethod = JSBuiltinMethod(2) { _, arguments in
        .number(parseInt(arguments[0].toString, radix: arguments[1]))
    }
    static let parseFloatMethod = JSBuiltinMethod(1) { _, arguments in .number(parseFloat(arguments[0].toString)) }

    static let uriUnreserved: Set<UInt8> = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()".utf8))
    static let uriReserved: Set<UInt8> = Set(Array(";/?:@&=+$,#".utf8))

    /// `parseInt`: leading whitespace and sign, `0x` for radix 16 or 0, digits up to the first invalid one.
    static func parseInt(_ text: String, radix radixValue: JSValue) -> Double {
        var scalars = Substring(JSStrings.trim(text, start: true, end: false)).unicodeScalars[...]
        var sign = 1.0
        if let first = scalars.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            scalars = scalars.dropFirst()
        }
        var radix = Int(radixValue.toInt32)
        var stripPrefix = true
        if radix != 0 {
            guard (2...36).contains(radix) else { return .nan }
            stripPrefix = radix == 16
        } else {
            radix = 10
        }
        if stripPrefix, scalars.count >= 2, scalars.first == "0",
            scalars[scalars.index(after: scalars.startIndex)] == "x" || scalars[scalars.index(after: scalars.startIndex)] == "X"
        {
            scalars = scalars.dropFirst(2)
            radix = 16
        }
        let digits = scalars.prefix { JSNumberFormatter.digitValue($0).map { $0 < radix } ?? false }
        guard !digits.isEmpty else { return .nan }
        if radix == 10, let exact = Double(String(String.UnicodeScalarView(digits))) { return sign * exact }
        return sign * (JSNumberFormatter.parseInteger(ArraySlice(digits), radix: radix) ?? .nan)
    }

    /// `parseFloat`: the longest decimal-literal prefix (or `Infinity`) after leading whitespace.
    static func parseFloat(_ text: String) -> Double {
        let trimmed = Array(JSStrings.trim(text, start: true, end: false).utf8)
        var index = 0
        if index < trimmed.count, trimmed[index] == UInt8(ascii: "+") || trimmed[index] == UInt8(ascii: "-") { index += 1 }
        let signEnd = index
        if trimmed[signEnd...].starts(with: Array("Infinity".utf8)) {
            return trimmed.first == UInt8(ascii: "-") ? -.infinity : .infinity
        }
        func isDigit(_ at: Int) -> Bool { at < trimmed.count && trimmed[at] >= 0x30 && trimmed[at] <= 0x39 }
        var sawDigit = false
        while isDigit(index) {
            index += 1
            sawDigit = true
        }
        if index < trimmed.count, trimmed[index] == UInt8(ascii: ".") {
            var after = index + 1
            while isDigit(after) {
                after += 1
                sawDigit = true
            }
            if sawDigit { index = after }
        }
        guard sawDigit else { return .nan }
        if index < trimmed.count, trimmed[index] == UInt8(ascii: "e") || trimmed[index] == UInt8(ascii: "E") {
            var after = index + 1
            if after < trimmed.count, trimmed[after] == UInt8(ascii: "+") || trimmed[after] == UInt8(ascii: "-") { after += 1 }
            if isDigit(after) {
                while isDigit(after) { after += 1 }
                index = after
            }
        }
        var literal = String(decoding: trimmed[..<index], as: UTF8.self)
        if literal.hasSuffix(".") { literal.removeLast() }
        return Double(literal) ?? .nan
    }

    static func encodeURI(_ text: String, keeping: Set<UInt8>) -> String {
        var output: [UInt8] = []
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            if keeping.contains(byte) {
                output.append(byte)
            } else {
                output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Percent-decodes UTF-8; a malformed escape or invalid UTF-8 is a URIError, as in JavaScript.
    static func decodeURI(_ text: String, preserving: Set<UInt8>) throws -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        func hexByte(_ at: Int) -> UInt8? {
            guard at + 2 < bytes.count, bytes[at] == UInt8(ascii: "%"),
                let high = JSNumberFormatter.digitValue(Unicode.Scalar(bytes[at + 1])), high < 16,
                let low = JSNumberFormatter.digitValue(Unicode.Scalar(bytes[at + 2])), low < 16
            else { return nil }
            return UInt8(high * 16 + low)
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "%") else {
                output.append(bytes[index])
                index += 1
                continue
            }
            guard let first = hexByte(index) else { throw JSThrow.error("URIError", "URI malformed") }
            if first < 0x80 {
                if preserving.contains(first) {
                    output += bytes[index..<index + 3]
                } else {
                    output.append(first)
                }
                index += 3
                continue
            }
            let count = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
            guard count > 0 else { throw JSThrow.error("URIError", "URI malformed") }
            var sequence = [first]
            for offset in 1..<count {
                guard let next = hexByte(index + 3 * offset), next & 0xC0 == 0x80 else {
                    throw JSThrow.error("URIError", "URI malformed")
                }
                sequence.append(next)
            }
            guard String(validating: sequence, as: UTF8.self) != nil else { throw JSThrow.error("URIError", "URI malformed") }
            output += sequence
            index += 3 * count
        }
        return String(decoding: output, as: UTF8.self)
    }
}
