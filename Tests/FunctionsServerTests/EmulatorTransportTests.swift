import FunctionsHost
import FunctionsServer
import Testing
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// The in-process transport hands the client the emulator's value and, when read, the same body
/// bytes the emulator's REST port writes.
struct EmulatorTransportTests {
    private static let authorization = EmulatorCredentials.basic(username: Fake.apiKey, password: Fake.apiSecret)

    private func request(_ method: String, _ path: String, query: [(String, String)] = []) -> TwilioHTTPRequest {
        TwilioHTTPRequest(
            method: method, baseURL: "https://sync.twilio.com", path: path, query: query,
            headers: [(name: "Authorization", value: Self.authorization)]
        )
    }

    @Test func aDocumentArrivesAsTheValueAndTheBytesThePortWrites() async throws {
        let twilio = try EmulatedTwilio()
        let response = try await EmulatorTransport(twilio.emulator).send(request("GET", EmulatedTwilio.documentPath))
        let direct = await twilio.send("GET", EmulatedTwilio.documentPath)
        #expect(response.status == 200)
        #expect(response.body == direct.body)
        #expect(response.body == direct.jsonValue?.jsonBytes)
        #expect(response.parsedJSON == direct.jsonValue)
        #expect(response.parsedJSON?["data"]?["playerStreamerSid"]?.stringValue == EmulatedTwilio.seededStreamer)
        #expect(response.header("ETag") == direct.header("ETag"))
    }

    @Test func theQueryReachesTheEmulatorEncoded() async throws {
        let twilio = try EmulatedTwilio()
        let documents = "/v1/Services/\(Fake.syncServiceSid)/Documents"
        let response = try await EmulatorTransport(twilio.emulator).send(
            request("GET", documents, query: [("PageSize", "1"), ("Page Token", "a b&c")])
        )
        #expect(response.status == 200)
        #expect(response.parsedJSON?["meta"]?["page_size"]?.intValue == 1)
        #expect(response.parsedJSON?["documents"]?.arrayValue?.count == 1)
    }

    @Test func anErrorArrivesAsTheValueAndTheBytesThePortWrites() async throws {
        let twilio = try EmulatedTwilio()
        let path = "/v1/Services/\(Fake.syncServiceSid)/Documents/missing"
        let response = try await EmulatorTransport(twilio.emulator).send(request("GET", path))
        let direct = await twilio.send("GET", path)
        #expect(response.status == 404)
        #expect(response.body == direct.body)
        #expect(response.parsedJSON?["code"]?.intValue == 20404)
    }
}
