import Crypto

/// The HMAC algorithms a Twilio access token may be signed with, by their JWS `alg` names.
///
/// twilio-node's `toJwt(algorithm)` accepts HS256, HS384 and HS512; minting here always uses
/// HS256 (both libraries' default), while verification follows the token's header.
enum HMACAlgorithm: String, Sendable {
    case hs256 = "HS256"
    case hs384 = "HS384"
    case hs512 = "HS512"

    /// The MAC of `message` keyed with the UTF-8 bytes of `secret`, as jws does with a string secret.
    func authenticationCode(for message: UnsafeRawBufferPointer, secret: String) -> [UInt8] {
        let key = SymmetricKey(data: Array(secret.utf8))
        switch self {
        case .hs256: return Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
        case .hs384: return Array(HMAC<SHA384>.authenticationCode(for: message, using: key))
        case .hs512: return Array(HMAC<SHA512>.authenticationCode(for: message, using: key))
        }
    }

    /// Compares two byte strings in time that depends only on their lengths.
    ///
    /// A comparison that stops at the first differing byte tells an attacker, by its timing, how
    /// many leading bytes of a forged signature are right. Lengths are public (they follow from
    /// the algorithm), so only a length mismatch returns early.
    static func constantTimeEquals(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices {
            difference |= lhs[index] ^ rhs[index]
        }
        return difference == 0
    }
}
