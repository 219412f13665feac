import Crypto

/// Computes and checks `X-Twilio-Signature`, the header Twilio signs webhook requests with.
///
/// The signature is the base64 HMAC (SHA-1, keyed with the account's Auth Token) of the full URL
/// Twilio requested, followed by each POST parameter as `name + value`, names sorted and each
/// name's values de-duplicated and sorted. JSON webhooks put `bodySHA256=<hex SHA-256 of the
/// body>` in the query and sign the URL alone. Validation accepts the URL with its port removed
/// or with the scheme's default port added, as Twilio's own validators do, so a request that
/// passed through a proxy still verifies.
///
/// ```swift
/// let validator = RequestValidator(authToken: authToken)
/// let signature = validator.signature(url: "https://example.com/hook", parameters: [("To", "+1500")])
/// validator.validate(signature: signature, url: "https://example.com:443/hook", parameters: [("To", "+1500")])  // true
/// ```
public struct RequestValidator: Sendable {
    /// The HMAC a signature uses.
    public struct Algorithm: Sendable, Hashable {
        fileprivate enum Base { case sha1, sha256 }
        fileprivate let base: Base

        /// HMAC-SHA1, Twilio's default.
        public static let sha1 = Algorithm(base: .sha1)
        /// HMAC-SHA256, for requests that carry `X-Twilio-Webhooks-Signature-Settings: …algorithm=HMAC_SHA256`.
        public static let sha256 = Algorithm(base: .sha256)
    }

    private let key: SymmetricKey
    private let algorithm: Algorithm

    /// A validator for signatures made with `authToken` (or, for ``Algorithm/sha256``, the shared key).
    public init(authToken: String, algorithm: Algorithm = .sha1) {
        self.key = SymmetricKey(data: Array(authToken.utf8))
        self.algorithm = algorithm
    }

    /// The text that is signed: the URL, then `name + value` for each parameter in order.
    public static func dataToSign(url: String, parameters: [(String, String)]) -> String {
        var grouped: [String: Set<String>] = [:]
        for (name, value) in parameters { grouped[name, default: []].insert(value) }
        // JavaScript's default sort compares UTF-16 code units; for names (ASCII in practice)
        // that is the same as comparing Unicode scalars.
        var data = url
        for name in grouped.keys.sorted(by: Self.utf16Less) {
            for value in grouped[name, default: []].sorted(by: Self.utf16Less) {
                data += name
                data += value
            }
        }
        return data
    }

    /// The signature Twilio would send for a request to `url` with these POST parameters.
    public func signature(url: String, parameters: [(String, String)] = []) -> String {
        Self.base64(mac(Array(Self.dataToSign(url: url, parameters: parameters).utf8)))
    }

    /// Whether `signature` is right for a form (or query-only) request to `url`; the URL is tried
    /// as given, without its port and with the scheme's default port.
    public func validate(signature: String, url: String, parameters: [(String, String)] = []) -> Bool {
        let expected = Array(signature.utf8)
        var matched = false
        // Every variant is checked, so the time taken does not depend on which one matches.
        for candidate in Self.urlVariants(url) {
            matched = Self.constantTimeEquals(Array(self.signature(url: candidate, parameters: parameters).utf8), expected) || matched
        }
        return matched
    }

    /// Whether `signature` is right for a JSON request to `url` whose query carries `bodySHA256`:
    /// the body's SHA-256 must match it and the URL alone must be signed.
    public func validate(signature: String, url: String, body: [UInt8]) -> Bool {
        guard let claimed = Self.queryValue(named: "bodySHA256", in: url) else { return false }
        let bodyMatches = Self.constantTimeEquals(Array(Self.bodySHA256(body).utf8), Array(claimed.lowercased().utf8))
        return validate(signature: signature, url: url, parameters: []) && bodyMatches
    }

    /// The lowercase hex SHA-256 of a JSON body: the value Twilio puts in the `bodySHA256` query parameter.
    public static func bodySHA256(_ body: [UInt8]) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: body) {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether `url`'s query names `bodySHA256`, i.e. it is a JSON webhook.
    public static func hasBodyHash(_ url: String) -> Bool {
        queryValue(named: "bodySHA256", in: url) != nil
    }

    private func mac(_ data: [UInt8]) -> [UInt8] {
        switch algorithm.base {
        case .sha1: return Array(HMAC<Insecure.SHA1>.authenticationCode(for: data, using: key))
        case .sha256: return Array(HMAC<SHA256>.authenticationCode(for: data, using: key))
        }
    }

    private static func utf16Less(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf16.lexicographicallyPrecedes(rhs.utf16)
    }

    private static func constantTimeEquals(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        HMACAlgorithm.constantTimeEquals(lhs, rhs)
    }
}
