import Testing
import TwilioAccessToken
import TwilioWire

@Suite("AccessToken minting rules")
struct AccessTokenTests {
    static let accountSid = "AC0123456789abcdef0123456789abcdef"
    static let keySid = "SKfedcba9876543210fedcba9876543210"
    static let secret = "oracleSecret0123456789abcdefABCD"
    static let now = 1_700_000_000

    static func token(identity: String? = "alice", ttl: Int = 3600) -> AccessToken {
        AccessToken(accountSid, keySid, secret, identity: identity, ttl: ttl, clock: .fixed(now))
    }

    static func payload(of token: AccessToken) throws -> JSONObject {
        try DecodedAccessToken(jwt: try token.toJwt()).payload
    }

    // MARK: - ttl

    @Test("A ttl outside 1...86400 is refused, naming ttl and the range", arguments: [0, -1, -3600, 86_401, Int.max])
    func ttlOutOfRange(ttl: Int) throws {
        let error = try #require(throws: AccessTokenError.self) { try Self.token(ttl: ttl).toJwt() }
        #expect(error == .invalidTTL)
        #expect(error.code == .invalidTTL)
        #expect(error.message.contains("ttl is \(ttl)"))
        #expect(error.message.contains("1...86400"))
    }

    @Test("The ttl bounds themselves are accepted", arguments: [1, 86_400])
    func ttlBounds(ttl: Int) throws {
        let payload = try Self.payload(of: Self.token(ttl: ttl))
        #expect(payload["exp"] == .int(Self.now + ttl))
        #expect(payload["iat"] == .int(Self.now))
    }

    @Test("A ttl fixed after construction is checked when signing")
    func ttlCheckedAtSigning() throws {
        var token = Self.token(ttl: 0)
        #expect(throws: AccessTokenError.invalidTTL) { try token.toJwt() }
        token.ttl = 120
        #expect(try Self.payload(of: token)["exp"] == .int(Self.now + 120))
    }

    // MARK: - identity

    static let identityGrants: [(name: String, grant: any AccessTokenGrant)] = [
        ("SyncGrant", SyncGrant(serviceSid: "IS11111111111111111111111111111111")),
        ("ChatGrant", ChatGrant(serviceSid: "IS44444444444444444444444444444444")),
        ("VideoGrant", VideoGrant(room: "room-1")),
        ("VoiceGrant", VoiceGrant(incomingAllow: true)),
    ]

    @Test("Grants that act as a user need a non-empty identity", arguments: identityGrants, [nil, ""])
    func identityRequired(grant: (name: String, grant: any AccessTokenGrant), identity: String?) throws {
        var token = Self.token(identity: identity)
        token.addGrant(PlaybackGrant())
        token.addGrant(grant.grant)

        let error = try #require(throws: AccessTokenError.self) { try token.toJwt() }

        #expect(error == .identityRequired)
        #expect(error.message.hasPrefix("\(grant.name) needs an identity: set identity"))
    }

    @Test("Playback, TaskRouter and grant-less tokens need no identity")
    func anonymousTokens() throws {
        var playback = Self.token(identity: nil)
        playback.addGrant(PlaybackGrant(grant: ["playbackUrl": "https://example.com/stream.m3u8"]))
        #expect(try Self.payload(of: playback)["grants"] == ["player": ["playbackUrl": "https://example.com/stream.m3u8"]])

        var taskRouter = Self.token(identity: nil)
        taskRouter.addGrant(TaskRouterGrant(workspaceSid: "WS66666666666666666666666666666666"))
        #expect(try Self.payload(of: taskRouter)["grants"] == ["task_router": ["workspace_sid": "WS66666666666666666666666666666666"]])

        #expect(try Self.payload(of: Self.token(identity: nil))["grants"] == [:])
    }

    @Test("An empty identity is written as twilio-node writes any string identity")
    func emptyIdentityIsWritten() throws {
        var token = Self.token(identity: "")
        token.addGrant(PlaybackGrant())
        #expect(try Self.payload(of: token)["grants"] == ["identity": "", "player": [:]])
    }

