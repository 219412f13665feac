/// Unpadded base64url (RFC 4648 §5) over bytes, the only encoding a JWS compact token uses.
///
/// Foundation's `Data.base64EncodedString()` gives the standard alphabet with padding, which
/// would need two string replacements and a trim per segment; encoding straight into the
/// token's byte buffer skips all of that.
enum Base64URL {
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Maps an ASCII byte to its 6-bit value, or `invalid`.
    private static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: invalid, count: 256)
        for (value, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(value) }
        return table
    }()

    private static let invalid: UInt8 = 0xFF

    /// The length of the unpadded encoding of `count` bytes.
    static func encodedCount(of count: Int) -> Int {
        count / 3 * 4 + (count % 3 == 0 ? 0 : count % 3 + 1)
    }

    /// Appends the unpadded base64url encoding of `bytes` to `output`.
    static func encode(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        let start = output.count
        let count = encodedCount(of: bytes.count)
        // Grown once, then filled through a pointer: appending byte by byte costs a capacity
        // and uniqueness check per character, on every token.
        output.append(contentsOf: repeatElement(0, count: count))
        output.withUnsafeMutableBufferPointer { buffer in
            alphabet.withUnsafeBufferPointer { alphabet in
                var out = start
                var index = 0
                while index + 3 <= bytes.count {
                    let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
                    buffer[out] = alphabet[Int(chunk >> 18)]
                    buffer[out + 1] = alphabet[Int(chunk >> 12 & 0x3F)]
                    buffer[out + 2] = alphabet[Int(chunk >> 6 & 0x3F)]
                    buffer[out + 3] = alphabet[Int(chunk & 0x3F)]
                    out += 4
                    index += 3
                }
                switch bytes.count - index {
                case 1:
                    let chunk = UInt32(bytes[index]) << 16
                    buffer[out] = alphabet[Int(chunk >> 18)]
                    buffer[out + 1] = alphabet[Int(chunk >> 12 & 0x3F)]
                case 2:
                    let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8
                    buffer[out] = alphabet[Int(chunk >> 18)]
                    buffer[out + 1] = alphabet[Int(chunk >> 12 & 0x3F)]
                    buffer[out + 2] = alphabet[Int(chunk >> 6 & 0x3F)]
                default:
                    break
                }
            }
        }
    }

    /// Appends the unpadded base64url encoding of `bytes` to `output`.
    static func encode(_ bytes: [UInt8], into output: inout [UInt8]) {
        bytes.withUnsafeBytes { encode($0, into: &output) }
    }

    /// The unpadded base64url encoding of `bytes`.
    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        encode(bytes, into: &output)
        return output
    }

    /// Why a segment is not canonical unpadded base64url.
    enum DecodingFailure: Error, Equatable {
        /// A byte outside `A-Z a-z 0-9 - _` (padding `=` and the standard `+` `/` included).
        case invalidByte(UInt8, offset: Int)
        /// A length of 4n+1, which no byte string encodes to.
        case impossibleLength
        /// Leftover bits in the last character are not zero, so a second spelling of the same
        /// bytes would exist; rejecting it keeps one token text per signature.
        case nonCanonicalTail
    }

    /// Decodes strict unpadded base64url.
    static func decode(_ text: some Collection<UInt8>) -> Result<[UInt8], DecodingFailure> {
        if text.count % 4 == 1 { return .failure(.impossibleLength) }
        var output: [UInt8] = []
        output.reserveCapacity(text.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for (offset, byte) in text.enumerated() {
            let value = decodeTable[Int(byte)]
            guard value != invalid else { return .failure(.invalidByte(byte, offset: offset)) }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        guard accumulator == 0 else { return .failure(.nonCanonicalTail) }
        return .success(output)
    }
}
