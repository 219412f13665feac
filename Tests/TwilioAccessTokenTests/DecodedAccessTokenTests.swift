import Testing
import TwilioAccessToken
import TwilioWire

@Suite("Decoding and verifying")
struct DecodedAccessTokenTests {
    static let secret = "oracleSecret0123456789abcdefABCD"
    static let header = JWTText.base64URL(#"{"alg":"HS256","typ":"JWT"}"#)
    static let payload = JWTText.base64URL(#"{"sub":"AC1"}"#)

    static func mint() throws -> String {
        var token = AccessToken(
            "AC0123456789abcdef0123456789abcdef",
            "SKfedcba9876543210fedcba9876543210",
            secret,
            identity: "alice",
            ttl: 600,
            nbf: 1_699_999_990,
            region: "ie1",
            clock: .fixed(1_700_000_000)
        )
        token.addGrant(SyncGrant(serviceSid: "IS11111111111111111111111111111111"))
        token.addGrant(VoiceGrant(incomingAllow: true, outgoingApplicationSid: "AP22222222222222222222222222222222"))
        token.addGrant(PlaybackGrant(grant: ["playbackUrl": "https://example.com/a.m3u8", "requestCredentials": nil]))
        return try token.toJwt()
    }

    @Test("Mint, decode and verify round trip")
    func roundTrip() throws {
        let jwt = try Self.mint()

        let decoded = try DecodedAccessToken(jwt: jwt)

        #expect(decoded.verifySignature(secret: Self.secret))
        #expect(!decoded.verifySignature(secret: Self.secret.uppercased()))
        #expect(decoded.header == ["alg": "HS256", "typ": "JWT", "cty": "twilio-fpa;v=1", "twr": "ie1"])
        #expect(decoded.identity == "alice")
        #expect(decoded.issuedAt == 1_700_000_000)
        #expect(decoded.expiresAt == 1_700_000_600)
        #expect(decoded.notBefore == 1_699_999_990)
        #expect(decoded.signingKeySid == "SKfedcba9876543210fedcba9876543210")
        #expect(decoded.accountSid == "AC0123456789abcdef0123456789abcdef")
        #expect(decoded.region == "ie1")
        #expect(decoded.payload["jti"] == "SKfedcba9876543210fedcba9876543210-1700000000")
        #expect(decoded.grants == [
            "identity": "alice",
            "data_sync": ["service_sid": "IS11111111111111111111111111111111"],
            "voice": ["incoming": ["allow": true], "outgoing": ["application_sid": "AP22222222222222222222222222222222"]],
            "player": ["playbackUrl": "https://example.com/a.m3u8", "requestCredentials": nil],
        ])
        #expect([decoded.headerSegment, decoded.payloadSegment, decoded.signatureSegment].joined(separator: ".") == jwt)
        #expect(decoded.signature.count == 32)
    }

    @Test("Identities of every payload length survive the round trip", arguments: 0..<8)
    func base64Lengths(extra: Int) throws {
        let identity = "user-" + String(repeating: "é", count: extra) + String(repeating: "x", count: extra)
        let token = AccessToken("AC1", "SK1", "s", identity: identity, clock: .fixed(1))
        let jwt = try token.toJwt()
        let decoded = try DecodedAccessToken(jwt: jwt)
        #expect(decoded.identity == identity)
        #expect(decoded.verifySignature(secret: "s"))
        #expect(try JWTText.decodeSegment(decoded.payloadSegment) == JSONValue.object(decoded.payload).jsonBytes)
    }

