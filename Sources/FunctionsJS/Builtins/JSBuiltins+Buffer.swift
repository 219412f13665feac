extension JSBuiltins {
    /// A `Buffer`'s methods.
    static let bufferMethods: [String: JSBuiltinMethod] = [
        "toString": JSBuiltinMethod(1) { this, arguments in
            let bytes = try bufferThis(this).bytes
            let start = arguments.argument(1).isUndefined ? 0 : arguments[1].clampedInteger(0...bytes.count)
            let end = arguments.argument(2).isUndefined ? bytes.count : arguments[2].clampedInteger(start...bytes.count)
            return .string(try JSBufferEncoding.encode(Array(bytes[start..<end]), arguments[0]))
        },
        "toJSON": JSBuiltinMethod(0) { this, _ in
            let bytes = try bufferThis(this).bytes
            return .object([("type", "Buffer"), ("data", .array(bytes.map { .number(Double($0)) }))])
        },
        "equals": JSBuiltinMethod(1) { this, arguments in
            guard let other = arguments[0].native(as: JSBuffer.self) else {
                throw JSThrow.typeError("The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array.")
            }
            return .bool(try bufferThis(this).bytes == other.bytes)
        },
    ]

    private static func bufferThis(_ this: JSValue) throws -> JSBuffer {
        guard let buffer = this.native(as: JSBuffer.self) else { throw JSThrow.typeError("argument must be a buffer") }
        return buffer
    }
}

/// Node.js `Buffer` encodings: utf8, base64, base64url, hex, latin1/binary, ascii.
enum JSBufferEncoding {
    static func name(_ value: JSValue) throws -> String {
        if value.isUndefined { return "utf8" }
        switch value.toString.lowercased() {
        case "utf8", "utf-8": return "utf8"
        case "base64": return "base64"
        case "base64url": return "base64url"
        case "hex": return "hex"
        case "latin1", "binary": return "latin1"
        case "ascii": return "ascii"
        default: throw JSThrow.typeError("Unknown encoding: \(value.toString)")
        }
    }

    static func encode(_ bytes: [UInt8], _ encoding: JSValue) throws -> String {
        switch try name(encoding) {
        case "base64": return base64(bytes, url: false)
        case "base64url": return base64(bytes, url: true)
        case "hex": return bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        case "latin1": return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case "ascii": return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0 & 0x7F) }))
        default: return String(decoding: bytes, as: UTF8.self)
        }
    }

    static func decode(_ text: String, _ encoding: JSValue) throws -> [UInt8] {
        switch try name(encoding) {
        case "base64", "base64url": return decodeBase64(text)
        case "hex":
            var bytes: [UInt8] = []
            let digits = Array(text.unicodeScalars)
            var index = 0
            while index + 1 < digits.count, let high = JSNumberFormatter.digitValue(digits[index]), high < 16,
                let low = JSNumberFormatter.digitValue(digits[index + 1]), low < 16
            {
                bytes.append(UInt8(high * 16 + low))
                index += 2
            }
            return bytes
        case "latin1", "ascii": return text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        default: return Array(text.utf8)
        }
    }

    static func base64(_ bytes: [UInt8], url: Bool) -> String {
        let alphabet = Array((url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/").utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(0) { $0 | Int($1.element) << (16 - 8 * $1.offset) }
            for position in 0..<(chunk.count + 1) { output.append(alphabet[(value >> (18 - 6 * position)) & 63]) }
            if !url { output += repeatElement(UInt8(ascii: "="), count: 3 - chunk.count) }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Lenient, like Node: both alphabets, padding optional, other characters skipped.
    static func decodeBase64(_ text: String) -> [UInt8] {
        var bits = 0
        var count = 0
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            let value: Int
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = Int(byte) - 65
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = Int(byte) - 71
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = Int(byte) + 4
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            case UInt8(ascii: "="): return bytes
            default: continue
            }
            bits = (bits << 6 | value) & 0xFFFFFF
            count += 6
            if count >= 8 {
                count -= 8
                bytes.append(UInt8((bits >> count) & 0xFF))
            }
        }
        return bytes
    }
}
