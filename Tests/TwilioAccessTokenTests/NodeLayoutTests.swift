import Testing
import TwilioAccessToken
import TwilioWire

/// Known-answer tests against `node_shape_reconstructions`: the exact bytes twilio-node >= 4
/// produces for the same inputs and clock.
@Suite("twilio-node layout")
struct NodeLayoutTests {
    static let names = [
        "sync_identity_test", "sync_with_endpoint_id", "sync_empty_grant", "playback_with_identity",
        "playback_grant_unset", "unicode_identity", "identity_with_json_specials", "identity_integer",
        "multiple_grants", "voice_outgoing_only", "voice_incoming_false", "video_grant_no_room",
        "custom_ttl_60", "max_ttl_86400", "explicit_nbf_past", "explicit_nbf_future", "nbf_none",
        "region_ie1", "region_ttl_nbf_playback", "short_secret", "whole_second_clock",
    ]

    @Test("The name table covers every reconstruction in vectors.json")
    func namesCoverTheFile() throws {
        let vectors = try TokenVectors.shared()
        #expect(Set(Self.names) == Set(vectors.nodeShapes.keys))
        #expect(Self.names.count == 21)
    }

    @Test("Minted token equals the Node reconstruction byte for byte", arguments: names)
    func mintedTokenMatchesNode(name: String) throws {
        let vectors = try TokenVectors.shared()
        let expected = try #require(vectors.nodeShapes[name])
        let token = try vectors.inputs(name).makeToken()

        let jwt = try token.toJwt()

        #expect(jwt == expected["token"]?.stringValue)
        let segments = JWTText.segments(jwt)
        try #require(segments.count == 3)
        #expect(try JWTText.decodeSegment(segments[0]) == Array(try #require(expected["header_json"]?.stringValue).utf8))
        #expect(try JWTText.decodeSegment(segments[1]) == Array(try #require(expected["payload_json"]?.stringValue).utf8))
    }

    @Test("Every Node reconstruction verifies with its secret", arguments: names)
    func reconstructionVerifies(name: String) throws {
        let vectors = try TokenVectors.shared()
        let jwt = try #require(vectors.nodeShapes[name]?["token"]?.stringValue)
        let secret = try vectors.inputs(name).apiSecret

        let decoded = try DecodedAccessToken(jwt: jwt)

        #expect(decoded.verifySignature(secret: secret))
        #expect(!decoded.verifySignature(secret: secret + "x"))
    }
}
