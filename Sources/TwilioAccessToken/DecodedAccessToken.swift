public import TwilioWire

/// A compact JWT split into its parts, for inspecting and verifying access tokens.
///
/// Decoding checks only the shape: three segments of unpadded base64url, a JSON object header
/// and a JSON object payload. Call ``verifySignature(secret:)`` before trusting any claim.
///
/// ```swift
/// let decoded = try DecodedAccessToken(jwt: jwt)
/// guard decoded.verifySignature(secret: apiSecret) else { throw Unauthorized() }
/// print(decoded.identity ?? "anonymous", decoded.expiresAt ?? 0)
/// ```
public struct DecodedAccessToken: Sendable {
    /// The decoded header, in its key order.
    public let header: JSONObject
    /// The decoded payload (claims), in its key order.
    public let payload: JSONObject
    /// The header segment as it appears in the token.
    public let headerSegment: String
    /// The payload segment as it appears in the token.
    public let payloadSegment: String
    /// The signature segment as it appears in the token.
    public let signatureSegment: String
    /// The decoded signature bytes.
    public let signature: [UInt8]

    /// Splits and decodes `jwt`.
    /// - Parameter jwt: A compact JWS: `header.payload.signature`.
    /// - Throws: ``AccessTokenError/Code/malformedToken`` naming the segment at fault: not three
    ///   segments, not unpadded base64url, not JSON, or not a JSON object.
    public init(jwt: String) throws(AccessTokenError) {
        // At most 4 pieces: enough to tell "too many" without splitting a hostile input apart.
        let segments = jwt.split(separator: ".", maxSplits: 3, omittingEmptySubsequences: false)
        guard segments.count == 3 else {
            let found = segments.count > 3 ? "more than 3" : "\(segments.count)"
            throw .malformed("expected 3 segments separated by '.' (header.payload.signature), found \(found)")
        }
        headerSegment = String(segments[0])
        payloadSegment = String(segments[1])
        signatureSegment = String(segments[2])
        header = try Self.decodeObject(headerSegment, named: "header")
        payload = try Self.decodeObject(payloadSegment, named: "payload")
        signature = try Self.decodeBase64URL(signatureSegment, named: "signature")
    }

    /// Whether the signature is the HMAC of `header.payload` keyed with `secret`'s UTF-8 bytes.
    ///
    /// The algorithm comes from the header's `alg`: HS256, HS384 or HS512. Any other value
    /// (including `none`) fails. The comparison takes the same time however many bytes match.
    /// - Parameter secret: The API key secret the token should have been signed with.
    public func verifySignature(secret: String) -> Bool {
        guard let name = header["alg"]?.stringValue, let algorithm = HMACAlgorithm(rawValue: name) else { return false }
        var signingInput = Array(headerSegment.utf8)
        signingInput.append(UInt8(ascii: "."))
        signingInput.append(contentsOf: payloadSegment.utf8)
        let expected = signingInput.withUnsafeBytes { algorithm.authenticationCode(for: $0, secret: secret) }
        return HMACAlgorithm.constantTimeEquals(expected, signature)
    }

    // MARK: - Claims

    /// The `grants` claim, including its `identity` member.
    public var grants: JSONObject? { payload["grants"]?.objectValue }

    /// `grants.identity` as text. twilio-python writes an integer identity as a number; it is
    /// returned as its digits, as twilio-node would have written it.
    public var identity: String? {
        switch grants?["identity"] {
        case .string(let identity): identity
        case .int(let identity): String(identity)
        default: nil
        }
    }

    /// `exp`, in unix seconds.
    public var expiresAt: Int? { payload["exp"]?.intValue }
    /// `iat`, in unix seconds. twilio-python does not write it.
    public var issuedAt: Int? { payload["iat"]?.intValue }
    /// `nbf`, in unix seconds.
    public var notBefore: Int? { payload["nbf"]?.intValue }
    /// `iss`: the API key SID that signed the token.
    public var signingKeySid: String? { payload["iss"]?.stringValue }
    /// `sub`: the account SID.
    public var accountSid: String? { payload["sub"]?.stringValue }
    /// The header's `twr` region, when present.
    public var region: String? { header["twr"]?.stringValue }

    // MARK: - Decoding

    private static func decodeObject(_ segment: String, named name: String) throws(AccessTokenError) -> JSONObject {
        let bytes = try decodeBase64URL(segment, named: name)
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw .malformed("the \(name) is not valid JSON (\(error))")
        }
        guard case .object(let object) = value else {
            throw .malformed("the \(name) is not a JSON object")
        }
        return object
    }

    private static func decodeBase64URL(_ segment: String, named name: String) throws(AccessTokenError) -> [UInt8] {
        switch Base64URL.decode(segment.utf8) {
        case .success(let bytes):
            return bytes
        case .failure(.invalidByte(let byte, let offset)):
            let shown = (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
            let hint = byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
                ? "; JWT segments use unpadded base64url (- and _ instead of + and /, no '=')" : ""
            throw .malformed("the \(name) segment has \(shown) at offset \(offset), which is not base64url\(hint)")
        case .failure(.impossibleLength):
            throw .malformed("the \(name) segment has \(segment.utf8.count) characters, a length no base64url text has (truncated?)")
        case .failure(.nonCanonicalTail):
            throw .malformed("the \(name) segment's last character has stray low bits; it is not canonical base64url")
        }
    }
}
