import FunctionsJS
import FunctionsRuntime
import FunctionsTesting
import Testing
import TwilioAccessToken
import TwilioAPI
import TwilioWire

/// Values shaped like real ones; none is real.
enum Fake {
    static let accountSid = "AC" + "0123456789abcdef0123456789abcdef"
    static let apiKey = "SK" + "fedcba9876543210fedcba9876543210"
    static let apiSecret = "fake-api-secret-Zq7Xw9Lm4Np2"
    static let syncServiceSid = "IS" + "00112233445566778899aabbccddeeff"
    static let authToken = "a1b2c3d4e5f60718293a4b5c6d7e8f90"

    static let environment: [String: String] = [
        "ACCOUNT_SID": accountSid,
        "API_KEY": apiKey,
        "API_SECRET": apiSecret,
        "SYNC_SERVICE_SID": syncServiceSid,
        "AUTH_TOKEN": authToken,
        "TWILIO_PHONE_NUMBER": "+12223334444",
        "FORWARDING_NUMBERS": "+15550001111, +15550002222",
    ]
}

/// A kit running `table`'s modules at `/<name>`.
func makeKit(_ table: JSModuleTable, environment: [String: String] = Fake.environment) throws -> FunctionsTestKit {
    try FunctionsTestKit(
        registry: table.registry,
        routes: table.entries.map { FunctionsManifest.Entry(path: "/" + $0.name, handler: $0.name) },
        environment: environment
    )
}

@Suite("Translated seed Functions answer as their hand ports")
struct ModuleSeedTests {
    let kit: FunctionsTestKit

    init() throws {
        kit = try makeKit(seedModules)
    }

    @Test func tokenCarriesTheIdentityAndSyncGrantWithTheTutorialsHeaders() async throws {
        let response = await kit.get("/token", query: ["identity": "alice"])
        #expect(response.status == 200, "\(response.text)")
        #expect(response.header("Access-Control-Allow-Origin") == "*")
        #expect(response.header("Access-Control-Allow-Methods") == "GET")
        #expect(response.header("Access-Control-Allow-Headers") == "Content-Type")
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        let token = try response.accessToken(secret: Fake.apiSecret)
        // The hand port mints the same token from the same inputs: compare every claim but the clock's.
        var expected = AccessToken(Fake.accountSid, Fake.apiKey, Fake.apiSecret, clock: .fixed(try #require(token.issuedAt)))
        expected.addGrant(SyncGrant(serviceSid: Fake.syncServiceSid))
        expected.identity = "alice"
        let jwt = try #require(try response.json()["token"]?.stringValue)
        #expect(jwt == (try expected.toJwt()))
    }

    @Test func tokenWithoutAnIdentityIsA500NamingIt() async throws {
        let response = await kit.get("/token")
        #expect(response.status == 500)
        #expect(response.text.contains("SyncGrant needs an identity"))
        #expect(!response.text.contains(Fake.apiSecret))
    }

    @Test func liveAccessTokenWrapsThePlaybackGrantOfTheDocumentsStreamer() async throws {
        let streamer = try await kit.twilio.createPlayerStreamer()
        try await kit.twilio.createDocument("streaming_info", data: ["playerStreamerSid": .string(streamer.sid)])
        let response = await kit.get("/live-access-token")
        #expect(response.status == 200, "\(response.text)")
        #expect(response.header("Access-Control-Allow-Origin") == "*")
        let token = try response.accessToken(secret: Fake.apiSecret)
        #expect(token.identity == nil)
        let player = try #require(token.grants?["player"])
        #expect(player["playerStreamerSid"]?.stringValue == streamer.sid)
        #expect(player["playbackUrl"]?.stringValue?.contains(streamer.sid) == true)
        #expect(token.expiresAt.flatMap { exp in token.issuedAt.map { exp - $0 } } == 3600)
    }

    @Test func liveAccessTokenWithoutTheDocumentRejectsWithTwiliosError() async throws {
        let response = await kit.get("/live-access-token")
        #expect(response.status == 500)
        #expect(response.text.contains("streaming_info"), "\(response.text)")
        #expect(!response.text.contains(Fake.apiSecret))
    }

    @Test func voiceIvrAnswersTwilioNodesTwiMLByteForByte() async throws {
        let response = await kit.post("/voice-ivr", form: ["From": "+15551234567"], signed: true)
        #expect(response.status == 200, "\(response.text)")
        #expect(response.header("Content-Type") == "text/xml; charset=utf-8")
        #expect(
            response.text == #"<?xml version="1.0" encoding="UTF-8"?><Response>"#
                + #"<Gather numDigits="1" action="handle-user-input" hints="sales, opening hours, address" input="speech dtmf">"#
                + "<Say>Please press 1 or say Sales to talk to someone</Say>"
                + "<Say>Press 2 or say Opening Hours to hear when we are open</Say>"
                + "<Say>Press 3 or say Address to receive a text message with our address</Say></Gather>"
                + "<Say>Sorry we couldn't understand you</Say><Redirect/></Response>"
        )
    }

    @Test(arguments: [
        ("1", "<Say>Thank you. You will now be forwarded to our sales department.</Say><Dial>+12223334444</Dial>"),
        ("2", "<Say>We are open from 9am to 5pm every day but Sunday.</Say>"),
        ("9", "<Say>We are sorry, we did not recognize your option. Please try again.</Say><Redirect>voice-ivr</Redirect>"),
    ])
    func handleUserInputAnswersEachOption(digits: String, verbs: String) async throws {
        let response = await kit.post("/handle-user-input", form: ["Digits": digits], signed: true)
        #expect(response.status == 200, "\(response.text)")
        #expect(response.text == #"<?xml version="1.0" encoding="UTF-8"?><Response>"# + verbs + "</Response>")
    }

    @Test func handleUserInputReadsSpeechAndTextsTheAddress() async throws {
        try await kit.twilio.addPhoneNumber("+12223334444")
        let response = await kit.post(
            "/handle-user-input", form: ["SpeechResult": "The Address please", "From": "+14155552671", "To": "+12223334444"], signed: true
        )
        #expect(response.status == 200, "\(response.text)")
        #expect(response.text.contains("<Say>We will send you a text message with our address in a minute.</Say>"))
        let sent = try await kit.twilio.messages().filter { $0.to == "+14155552671" }
        #expect(sent.count == 1)
        #expect(sent.first?.body?.contains("375 Beale St") == true)
    }

    @Test func handleUserInputWithoutInputApologizes() async throws {
        let response = await kit.post("/handle-user-input", form: ["From": "+15551234567"], signed: true)
        #expect(response.text.hasSuffix("<Response><Say>Sorry something went wrong. Please call again</Say></Response>"))
    }

    @Test func helloWorldAnswersText() async throws {
        let response = await kit.get("/hello-world")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "text/plain; charset=utf-8")
        #expect(response.text == "Hello world!")
    }

    @Test func forwardMessageAnswersAMessageForEachNumber() async throws {
        let response = await kit.post("/forward-message", form: ["From": "+15551234567", "Body": "Hi & bye"], signed: true)
        #expect(response.status == 200, "\(response.text)")
        #expect(
            response.text == #"<?xml version="1.0" encoding="UTF-8"?><Response>"#
                + #"<Message to="+15550001111">From: +15551234567. Body: Hi &amp; bye</Message>"#
                + #"<Message to="+15550002222">From: +15551234567. Body: Hi &amp; bye</Message></Response>"#
        )
    }
}
