import Crypto
import TwilioWire

/// A Twilio Access Token: an HS256 JWT, signed with an API key secret, that lets a client SDK
/// (Sync, Voice, Video, Conversations, Live) act for one identity.
///
/// Tokens are laid out byte for byte as twilio-node (4.x and later) lays them out, so a Function
/// that mints one here returns the same text it would on Twilio:
///
/// - header `{"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}`, plus `"twr"` for a region;
/// - payload `jti`, `grants` (identity first, then the grants in the order added), `nbf` when
///   set, `iat`, `exp`, `iss`, `sub`.
///
/// ```swift
/// var token = AccessToken(accountSid, apiKeySid, apiSecret, identity: "alice", ttl: 3600)
/// token.addGrant(SyncGrant(serviceSid: "IS11111111111111111111111111111111"))
/// let jwt = try token.toJwt()
/// ```
///
/// Unlike twilio-node, the identity is optional: only grants that act as a user (Sync, Chat,
/// Video, Voice) need one, which ``toJwt()`` checks, so a Live viewer's Playback-only token
/// can be anonymous.
public struct AccessToken: Sendable {
    /// The time to live Twilio accepts, in seconds: "configurable up to 24 hours".
    public static let allowedTTL: ClosedRange<Int> = 1...86_400

    /// The account the token is scoped to (`AC…`), written as `sub`.
    public var accountSid: String
    /// The API key that signs the token (`SK…`), written as `iss` and used in `jti`.
    public var signingKeySid: String
    /// The API key's secret. Not exposed: it is the signing key.
    private var secret: String
    /// The user the token acts as, written first in `grants` as `identity`; `nil` leaves it out.
    ///
    /// As in twilio-node, any non-`nil` value is written, even `""`; grants that need an
    /// identity require a non-empty one.
    public var identity: String?
    /// Seconds from issue to expiry (`exp = iat + ttl`), in ``allowedTTL``. Default 3600.
    public var ttl: Int
    /// The not-before time in unix seconds, written as `nbf` only when set.
    public var nbf: Int?
    /// The Twilio region (`ie1`, `au1`, …), written as the header's `twr` when non-empty.
    public var region: String?
    /// Where "now" comes from when the token is serialized.
    public var clock: TokenClock
    /// The grants in the order they were first added, one per ``AccessTokenGrant/key``.
    public private(set) var grants: [any AccessTokenGrant]

    /// An access token with no grants yet, as `new AccessToken(accountSid, keySid, secret, options)`.
    /// - Parameters:
    ///   - accountSid: The account SID (`AC…`).
    ///   - signingKeySid: The API key SID (`SK…`).
    ///   - secret: The API key's secret; the token is signed with its UTF-8 bytes.
    ///   - identity: The user the token acts as.
    ///   - ttl: Seconds until the token expires, `1...86400`. Checked by ``toJwt()``.
    ///   - nbf: The not-before time in unix seconds.
    ///   - region: The Twilio region, for the header's `twr`.
    ///   - clock: Where "now" comes from; ``TokenClock/fixed(_:)`` in tests.
    public init(
        _ accountSid: String,
        _ signingKeySid: String,
        _ secret: String,
        identity: String? = nil,
        ttl: Int = 3600,
        nbf: Int? = nil,
        region: String? = nil,
        clock: TokenClock = .system
    ) {
        self.accountSid = accountSid
        self.signingKeySid = signingKeySid
        self.secret = secret
        self.identity = identity
        self.ttl = ttl
        self.nbf = nbf
        self.region = region
        self.clock = clock
        self.grants = []
    }

    /// Adds a grant. A grant whose key is already present replaces the earlier one in its
    /// position, as assigning `grants[key]` does in twilio-node.
    /// - Parameter grant: The grant to add.
    public mutating func addGrant(_ grant: some AccessTokenGrant) {
        if let index = grants.firstIndex(where: { type(of: $0).key == type(of: grant).key }) {
            grants[index] = grant
        } else {
            grants.append(grant)
        }
    }

    /// Signs the token as of ``clock``'s now and returns the compact JWT.
    /// - Throws: ``AccessTokenError/Code/invalidTTL`` when ``ttl`` is outside ``allowedTTL``;
    ///   ``AccessTokenError/Code/identityRequired`` when a grant needs an identity and
    ///   ``identity`` is `nil` or empty.
    public func toJwt() throws(AccessTokenError) -> String {
        guard Self.allowedTTL.contains(ttl) else { throw .ttlOutOfRange(ttl) }
        if identity?.isEmpty ?? true, let grant = grants.first(where: \.requiresIdentity) {
            throw .missingIdentity(for: grant.name)
        }

        let payload = payloadJSON(now: clock.now())
        var token: [UInt8] = []
        // A 68-byte header (more with a region), two dots and a 43-byte HS256 signature.
        token.reserveCapacity(Base64URL.encodedCount(of: payload.count) + 160)
        appendEncodedHeader(to: &token)
        token.append(UInt8(ascii: "."))
        Base64URL.encode(payload, into: &token)
        let signature = token.withUnsafeBytes { DirectHMAC<SHA256>.authenticationCode(for: $0, secret: secret) }
        token.append(UInt8(ascii: "."))
        signature.withUnsafeBytes { Base64URL.encode($0, into: &token) }
        return String(decoding: token, as: UTF8.self)
    }

