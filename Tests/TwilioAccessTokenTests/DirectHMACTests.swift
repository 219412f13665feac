import Crypto
import Testing

@testable import TwilioAccessToken

@Suite("HMAC computed straight from byte buffers")
struct DirectHMACTests {
    @Test("RFC 4231 test case 2: HMAC-SHA256 with the key \"Jefe\"")
    func rfc4231() {
        let message = Array("what do ya want for nothing?".utf8)
        let mac = message.withUnsafeBytes { DirectHMAC<SHA256>.authenticationCode(for: $0, secret: "Jefe") }
        #expect(Self.hex(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    /// Keys shorter than, equal to and longer than each hash's block (64 bytes for SHA-1 and
    /// SHA-256, 128 for SHA-384 and SHA-512): a longer key is hashed first.
    @Test("the same bytes as swift-crypto's HMAC around every block size", arguments: [0, 1, 20, 63, 64, 65, 127, 128, 129, 300])
    func matchesCrypto(keyLength: Int) {
        let key = (0..<keyLength).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let message = Array(#"{"jti":"SK00000000000000000000000000000000-1700000000"}"#.utf8) + (0..<300).map { UInt8(truncatingIfNeeded: $0) }
        let symmetricKey = SymmetricKey(data: key)
        key.withUnsafeBytes { key in
            message.withUnsafeBytes { message in
                #expect(Array(DirectHMAC<Insecure.SHA1>.authenticationCode(for: message, key: key))
                    == Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: symmetricKey)))
                #expect(Array(DirectHMAC<SHA256>.authenticationCode(for: message, key: key))
                    == Array(HMAC<SHA256>.authenticationCode(for: message, using: symmetricKey)))
                #expect(Array(DirectHMAC<SHA384>.authenticationCode(for: message, key: key))
                    == Array(HMAC<SHA384>.authenticationCode(for: message, using: symmetricKey)))
                #expect(Array(DirectHMAC<SHA512>.authenticationCode(for: message, key: key))
                    == Array(HMAC<SHA512>.authenticationCode(for: message, using: symmetricKey)))
            }
        }
    }

    @Test("an empty message")
    func emptyMessage() {
        let expected = Array(HMAC<SHA256>.authenticationCode(for: [UInt8](), using: SymmetricKey(data: Array("secret".utf8))))
        let mac = [UInt8]().withUnsafeBytes { DirectHMAC<SHA256>.authenticationCode(for: $0, secret: "secret") }
        #expect(Array(mac) == expected)
    }

    private static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