    static let malformed: [(String, String)] = [
        ("two segments", "\(header).\(payload)"),
        ("four segments", "\(header).\(payload).c2ln.c2ln"),
        ("one segment", "abc"),
        ("empty text", ""),
        ("padding", "\(header).e30=.c2ln"),
        ("standard alphabet +", "\(header).eyJhIjoifn5+In0.c2ln"),
        ("standard alphabet /", "\(header).eyJhIjoiPz8/In0.c2ln"),
        ("impossible length", "\(header).abcde.c2ln"),
        ("stray low bits", "\(header).e31.c2ln"),
        ("padding in signature", "\(header).\(payload).c2ln=="),
        ("empty header", ".\(payload).c2ln"),
        ("invalid JSON payload", "\(header).\(JWTText.base64URL("{not json")).c2ln"),
        ("invalid UTF-8 payload", "\(header).\(JWTText.base64URL([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D])).c2ln"),
        ("array payload", "\(header).\(JWTText.base64URL("[1,2]")).c2ln"),
        ("string payload", "\(header).\(JWTText.base64URL(#""claims""#)).c2ln"),
        ("null header", "\(JWTText.base64URL("null")).\(payload).c2ln"),
    ]

    @Test("Malformed tokens are refused with malformedToken", arguments: malformed)
    func malformedToken(name: String, jwt: String) throws {
        let error = try #require(throws: AccessTokenError.self) { try DecodedAccessToken(jwt: jwt) }
        #expect(error == .malformedToken)
        #expect(error.message.hasPrefix("malformed token: "))
    }

    @Test("Malformed-token messages name the segment and the problem")
    func malformedMessages() throws {
        func message(_ jwt: String) throws -> String {
            try #require(throws: AccessTokenError.self) { try DecodedAccessToken(jwt: jwt) }.message
        }
        #expect(try message("a.b").contains("expected 3 segments"))
        #expect(try message("a.b").contains("found 2"))
        #expect(try message("a.b.c.d.e.f").contains("found more than 3"))
        #expect(try message("\(Self.header).e30=.c2ln").contains("the payload segment has '=' at offset 3"))
        #expect(try message("\(Self.header).e30=.c2ln").contains("unpadded base64url"))
        #expect(try message("\(Self.header).\(JWTText.base64URL("{x")).c2ln").contains("the payload is not valid JSON (line 1, column 2"))
        #expect(try message("\(Self.header).\(JWTText.base64URL("[]")).c2ln").contains("the payload is not a JSON object"))
    }

    @Test("A tampered payload or signature fails verification")
    func tampered() throws {
        let jwt = try Self.mint()
        let segments = JWTText.segments(jwt)
        let original = try DecodedAccessToken(jwt: jwt)

        var payload = original.payload
        payload["sub"] = "AC99999999999999999999999999999999"
        let forgedPayload = "\(segments[0]).\(JWTText.base64URL(JSONValue.object(payload).jsonBytes)).\(segments[2])"
        #expect(try !DecodedAccessToken(jwt: forgedPayload).verifySignature(secret: Self.secret))

        var signature = original.signature
        signature[31] ^= 0x01
        let forgedSignature = "\(segments[0]).\(segments[1]).\(JWTText.base64URL(signature))"
        #expect(try !DecodedAccessToken(jwt: forgedSignature).verifySignature(secret: Self.secret))

        let truncated = "\(segments[0]).\(segments[1]).\(JWTText.base64URL(Array(signature.prefix(16))))"
        #expect(try !DecodedAccessToken(jwt: truncated).verifySignature(secret: Self.secret))
    }

    @Test("Unsigned, unknown or swapped algorithms fail verification")
    func algorithms() throws {
        let segments = JWTText.segments(try Self.mint())
        let unsigned = "\(JWTText.base64URL(#"{"alg":"none","typ":"JWT"}"#)).\(segments[1])."
        #expect(try !DecodedAccessToken(jwt: unsigned).verifySignature(secret: Self.secret))

        let noAlgorithm = "\(JWTText.base64URL(#"{"typ":"JWT"}"#)).\(segments[1]).\(segments[2])"
        #expect(try !DecodedAccessToken(jwt: noAlgorithm).verifySignature(secret: Self.secret))

        let swapped = "\(JWTText.base64URL(#"{"alg":"HS512","typ":"JWT"}"#)).\(segments[1]).\(segments[2])"
        #expect(try !DecodedAccessToken(jwt: swapped).verifySignature(secret: Self.secret))
    }

    /// Signed with `oracleSecret0123456789abcdefABCD` by Python's `hmac` module, so these check
    /// the HS384 and HS512 paths against an implementation other than swift-crypto.
    static let otherAlgorithms: [(String, String)] = [
        (
            "HS384",
            "eyJhbGciOiJIUzM4NCIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0.eyJqdGkiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwLTE3MDAwMDAwMDAiLCJncmFudHMiOnsiaWRlbnRpdHkiOiJhbGljZSIsImRhdGFfc3luYyI6eyJzZXJ2aWNlX3NpZCI6IklTMTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTEifX0sImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoxNzAwMDAzNjAwLCJpc3MiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwIiwic3ViIjoiQUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZiJ9.VwmVHCk6fyMk7-DOuH1NtMmJIzuE3Um2hPkdg19b7fLhsZQt85PejYZOW5Wt0Nrx"
        ),
        (
            "HS512",
            "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0.eyJqdGkiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwLTE3MDAwMDAwMDAiLCJncmFudHMiOnsiaWRlbnRpdHkiOiJhbGljZSIsImRhdGFfc3luYyI6eyJzZXJ2aWNlX3NpZCI6IklTMTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMTEifX0sImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoxNzAwMDAzNjAwLCJpc3MiOiJTS2ZlZGNiYTk4NzY1NDMyMTBmZWRjYmE5ODc2NTQzMjEwIiwic3ViIjoiQUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZiJ9.hVvWBgy1tXyykjHXVt1fyjq1IyGYcPHLXaniehC77eQYbYyxSjK1AZdvQxXv5P7FXQ9rLPsokelF0FGl0GCFAA"
        ),
    ]

    @Test("HS384 and HS512 tokens verify by their header's alg", arguments: otherAlgorithms)
    func otherAlgorithmsVerify(algorithm: String, jwt: String) throws {
        let decoded = try DecodedAccessToken(jwt: jwt)
        #expect(decoded.header["alg"] == .string(algorithm))
        #expect(decoded.signature.count == (algorithm == "HS384" ? 48 : 64))
        #expect(decoded.verifySignature(secret: Self.secret))
        #expect(!decoded.verifySignature(secret: "secret"))
        #expect(decoded.identity == "alice")
    }

    @Test("An integer identity written by twilio-python reads as its digits")
    func integerIdentity() throws {
        let payload = JWTText.base64URL(#"{"grants":{"identity":4444}}"#)
        #expect(try DecodedAccessToken(jwt: "\(Self.header).\(payload).").identity == "4444")
        #expect(try DecodedAccessToken(jwt: "\(Self.header).\(Self.payload).").identity == nil)
    }
}