    // MARK: - Layout

    @Test("Claims are written in twilio-node's order with identity first in grants")
    func claimOrder() throws {
        var token = AccessToken(Self.accountSid, Self.keySid, Self.secret, identity: "bob", nbf: 1_699_999_000, clock: .fixed(Self.now))
        token.addGrant(VideoGrant())
        token.addGrant(SyncGrant())

        let payload = try Self.payload(of: token)

        #expect(payload.keys == ["jti", "grants", "nbf", "iat", "exp", "iss", "sub"])
        #expect(payload["grants"]?.objectValue?.keys == ["identity", "video", "data_sync"])
        #expect(payload["jti"] == .string("\(Self.keySid)-\(Self.now)"))
        #expect(payload["iss"] == .string(Self.keySid))
        #expect(payload["sub"] == .string(Self.accountSid))
        #expect(payload["nbf"] == 1_699_999_000)
    }

    @Test("exp is now + ttl even when nbf is later than now")
    func expiryIgnoresNotBefore() throws {
        let token = AccessToken(Self.accountSid, Self.keySid, Self.secret, ttl: 600, nbf: Self.now + 3000, clock: .fixed(Self.now))
        let payload = try Self.payload(of: token)
        #expect(payload["exp"] == .int(Self.now + 600))
        #expect(payload["nbf"] == .int(Self.now + 3000))
    }

    @Test("An empty or missing region writes no twr; a region is escaped as JSON")
    func regionHeader() throws {
        let plain = try DecodedAccessToken(jwt: try Self.token().toJwt())
        #expect(plain.header.keys == ["alg", "typ", "cty"])

        var empty = Self.token()
        empty.region = ""
        #expect(try DecodedAccessToken(jwt: try empty.toJwt()).headerSegment == plain.headerSegment)

        var quoted = Self.token()
        quoted.region = #"ie"1"#
        let header = try DecodedAccessToken(jwt: try quoted.toJwt()).header
        #expect(header.keys == ["alg", "typ", "cty", "twr"])
        #expect(header["twr"] == .string(#"ie"1"#))
    }

    @Test("The system clock gives the current whole second")
    func systemClock() throws {
        let before = TokenClock.fixed(0).now()
        #expect(before == 0)
        let counter = TokenClock { 42 }
        #expect(counter.now() == 42)

        let token = AccessToken(Self.accountSid, Self.keySid, Self.secret)
        let issued = try #require(try DecodedAccessToken(jwt: try token.toJwt()).issuedAt)
        // 2023-11-14 and 2100-01-01: a sane unix time in seconds, not milliseconds.
        #expect((1_700_000_000..<4_102_444_800).contains(issued))
        #expect(abs(TokenClock.system.now() - issued) <= 1)
    }

    @Test("Printing or dumping a token never shows its secret")
    func secretNotPrinted() {
        var token = Self.token()
        token.addGrant(SyncGrant())
        #expect(token.description.contains("identity: \"alice\""))
        #expect(token.description.contains("grants: [\"data_sync\"]"))
        var dumped = ""
        dump(token, to: &dumped)
        for text in [token.description, String(reflecting: token), "\(token)", dumped] {
            #expect(!text.contains(Self.secret))
        }
        #expect(dumped.contains("alice"))
    }

    // MARK: - Errors

    @Test("Errors compare by code only and describe themselves with their message")
    func errorEquality() throws {
        let error = try #require(throws: AccessTokenError.self) { try Self.token(ttl: 0).toJwt() }
        #expect(error == AccessTokenError.invalidTTL)
        #expect(error != AccessTokenError.identityRequired)
        #expect(error != AccessTokenError.malformedToken)
        #expect(error.description == error.message)
        #expect(error.code.description == "invalidTTL")
        #expect(AccessTokenError.Code.identityRequired.description == "identityRequired")
    }
}
