import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("Sync Services")
struct SyncServiceTests {
    private func object(_ text: String) throws -> JSONObject {
        try #require(JSONParser.parse(text).objectValue)
    }

    @Test func createSendsEverySettingInTheSpecOrder() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.service))
        let service = try await Fixtures.client(transport).sync.services.create(
            friendlyName: "Live events",
            webhookUrl: "https://example.com/sync?x=1",
            reachabilityWebhooksEnabled: true,
            aclEnabled: false,
            reachabilityDebouncingEnabled: true,
            reachabilityDebouncingWindow: 3000,
            webhooksFromRestEnabled: true
        )

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == Fixtures.servicesURL)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request.form.map(\.0) == [
            "FriendlyName", "WebhookUrl", "ReachabilityWebhooksEnabled", "AclEnabled",
            "ReachabilityDebouncingEnabled", "ReachabilityDebouncingWindow", "WebhooksFromRestEnabled",
        ])
        #expect(request.bodyText == """
            FriendlyName=Live%20events&WebhookUrl=https%3A%2F%2Fexample.com%2Fsync%3Fx%3D1&ReachabilityWebhooksEnabled=true&\
            AclEnabled=false&ReachabilityDebouncingEnabled=true&ReachabilityDebouncingWindow=3000&WebhooksFromRestEnabled=true
            """)
        #expect(service.sid == Fixtures.serviceSid)
    }

    @Test func createWithoutSettingsSendsAnEmptyForm() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.service))
        _ = try await Fixtures.client(transport).sync.services.create()
        #expect(transport.onlyRequest?.body.isEmpty == true)
        #expect(transport.onlyRequest?.method == "POST")
    }

    @Test func callingTheListAddressesOneService() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.service), .json(200, Fixtures.service), TwilioHTTPResponse(status: 204))
        let service = Fixtures.client(transport).sync.services("default")
        #expect(service.sid == "default")
        _ = try await service.fetch()
        try await service.update(friendlyName: "renamed", webhookUrl: "https://example.com/hook", aclEnabled: true)
        try await service.remove()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["GET", "POST", "DELETE"])
        #expect(requests.map(\.url) == Array(repeating: "\(Fixtures.servicesURL)/default", count: 3))
        // UpdateService lists WebhookUrl before FriendlyName, unlike CreateService.
        #expect(requests[1].bodyText == "WebhookUrl=https%3A%2F%2Fexample.com%2Fhook&FriendlyName=renamed&AclEnabled=true")
        #expect(requests[0].body.isEmpty)
        #expect(requests[2].header("Content-Type") == nil)
    }

    @Test func updateSendsEverySetting() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.service))
        try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).update(
            reachabilityWebhooksEnabled: false, reachabilityDebouncingEnabled: false, reachabilityDebouncingWindow: 1000,
            webhooksFromRestEnabled: false)
        #expect(transport.onlyRequest?.bodyText == """
            ReachabilityWebhooksEnabled=false&ReachabilityDebouncingEnabled=false&ReachabilityDebouncingWindow=1000&\
            WebhooksFromRestEnabled=false
            """)
    }

    @Test func listReadsTheServicesKey() async throws {
        let second = #"{"sid": "ISbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}"#
        let transport = RecordingTransport(.json(200, Fixtures.page("services", [Fixtures.service, second])))
        let services = try await Fixtures.client(transport).sync.services.list(pageSize: 2)
        #expect(services.map(\.sid) == [Fixtures.serviceSid, "ISbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"])
        #expect(services.first?.aclEnabled == true)
        #expect(transport.onlyRequest?.url == "\(Fixtures.servicesURL)?PageSize=2")
    }

    @Test func serviceExampleDecodesEveryField() throws {
        let service = try SyncService(json: object(Fixtures.service))
        #expect(service.sid == Fixtures.serviceSid)
        #expect(service.uniqueName == "unique_name")
        #expect(service.accountSid == Fixtures.accountSid)
        #expect(service.friendlyName == "friendly_name")
        #expect(service.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(service.dateUpdated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(service.url == Fixtures.serviceURL)
        #expect(service.webhookUrl == "http://www.example.com")
        #expect(service.webhooksFromRestEnabled == false)
        #expect(service.reachabilityWebhooksEnabled == false)
        #expect(service.aclEnabled == true)
        #expect(service.reachabilityDebouncingEnabled == false)
        #expect(service.reachabilityDebouncingWindow == 5000)
        #expect(service.links == [
            "documents": "\(Fixtures.serviceURL)/Documents", "lists": "\(Fixtures.serviceURL)/Lists",
            "maps": "\(Fixtures.serviceURL)/Maps", "streams": "\(Fixtures.serviceURL)/Streams",
        ])
        #expect(service.jsonValue == JSONValue.object(try object(Fixtures.service)))
    }

    @Test func serviceToleratesNullOptionalFields() throws {
        let service = try SyncService(json: object(#"{"sid": "IS1", "webhook_url": null, "acl_enabled": null, "links": null}"#))
        #expect(service.webhookUrl == nil)
        #expect(service.aclEnabled == nil)
        #expect(service.reachabilityDebouncingWindow == nil)
        #expect(service.links.isEmpty)
    }

    @Test func documentLinksDecode() throws {
        let document = try SyncDocument(json: object(Fixtures.document))
        #expect(document.links == ["permissions": "\(Fixtures.serviceURL)/Documents/\(Fixtures.documentSid)/Permissions"])
    }

    @Test func aServiceWithoutASidIsMalformed() async throws {
        let transport = RecordingTransport(.json(200, #"{"sid": 7, "friendly_name": "x"}"#))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).fetch()
        }
        #expect(error.kind == .malformedResponse)
        #expect(error.status == 200)
        #expect(error.url == Fixtures.serviceURL)
        #expect(error.message.contains(#"the Sync Service has no "sid" string"#))
    }
}
