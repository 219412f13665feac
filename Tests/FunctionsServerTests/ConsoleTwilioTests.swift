import Foundation
import FunctionsHost
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TwilioEmulator
import TwilioWire

@Suite("The console's relay to the emulated Twilio services")
struct ConsoleTwilioTests {
    static let documents = "/_console/api/twilio/v1/Services/\(Fake.syncServiceSid)/Documents"
    static let form: HTTPFields = [HTTPField.Name("X-Console")!: "1", .contentType: "application/x-www-form-urlencoded"]

    static func send(_ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, _ form: String? = nil, headers: HTTPFields = form) async throws -> TestResponse {
        try await client.execute(uri: uri, method: method, headers: headers, body: form.map { ByteBuffer(string: $0) })
    }

    @Test("Sync documents: list, create, update with the revision check, delete")
    func syncDocuments() async throws {
        let twilio = try EmulatedTwilio()
        try await ConsoleTests.app(twilio: twilio.backend).test(.router) { client in
            let list = try await client.get(Self.documents)
            #expect(list.status == .ok)
            #expect(try list.json()["documents"]?.arrayValue?.contains { $0["unique_name"] == "streaming_info" } == true)

            let created = try await Self.send(client, .post, Self.documents, "UniqueName=console-doc&Data=%7B%22a%22%3A1%7D")
            #expect(created.status == .created)
            let revision = try #require(try created.json()["revision"]?.stringValue)
            #expect(try created.json()["data"]?["a"] == .int(1))

            var stale = Self.form
            stale[.ifMatch] = revision + "0"
            let conflict = try await Self.send(client, .post, Self.documents + "/console-doc", "Data=%7B%22a%22%3A2%7D", headers: stale)
            #expect(conflict.status == .preconditionFailed)
            var current = Self.form
            current[.ifMatch] = revision
            let updated = try await Self.send(client, .post, Self.documents + "/console-doc", "Data=%7B%22a%22%3A2%7D", headers: current)
            #expect(updated.status == .ok)

            // What the page changed, the SDKs see: the same emulator.
            let stored = await twilio.send("GET", "/v1/Services/\(Fake.syncServiceSid)/Documents/console-doc")
            #expect(stored.json?["data"]?["a"] == .int(2))

            #expect(try await Self.send(client, .delete, Self.documents + "/console-doc").status == .noContent)
            #expect(try await client.get(Self.documents + "/console-doc").status == .notFound)
        }
    }

    @Test("player streamers: list, create, end")
    func playerStreamers() async throws {
        let twilio = try EmulatedTwilio()
        try await ConsoleTests.app(twilio: twilio.backend).test(.router) { client in
            let created = try await Self.send(client, .post, "/_console/api/twilio/v1/PlayerStreamers", "Video=true")
            #expect(created.status == .created)
            let sid = try #require(try created.json()["sid"]?.stringValue)
            let ended = try await Self.send(client, .post, "/_console/api/twilio/v1/PlayerStreamers/\(sid)", "Status=ended")
            #expect(try ended.json()["status"] == "ended")
            let list = try await client.get("/_console/api/twilio/v1/PlayerStreamers")
            #expect(try list.json()["player_streamers"]?.arrayValue?.count == 2)
        }
    }

    @Test("bad paths, methods and requests are refused with a message")
    func refusals() async throws {
        let twilio = try EmulatedTwilio()
        try await ConsoleTests.app(twilio: twilio.backend).test(.router) { client in
            #expect(try await client.get("/_console/api/twilio/v3/Services").status == .notFound)
            #expect(try await client.get("/_console/api/twilio/_emulator/Other").status == .notFound)
            #expect(try await client.get("/_console/api/twilio/../overview").status == .notFound)
            #expect(try await Self.send(client, .put, Self.documents).status == .methodNotAllowed)
            #expect(try await Self.send(client, .post, Self.documents, "UniqueName=x", headers: [.contentType: "application/x-www-form-urlencoded"]).status == .forbidden)
            let badForm = try await Self.send(client, .post, Self.documents, "Data=%ZZ")
            #expect(badForm.status == .badRequest)
            #expect(try badForm.json()["error"]?.stringValue?.contains("Data") == true)
        }
        try await ConsoleTests.app(twilio: .twilio).test(.router) { client in
            let live = try await client.get(Self.documents)
            #expect(live.status == .serviceUnavailable)
            #expect(try live.json()["error"]?.stringValue?.contains("live Twilio") == true)
        }
    }
}
