/// Writes ``JSONValue``s as compact JSON, byte for byte as JavaScript's `JSON.stringify` does.
///
/// Strings are raw UTF-8; only `"`, `\` and control characters are escaped (`\n`, `\u001f`, ...),
/// and `/` is not. Integral doubles are written without a fraction, non-finite numbers as `null`.
public enum JSONWriter {
    /// Appends the JSON text of `value` to `output`.
    public static func write(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): writeInteger(number, into: &output)
        case .double(let number): writeDouble(number, into: &output)
        case .string(let string): writeString(string, into: &output)
        case .array(let values):
            output.append(UInt8(ascii: "["))
            for (offset, element) in values.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                write(element, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            for (offset, entry) in object.entries.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                writeString(entry.key, into: &output)
                output.append(UInt8(ascii: ":"))
                write(entry.value, into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// `string` as a quoted JSON string, escaped as `JSON.stringify` escapes it.
    public static func quoted(_ string: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(string.utf8.count + 2)
        writeString(string, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `string` as a quoted JSON string.
    public static func writeString(_ string: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            var offset = 0
            while offset < bytes.count {
                // Eight bytes at a time while none needs escaping: a token answered on every
                // request is hundreds of bytes of base64url, all of it plain.
                if offset + 8 <= bytes.count,
                    !needsEscape(UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
                {
                    offset += 8
                    continue
                }
                let byte = bytes[offset]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                    appendEscape(for: byte, into: &output)
                    runStart = offset + 1
                }
                offset += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes of `word` is a control character, `"` or `\`.
    ///
    /// `(x - 0x01…) & ~x & 0x80…` is non-zero exactly when some byte of `x` is zero; a byte below
    /// 0x20 is one whose top three bits are clear, and `"` or `\` one that XORs to zero.
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highBits != 0 }
        return hasZeroByte(word & 0xE0E0_E0E0_E0E0_E0E0) || hasZeroByte(word ^ 0x2222_2222_2222_2222)
            || hasZeroByte(word ^ 0x5C5C_5C5C_5C5C_5C5C)
    }

    private static func appendEscape(for byte: UInt8, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: output.append(UInt8(ascii: "\""))
        case 0x5C: output.append(UInt8(ascii: "\\"))
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        case 0x09: output.append(UInt8(ascii: "t"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            output.append(contentsOf: "u00".utf8)
            output.append(hex[Int(byte >> 4)])
            output.append(hex[Int(byte & 0x0F)])
        }
    }

    /// Appends the decimal digits of `number`.
    public static func writeInteger(_ number: Int, into output: inout [UInt8]) {
        if number == 0 {
            output.append(UInt8(ascii: "0"))
            return
        }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            if number < 0 { output.append(UInt8(ascii: "-")) }
            output.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private static func writeDouble(_ number: Double, into output: inout [UInt8]) {
        guard number.isFinite else {
            output.append(contentsOf: "null".utf8)
            return
        }
        if number.rounded() == number, abs(number) < 9_007_199_254_740_992, let exact = Int(exactly: number) {
            writeInteger(exact, into: &output)
        } else {
            output.append(contentsOf: javaScriptText(number).utf8)
        }
    }

    /// The text JavaScript's `Number.prototype.toString` gives for a finite number: the same
    /// shortest digits as Swift's `description`, laid out by ECMAScript's rules (plain decimals for
    /// 1e-7 <= |x| < 1e21, otherwise `d.ddde+N` without a leading zero in the exponent).
    ///
    /// ```swift
    /// JSONWriter.javaScriptText(1e21)   // "1e+21"
    /// JSONWriter.javaScriptText(0.1 + 0.2)   // "0.30000000000000004"
    /// ```
    public static func javaScriptText(_ number: Double) -> String {
        let text = number.magnitude.description
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0]
        var digits = Array(mantissa.filter { $0 != "." })
        var pointPosition = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        while digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        guard !digits.isEmpty else { return "0" }
        let k = digits.count
        let n = pointPosition + exponent
        var result = number < 0 ? "-" : ""
        if k <= n, n <= 21 {
            result += String(digits) + String(repeating: "0", count: n - k)
        } else if 0 < n, n <= 21 {
            result += String(digits[..<n]) + "." + String(digits[n...])
        } else if -6 < n, n <= 0 {
            result += "0." + String(repeating: "0", count: -n) + String(digits)
        } else {
            result += String(digits[0]) + (k > 1 ? "." + String(digits[1...]) : "")
            result += "e" + (n - 1 >= 0 ? "+" : "-") + String(abs(n - 1))
        }
        return result
    }
}

extension JSONValue {
    /// The compact JSON bytes of this value.
    public var jsonBytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(64)
        JSONWriter.write(self, into: &output)
        return output
    }

    /// The compact JSON text of this value.
    public var jsonString: String {
        String(decoding: jsonBytes, as: UTF8.self)
    }
}
