import Functions
import FunctionsRuntime
import FunctionsTesting
import Logging
import Testing
import TwilioAccessToken
import TwilioAPI
import TwilioWire

// The seed Functions, tested the way a user tests their own: through FunctionsTesting only, in
// process, with emulated Twilio state. (TokenFunctionTests and LiveAccessTokenTests cover the
// HTTP layer around the same handlers.)

/// The values the seed Functions read from `context`; shaped like real ones, none is real.
private let environment: [String: String] = [
    "ACCOUNT_SID": Fake.accountSid,
    "API_KEY": Fake.apiKey,
    "API_SECRET": Fake.apiSecret,
    "SYNC_SERVICE_SID": Fake.syncServiceSid,
    "AUTH_TOKEN": Fake.authToken,
]

@Suite("/token with FunctionsTesting")
struct TokenKitTests {
    let kit: FunctionsTestKit

    init() throws {
        kit = try FunctionsTestKit(registry: Functions.registry, routes: [.init(path: "/token", handler: "token")], environment: environment)
    }

    @Test func answers200WithTheTutorialsCORSHeaders() async throws {
        let response = await kit.get("/token", query: ["identity": "alice"])
        #expect(response.status == 200)
        #expect(response.header("Access-Control-Allow-Origin") == "*")
        #expect(response.header("Access-Control-Allow-Methods") == "GET")
        #expect(response.header("Access-Control-Allow-Headers") == "Content-Type")
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        #expect(try response.json().objectValue?.keys == ["token"])
    }

    @Test func theTokenCarriesTheIdentityAndTheSyncGrant() async throws {
        let response = await kit.get("/token", query: ["identity": "alice"])
        let token = try response.accessToken(secret: Fake.apiSecret)
        #expect(token.header["cty"]?.stringValue == "twilio-fpa;v=1")
        #expect(token.identity == "alice")
        #expect(token.grants?["data_sync"]?["service_sid"]?.stringValue == Fake.syncServiceSid)
        #expect(token.signingKeySid == Fake.apiKey)
        #expect(token.accountSid == Fake.accountSid)
        let issuedAt = try #require(token.issuedAt)
        #expect(token.expiresAt.map { $0 - issuedAt } == 3600)
    }

    @Test func theIdentityMayComeFromAFormOrAJSONBody() async throws {
        let form = await kit.post("/token", form: ["identity": "bob smith+1"])
        #expect(try form.accessToken(secret: Fake.apiSecret).identity == "bob smith+1")
        let json = await kit.post("/token", json: ["identity": "carol"])
        #expect(try json.accessToken(secret: Fake.apiSecret).identity == "carol")
    }

    @Test func aTokenSignedWithAnotherSecretIsRefused() async throws {
        let response = await kit.get("/token?identity=alice")
        #expect(throws: FunctionTestError(.invalidSignature, "")) {
            _ = try response.accessToken(secret: "not-the-secret")
        }
    }

    @Test func withoutAnIdentityTheAnswerIsA500NamingIt() async throws {
        let response = await kit.get("/token")
        #expect(response.status == 500)
        #expect(response.text.contains("identity"))
        #expect(response.header("Access-Control-Allow-Origin") == nil)
        #expect(!response.text.contains(Fake.apiSecret))
        #expect(throws: FunctionTestError(.noToken, "")) { _ = try response.accessToken(secret: Fake.apiSecret) }
        #expect(kit.logs.contains { $0.level == .error && $0.message.hasPrefix("500 GET /token — ") && $0.message.contains("identity") })
    }
}

@Suite("/live-access-token with FunctionsTesting")
struct LiveAccessTokenKitTests {
    let kit: FunctionsTestKit

    init() throws {
        kit = try FunctionsTestKit(
            registry: Functions.registry,
            routes: [.init(path: "/live-access-token", handler: "live-access-token")],
            environment: environment
        )
    }

    /// The playback grant of a successful answer.
    func player(of response: FunctionTestResponse) throws -> JSONValue {
        try #require(response.status == 200, "body: \(response.text)")
        let token = try response.accessToken(secret: Fake.apiSecret)
        #expect(token.identity == nil)
        return try #require(token.grants?["player"])
    }

    @Test func theShippedSeedFixtureIsEnough() async throws {
        try kit.twilio.seed(from: EmulatedTwilio.seedPath)
        let response = await kit.get("/live-access-token")
        #expect(response.header("Access-Control-Allow-Origin") == "*")
        #expect(try player(of: response)["playerStreamerSid"]?.stringValue == EmulatedTwilio.seededStreamer)
    }

    @Test func answersAPlaybackTokenForTheStreamerTheDocumentNames() async throws {
        let streamer = try await kit.twilio.createPlayerStreamer()
        try await kit.twilio.createDocument("streaming_info", data: ["playerStreamerSid": .string(streamer.sid)])
        let response = await kit.get("/live-access-token")
        let player = try player(of: response)
        #expect(player["playerStreamerSid"]?.stringValue == streamer.sid)
        #expect(player["playbackUrl"]?.stringValue?.contains(streamer.sid) == true)
        let token = try response.accessToken(secret: Fake.apiSecret)
        #expect(token.expiresAt.flatMap { exp in token.issuedAt.map { exp - $0 } } == 3600)
    }

    @Test func aMissingDocumentIsA500NamingIt() async throws {
        let response = await kit.get("/live-access-token")
        #expect(response.status == 500)
        #expect(response.text.contains("The Sync document streaming_info does not exist in the Sync service \(Fake.syncServiceSid)"))
    }

    @Test func aDocumentWithoutPlayerStreamerSidIsA500NamingIt() async throws {
        try await kit.twilio.createDocument("streaming_info", data: ["other": 1])
        let response = await kit.get("/live-access-token")
        #expect(response.status == 500)
        #expect(response.text.contains("The Sync document streaming_info has no playerStreamerSid"))
    }

    @Test func anUnknownStreamerIsA500NamingIt() async throws {
        let ghost = "VJ" + String(repeating: "f", count: 32)
        try await kit.twilio.createDocument("streaming_info", data: ["playerStreamerSid": .string(ghost)])
        let response = await kit.get("/live-access-token")
        #expect(response.status == 500)
        #expect(response.text.contains("The player streamer \(ghost) named by the Sync document streaming_info does not exist"))
    }
}
