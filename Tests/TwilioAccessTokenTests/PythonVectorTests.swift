import Testing
import TwilioAccessToken
import TwilioWire

/// Semantic comparison with tokens minted by twilio-python, which orders keys differently and
/// differs from twilio-node in a few documented claims.
@Suite("twilio-python vectors")
struct PythonVectorTests {
    static let names = [
        "sync_identity_test", "sync_with_endpoint_id", "sync_empty_grant", "playback_with_identity",
        "playback_no_identity", "playback_grant_unset", "no_identity_no_grants", "empty_string_identity",
        "unicode_identity", "identity_with_json_specials", "identity_integer", "multiple_grants",
        "voice_outgoing_only", "voice_incoming_false", "video_grant_no_room", "custom_ttl_60", "max_ttl_86400",
        "explicit_nbf_past", "explicit_nbf_future", "nbf_none", "valid_until", "region_ie1",
        "region_ttl_nbf_playback", "short_secret", "whole_second_clock",
    ]

    @Test("The name table covers every access token in vectors.json")
    func namesCoverTheFile() throws {
        let vectors = try TokenVectors.shared()
        #expect(Set(Self.names) == Set(vectors.accessTokens.keys))
        #expect(Self.names.count == 25)
    }

    @Test("Python's token verifies with its secret and fails with another", arguments: names)
    func pythonTokenVerifies(name: String) throws {
        let vectors = try TokenVectors.shared()
        let jwt = try #require(vectors.accessTokens[name]?["token"]?.stringValue)
        let secret = try vectors.inputs(name).apiSecret

        let decoded = try DecodedAccessToken(jwt: jwt)

        #expect(decoded.verifySignature(secret: secret))
        #expect(!decoded.verifySignature(secret: "wrong-" + secret))
        #expect(!decoded.verifySignature(secret: ""))
    }

    @Test("Our claims agree with Python's where the libraries agree", arguments: names)
    func claimsAgreeWithPython(name: String) throws {
        let vectors = try TokenVectors.shared()
        let entry = try #require(vectors.accessTokens[name])
        let python = try #require(entry["payload"]?.objectValue)
        let pythonHeader = try #require(entry["header"])
        let inputs = try vectors.inputs(name)
        let token = try inputs.makeToken()

        if inputs.identity == "", inputs.grants.contains(where: { $0.className == "SyncGrant" }) {
            // Python mints a Sync token with no identity at all, which Sync rejects when the client
            // connects; we refuse it when the token is made instead.
            #expect(throws: AccessTokenError.identityRequired) { try token.toJwt() }
            return
        }

        let decoded = try DecodedAccessToken(jwt: try token.toJwt())
        let ours = decoded.payload

        #expect(decoded.verifySignature(secret: inputs.apiSecret))
        #expect(JSONValue.object(decoded.header).unordered == pythonHeader.unordered)
        for claim in ["jti", "iss", "sub", "exp"] {
            #expect(ours[claim] == python[claim], "\(claim)")
        }
        // Python has no iat; Node (and we) write the issue time.
        #expect(ours["iat"] == .int(inputs.now))
        switch inputs.nbf {
        case .value:
            #expect(ours["nbf"] == python["nbf"])
        case .libraryDefault:
            // Python defaults nbf to now; Node writes nbf only when given one.
            #expect(python["nbf"] == .int(inputs.now))
            #expect(ours["nbf"] == nil)
        case .omitted:
            #expect(python["nbf"] == nil)
            #expect(ours["nbf"] == nil)
        }
        #expect(Set(ours.keys).subtracting(["iat", "nbf"]) == Set(python.keys).subtracting(["nbf"]))
        #expect(ours["grants"]?.unordered == Self.nodeView(of: try #require(python["grants"]?.objectValue)).unordered)
    }

    /// Python's `grants` as Node would have written them: an integer identity as a string
    /// (`4444` -> `"4444"`) and an unset PlaybackGrant as `{}` instead of `null`.
    static func nodeView(of grants: JSONObject) -> JSONValue {
        var grants = grants
        if case .int(let identity) = grants["identity"] { grants["identity"] = .string(String(identity)) }
        if grants["player"] == .null { grants["player"] = .object(JSONObject()) }
        return .object(grants)
    }
}
