import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Testing
import TwilioAccessToken
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// `/live-access-token` against the emulated Sync and Media services.
@Suite("The /live-access-token Function")
struct LiveAccessTokenTests {
    static let routes: [FunctionsManifest.Entry] = [.init(path: "/live-access-token", handler: "live-access-token")]

    func run(_ twilio: EmulatedTwilio) async throws -> (TestResponse, Harness) {
        let harness = try Harness(routes: Self.routes)
        let app = buildApplication(project: harness.project, configuration: harness.configuration, twilio: twilio.backend, logger: harness.recorder.logger())
        let response = try await app.test(.router) { client in try await client.get("/live-access-token") }
        return (response, harness)
    }

    @Test func answersAPlaybackTokenWithTheGrantTheMediaServiceIssued() async throws {
        let twilio = try EmulatedTwilio()
        let (response, _) = try await run(twilio)
        #expect(response.status == .ok)
        #expect(response.header("Access-Control-Allow-Origin") == "*")
        #expect(response.header("Access-Control-Allow-Methods") == "GET")
        #expect(response.header("Access-Control-Allow-Headers") == "Content-Type")
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")

        let jwt = try #require(try response.json()["token"]?.stringValue)
        let token = try DecodedAccessToken(jwt: jwt)
        #expect(token.verifySignature(secret: Fake.apiSecret))
        #expect(token.identity == nil)
        #expect(token.expiresAt.flatMap { exp in token.issuedAt.map { exp - $0 } } == 3600)

        // The grant, exactly as the emulated Media service returned it (key order included).
        let exchanges = twilio.recorder.all
        #expect(exchanges.map(\.request.method) == ["GET", "POST"])
        #expect(exchanges.first?.request.path == EmulatedTwilio.documentPath)
        let grantCall = try #require(exchanges.last)
        #expect(grantCall.request.path == "/v1/PlayerStreamers/\(EmulatedTwilio.seededStreamer)/PlaybackGrant")
        #expect(grantCall.request.form.contains { $0 == ("Ttl", "60") })
        #expect(grantCall.response.status == 201)
        let issued = try #require(try JSONParser.parse(grantCall.response.body)["grant"])
        let player = try #require(token.grants?["player"])
        #expect(player == issued)
        #expect(player.jsonString == issued.jsonString)
        #expect(player["playerStreamerSid"] == .string(EmulatedTwilio.seededStreamer))
    }

    @Test func missingDocumentIsA500NamingIt() async throws {
        let twilio = try EmulatedTwilio()
        #expect(await twilio.send("DELETE", EmulatedTwilio.documentPath).status == 204)
        let (response, harness) = try await run(twilio)
        #expect(response.status == .internalServerError)
        #expect(response.text.contains("問題が発生しました。"))
        #expect(response.text.contains("The Sync document streaming_info does not exist in the Sync service \(Fake.syncServiceSid)"))
        #expect(harness.recorder.requestLines.first?.hasPrefix("500 GET /live-access-token") == true)
    }

    @Test func documentWithoutPlayerStreamerSidIsA500NamingIt() async throws {
        let twilio = try EmulatedTwilio()
        #expect(await twilio.send("POST", EmulatedTwilio.documentPath, [("Data", #"{"other": 1}"#)]).status == 200)
        let (response, _) = try await run(twilio)
        #expect(response.status == .internalServerError)
        #expect(response.text.contains("has no playerStreamerSid"))
    }

    @Test func missingStreamerIsA500NamingIt() async throws {
        let twilio = try EmulatedTwilio()
        let ghost = "VJ" + String(repeating: "f", count: 32)
        let update = await twilio.send("POST", EmulatedTwilio.documentPath, [("Data", #"{"playerStreamerSid": "\#(ghost)"}"#)])
        #expect(update.status == 200)
        let (response, _) = try await run(twilio)
        #expect(response.status == .internalServerError)
        #expect(response.text.contains("The player streamer \(ghost) named by the Sync document streaming_info does not exist"))
    }

    @Test func withoutATwilioConnectionTheErrorSaysSo() async throws {
        let harness = try Harness(routes: Self.routes)
        let response = try await harness.run { client in try await client.get("/live-access-token") }
        #expect(response.status == .internalServerError)
        #expect(response.text.contains("no Twilio connection"))
    }
}
