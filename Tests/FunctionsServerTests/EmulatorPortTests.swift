import Foundation
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// The emulated Twilio REST API on its own port: Twilio's paths, Basic auth, JSON answers.
@Suite("The emulated Twilio API port")
struct EmulatorPortTests {
    static func basic(_ user: String, _ password: String) -> HTTPFields {
        .lines([("Authorization", EmulatorCredentials.basic(username: user, password: password))])
    }

    @Test func documentIsServedInTwiliosShapeToTheAPIKey() async throws {
        let twilio = try EmulatedTwilio()
        let app = buildEmulatorApplication(emulator: twilio.emulator)
        let (ok, wrong, none) = try await app.test(.router) { client in
            (
                try await client.get(EmulatedTwilio.documentPath, headers: Self.basic(Fake.apiKey, Fake.apiSecret)),
                try await client.get(EmulatedTwilio.documentPath, headers: Self.basic(Fake.apiKey, "wrong")),
                try await client.get(EmulatedTwilio.documentPath)
            )
        }
        #expect(ok.status == .ok)
        let document = try ok.json()
        #expect(document.objectValue?.keys == [
            "sid", "unique_name", "account_sid", "service_sid", "url", "links", "revision", "data",
            "date_expires", "date_created", "date_updated", "created_by",
        ])
        #expect(document["unique_name"] == "streaming_info")
        #expect(document["data"]?["playerStreamerSid"] == .string(EmulatedTwilio.seededStreamer))
        #expect(ok.header("ETag") == document["revision"]?.stringValue.map { "\"\($0)\"" })
        for refused in [wrong, none] {
            #expect(refused.status == .unauthorized)
            #expect(try refused.json() == ["code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401])
        }
    }

    @Test func accountSidAndAuthTokenAlsoAuthenticate() async throws {
        let twilio = try EmulatedTwilio()
        let app = buildEmulatorApplication(emulator: twilio.emulator)
        let response = try await app.test(.router) { client in
            try await client.get("/v1/PlayerStreamers/\(EmulatedTwilio.seededStreamer)", headers: Self.basic(Fake.accountSid, Fake.authToken))
        }
        #expect(response.status == .ok)
        #expect(try response.json()["status"] == "started")
    }

    @Test func aHostNamingAProductReachesThatProductOverTheSocket() async throws {
        let twilio = try EmulatedTwilio()
        let app = buildEmulatorApplication(emulator: twilio.emulator, configuration: ServerConfiguration(apiPort: 0))
        let (verify, sync, plain) = try await app.test(.live) { client in
            func get(_ host: String) async throws -> HTTPResponse.Status {
                var headers = Self.basic(Fake.apiKey, Fake.apiSecret)
                headers[.init("Host")!] = host
                return try await client.get(EmulatedTwilio.documentPath, headers: headers).status
            }
            return (try await get("verify.localhost:3001"), try await get("sync.localhost:3001"), try await get("127.0.0.1:3001"))
        }
        #expect(verify == .notFound)
        #expect(sync == .ok)
        #expect(plain == .ok)
    }

    @Test func stateWrittenThroughThePortSurvivesARestart() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-port-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let statePath = folder.appendingPathComponent("emulator.sqlite").path

        let first = try EmulatedTwilio(store: try EmulatorStore.file(at: statePath))
        let created = try await buildEmulatorApplication(emulator: first.emulator).test(.router) { client in
            try await client.postForm(
                "/v1/Services/\(Fake.syncServiceSid)/Documents",
                "UniqueName=kept&Data=%7B%22n%22%3A1%7D",
                headers: Self.basic(Fake.apiKey, Fake.apiSecret)
            )
        }
        #expect(created.status == .created)

        let second = try EmulatedTwilio(store: try EmulatorStore.file(at: statePath), seeded: false)
        let fetched = try await buildEmulatorApplication(emulator: second.emulator).test(.router) { client in
            try await client.get("/v1/Services/\(Fake.syncServiceSid)/Documents/kept", headers: Self.basic(Fake.apiKey, Fake.apiSecret))
        }
        #expect(fetched.status == .ok)
        #expect(try fetched.json()["data"] == ["n": 1])
    }

    @Test func officialClientShapeWorksOverTheSocket() async throws {
        let twilio = try EmulatedTwilio()
        let app = buildEmulatorApplication(emulator: twilio.emulator, configuration: ServerConfiguration(apiPort: 0))
        let document = try await app.test(.live) { client in
            let http = TwilioClient(
                credentials: .apiKey(Fake.apiKey, secret: Fake.apiSecret, accountSid: Fake.accountSid),
                endpoints: .local(baseURL: "http://127.0.0.1:\(client.port!)")
            )
            return try await http.sync.services(Fake.syncServiceSid).documents("streaming_info").fetch()
        }
        #expect(document.data["playerStreamerSid"] == .string(EmulatedTwilio.seededStreamer))
    }
}
