import Foundation
import Testing
import TwilioEmulator
import TwilioWire

struct SyncServiceTests {
    @Test func createAnswers201WithTheServiceFields() async throws {
        let test = try await TestEmulator.make()
        let response = await test.send("POST", "/v1/Services", [("FriendlyName", "my service")])
        #expect(response.status == 201)
        let service = try #require(response.json?.objectValue)
        #expect(
            service.keys == [
                "sid", "unique_name", "account_sid", "friendly_name", "date_created", "date_updated", "url",
                "webhook_url", "webhooks_from_rest_enabled", "reachability_webhooks_enabled", "acl_enabled",
                "reachability_debouncing_enabled", "reachability_debouncing_window", "links",
            ]
        )
        let sid = try #require(service["sid"]?.stringValue)
        #expect(sid.hasPrefix("IS") && sid.count == 34)
        #expect(service["friendly_name"] == "my service")
        #expect(service["account_sid"] == .string(TestValues.accountSid))
        #expect(service["date_created"] == "2015-07-30T20:00:00Z")
        let url = "https://sync.twilio.com/v1/Services/\(sid)"
        #expect(service["url"] == .string(url))
        #expect(
            service["links"] == [
                "documents": .string(url + "/Documents"), "lists": .string(url + "/Lists"),
                "maps": .string(url + "/Maps"), "streams": .string(url + "/Streams"),
            ]
        )
    }

    @Test func fetchBySidAndDefault() async throws {
        let test = try await TestEmulator.make()
        _ = await test.send("POST", "/v1/Services", [("FriendlyName", "second")])
        let bySid = await test.send("GET", "/v1/Services/\(test.serviceSid)")
        #expect(bySid.status == 200)
        #expect(bySid.json?["friendly_name"] == "tests")
        // `default` is the first service created.
        let byDefault = await test.send("GET", "/v1/Services/default")
        #expect(byDefault.json?["sid"] == .string(test.serviceSid))
    }

    @Test func listHasKeyServices() async throws {
        let test = try await TestEmulator.make()
        let response = await test.send("GET", "/v1/Services")
        #expect(response.status == 200)
        #expect(response.json?["services"]?.arrayValue?.count == 1)
        #expect(response.json?["meta"]?["key"] == "services")
    }

    @Test func defaultWithoutAnyServiceIs404() async throws {
        let emulator = TwilioEmulator(credentials: TestValues.credentials, store: .inMemory())
        let response = await emulator.handle(method: "GET", path: "/v1/Services/default/Documents/streaming_info")
        let message = try expectTwilioError(response, status: 404, code: 20404)
        #expect(message == "The requested resource /Services/default/Documents/streaming_info was not found")
    }
}
