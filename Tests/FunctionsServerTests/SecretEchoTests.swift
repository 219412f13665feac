import Foundation
import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import TwilioEmulator
import TwilioWire

/// A requester who sends the API_SECRET or AUTH_TOKEN value in a path, a parameter or a header
/// never sees it again: not in an error body of either port, a log line, or the console's log.
@Suite("Secrets sent in requests are not echoed back")
struct SecretEchoTests {
    static let secret = Fake.apiSecret
    static let token = Fake.authToken

    @Test func functionsPortErrorsDoNotQuoteThem() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let answers = try await harness.run { client in
            [
                try await client.get("/\(Self.secret)"),
                try await client.get("/hello?\(Self.token)=%ZZ"),
                try await client.send(.post, "/echo", headers: [.contentType: "application/x-www-form-urlencoded"], body: "\(Self.secret)=%E0%A4%A"),
            ]
        }
        #expect(answers.map(\.status) == [.notFound, .badRequest, .badRequest])
        for answer in answers {
            let text = String(buffer: answer.body)
            #expect(!text.contains(Self.secret) && !text.contains(Self.token), "\(text)")
        }
        #expect(String(buffer: answers[0].body).contains(SecretRedactor.placeholder))
        for line in harness.recorder.allText {
            #expect(!line.contains(Self.secret) && !line.contains(Self.token), "\(line)")
        }
    }

    @Test func apiPortErrorsAndLogLinesDoNotQuoteThem() async throws {
        let twilio = try EmulatedTwilio()
        let recorder = LogRecorder()
        let app = buildEmulatorApplication(emulator: twilio.emulator, logger: recorder.logger(level: .debug))
        let authorization = HTTPFields.lines([("Authorization", EmulatorCredentials.basic(username: Fake.apiKey, password: Fake.apiSecret))])
        let answers = try await app.test(.router) { client in
            [
                try await client.get("/v1/Services/\(Self.secret)/Documents", headers: authorization),
                try await client.execute(
                    uri: "/v1/Services/\(Fake.syncServiceSid)/Documents", method: .post,
                    headers: authorization + [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "Ttl=\(Self.token)")
                ),
            ]
        }
        #expect(answers.map(\.status) == [.notFound, .badRequest])
        for answer in answers {
            let message = try #require(try JSONParser.parse(Array(buffer: answer.body))["message"]?.stringValue)
            #expect(!message.contains(Self.secret) && !message.contains(Self.token), "\(message)")
            #expect(message.contains(SecretRedactor.placeholder), "\(message)")
        }
        #expect(!recorder.allText.isEmpty)
        for line in recorder.allText {
            #expect(!line.contains(Self.secret) && !line.contains(Self.token), "\(line)")
        }
    }

    @Test func theConsoleLogNeverShowsCredentialHeaders() throws {
        let basic = EmulatorCredentials.basic(username: Fake.apiKey, password: Fake.apiSecret)
        let event = try FunctionEvent(
            query: "name=ada",
            headers: [("Authorization", basic), ("X-Twilio-Signature", "c2lnbmF0dXJl"), ("User-Agent", "curl")],
            body: []
        )
        let entry = RequestLogEntry(
            time: 0, method: "GET", path: "/echo", query: "name=ada", result: .text(200, "ok"), durationMilliseconds: 1, event: event
        )
        let json = entry.json(redactor: SecretRedactor(secrets: [Fake.apiSecret])).jsonString
        #expect(!json.contains(basic.dropFirst("Basic ".count)), "\(json)")
        #expect(!json.contains("c2lnbmF0dXJl"))
        #expect(json.contains("curl"))
        #expect(json.contains(#""authorization":"[redacted]""#) || json.contains(#""Authorization":"[redacted]""#), "\(json)")
    }
}