    // MARK: - Segments

    /// The header up to (not including) `twr` and the closing brace, in jsonwebtoken's order:
    /// it starts from `{alg, typ}` and merges twilio-node's `{cty, typ[, twr]}` into it.
    private static let headerPrefix = #"{"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1""#

    /// Nearly every token has no region, so its header segment is encoded once.
    static let encodedDefaultHeader: [UInt8] = Base64URL.encode(Array((headerPrefix + "}").utf8))

    private func appendEncodedHeader(to token: inout [UInt8]) {
        guard let region, !region.isEmpty else {
            token.append(contentsOf: Self.encodedDefaultHeader)
            return
        }
        var header = Array(Self.headerPrefix.utf8)
        header.append(contentsOf: #","twr":"#.utf8)
        JSONWriter.writeString(region, into: &header)
        header.append(UInt8(ascii: "}"))
        Base64URL.encode(header, into: &token)
    }

    /// The payload JSON as twilio-node builds it (`{jti, grants[, nbf]}`) and jsonwebtoken then
    /// extends it (`iat`, `exp`, then `iss`, `sub`).
    func payloadJSON(now: Int) -> [UInt8] {
        var json: [UInt8] = []
        json.reserveCapacity(256)
        json.append(contentsOf: #"{"jti":"#.utf8)
        // `"<key sid>-<iat>"`: the quoted sid with its closing quote replaced by the rest.
        JSONWriter.writeString(signingKeySid, into: &json)
        json.removeLast()
        json.append(UInt8(ascii: "-"))
        JSONWriter.writeInteger(now, into: &json)
        json.append(UInt8(ascii: "\""))
        json.append(contentsOf: #","grants":"#.utf8)
        appendGrants(to: &json)
        if let nbf {
            json.append(contentsOf: #","nbf":"#.utf8)
            JSONWriter.writeInteger(nbf, into: &json)
        }
        json.append(contentsOf: #","iat":"#.utf8)
        JSONWriter.writeInteger(now, into: &json)
        json.append(contentsOf: #","exp":"#.utf8)
        JSONWriter.writeInteger(now + ttl, into: &json)
        json.append(contentsOf: #","iss":"#.utf8)
        JSONWriter.writeString(signingKeySid, into: &json)
        json.append(contentsOf: #","sub":"#.utf8)
        JSONWriter.writeString(accountSid, into: &json)
        json.append(UInt8(ascii: "}"))
        return json
    }
}

extension AccessToken {
    /// The `grants` object: the identity first, then each grant's payload under its key.
    private func appendGrants(to json: inout [UInt8]) {
        // A custom grant keyed `identity` replaces the identity in place, as a JavaScript object
        // assignment would; only then is an object built to get that order.
        guard !grants.contains(where: { type(of: $0).key == "identity" }) else {
            var grantsObject = JSONObject()
            if let identity { grantsObject["identity"] = .string(identity) }
            for grant in grants { grantsObject[type(of: grant).key] = grant.payload }
            JSONWriter.write(.object(grantsObject), into: &json)
            return
        }
        json.append(UInt8(ascii: "{"))
        if let identity {
            json.append(contentsOf: #""identity":"#.utf8)
            JSONWriter.writeString(identity, into: &json)
        }
        for (offset, grant) in grants.enumerated() {
            if offset > 0 || identity != nil { json.append(UInt8(ascii: ",")) }
            JSONWriter.writeString(type(of: grant).key, into: &json)
            json.append(UInt8(ascii: ":"))
            JSONWriter.write(grant.payload, into: &json)
        }
        json.append(UInt8(ascii: "}"))
    }
}

extension AccessToken: CustomStringConvertible, CustomReflectable {
    /// The token's settings without its secret, so logging a token does not leak the key.
    public var description: String {
        let grantKeys = grants.map { type(of: $0).key }
        return "AccessToken(accountSid: \(accountSid), signingKeySid: \(signingKeySid), identity: \(identity.map { "\"\($0)\"" } ?? "nil"), "
            + "ttl: \(ttl), nbf: \(nbf.map(String.init) ?? "nil"), region: \(region ?? "nil"), grants: \(grantKeys))"
    }

    /// The token's settings without its secret, for `dump` and debug descriptions.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "accountSid": accountSid, "signingKeySid": signingKeySid, "identity": identity as Any, "ttl": ttl,
                "nbf": nbf as Any, "region": region as Any, "grants": grants,
            ],
            displayStyle: .struct
        )
    }
}
