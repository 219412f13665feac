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

    @Test func createAndUpdateTakeTheSettings() async throws {
        let test = try await TestEmulator.make()
        let created = await test.send(
            "POST", "/v1/Services",
            [("FriendlyName", "s"), ("AclEnabled", "true"), ("WebhookUrl", "https://example.com/hook"), ("ReachabilityDebouncingWindow", "2000")]
        )
        #expect(created.json?["acl_enabled"] == true)
        #expect(created.json?["webhook_url"] == "https://example.com/hook")
        #expect(created.json?["reachability_debouncing_window"] == 2000)
        let sid = try #require(created.json?["sid"]?.stringValue)
        test.clock.advance(by: 3)
        let updated = await test.send(
            "POST", "/v1/Services/\(sid)", [("FriendlyName", "renamed"), ("AclEnabled", "false"), ("WebhooksFromRestEnabled", "True")]
        )
        #expect(updated.status == 200)
        #expect(updated.json?["friendly_name"] == "renamed")
        #expect(updated.json?["acl_enabled"] == false)
        #expect(updated.json?["webhooks_from_rest_enabled"] == true)
        #expect(updated.json?["webhook_url"] == "https://example.com/hook")
        #expect(updated.json?["date_updated"] == "2015-07-30T20:00:03Z")
        #expect(await test.send("GET", "/v1/Services/\(sid)").json?["friendly_name"] == "renamed")
    }

    @Test(arguments: [
        ("ReachabilityDebouncingWindow", "999"),
        ("ReachabilityDebouncingWindow", "30001"),
        ("AclEnabled", "maybe"),
        ("WebhookUrl", "ftp://example.com"),
        ("ReachabilityWebhooksEnabled", "1"),
    ])
    func aBadSettingIs400NamingItAndChangesNothing(name: String, value: String) async throws {
        let test = try await TestEmulator.make()
        let before = await test.send("GET", "/v1/Services/\(test.serviceSid)").bodyText
        let updated = await test.send("POST", "/v1/Services/\(test.serviceSid)", [("FriendlyName", "changed"), (name, value)])
        let message = try expectTwilioError(updated, status: 400, code: 20001)
        #expect(message.contains(name))
        #expect(await test.send("GET", "/v1/Services/\(test.serviceSid)").bodyText == before)
        try expectTwilioError(await test.send("POST", "/v1/Services", [(name, value)]), status: 400, code: 20001)
        #expect(await test.send("GET", "/v1/Services").json?["services"]?.arrayValue?.count == 1)
    }

    @Test func deletingAServiceDeletesEverythingInIt() async throws {
        let test = try await TestEmulator.make()
        let other = await test.send("POST", "/v1/Services", [("FriendlyName", "kept")])
        let otherSid = try #require(other.json?["sid"]?.stringValue)
        _ = await test.send("POST", "/v1/Services/\(otherSid)/Documents", [("UniqueName", "kept")])
        try await test.createDocument("d")
        try await test.createObject("Lists", [("UniqueName", "l")])
        try await test.addItem(test.path("Lists/l"), [("Data", "{}")])
        try await test.createObject("Maps", [("UniqueName", "m")])
        try await test.addItem(test.path("Maps/m"), [("Key", "k"), ("Data", "{}")])
        _ = await test.send("POST", test.path("Maps/m/Permissions/alice"), [("Read", "true"), ("Write", "true"), ("Manage", "true")])
        try await test.createObject("Streams")

        #expect(await test.send("DELETE", "/v1/Services/\(test.serviceSid)").status == 204)
        let snapshot = try test.emulator.store.snapshot(clock: test.clock.clock)
        #expect(snapshot.summary == "1 service, 1 document, 0 PlayerStreamers")
        try expectTwilioError(await test.send("GET", "/v1/Services/\(test.serviceSid)"), status: 404, code: 20404)
        try expectTwilioError(await test.send("DELETE", "/v1/Services/\(test.serviceSid)"), status: 404, code: 20404)
        #expect(await test.send("GET", "/v1/Services/default").json?["sid"] == .string(otherSid))
    }
}
