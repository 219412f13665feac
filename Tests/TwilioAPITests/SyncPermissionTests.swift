import Testing
import TwilioAPI
import TwilioWire

@Suite("Sync Document, List and Map Permissions")
struct SyncPermissionTests {
    /// The three objects that carry permissions, and how twilio-node reaches their permissions.
    enum Object: String, CaseIterable, Sendable {
        case document, list, map

        var collection: String {
            switch self {
            case .document: "Documents"
            case .list: "Lists"
            case .map: "Maps"
            }
        }

        var sidField: String {
            switch self {
            case .document: "document_sid"
            case .list: "list_sid"
            case .map: "map_sid"
            }
        }

        var sid: String {
            switch self {
            case .document: Fixtures.documentSid
            case .list: Fixtures.listSid
            case .map: Fixtures.mapSid
            }
        }

        var example: String { Fixtures.permission(sidField: sidField, sid: sid, collection: collection) }

        /// `documents(x).documentPermissions`, `syncLists(x).syncListPermissions` or `syncMaps(x).syncMapPermissions`.
        func permissions(_ service: SyncServiceContext, _ name: String) -> SyncPermissionList {
            switch self {
            case .document: service.documents(name).documentPermissions
            case .list: service.syncLists(name).syncListPermissions
            case .map: service.syncMaps(name).syncMapPermissions
            }
        }
    }

    private func service(_ transport: RecordingTransport) -> SyncServiceContext {
        Fixtures.client(transport).sync.services(Fixtures.serviceSid)
    }

    @Test(arguments: Object.allCases)
    func contextFetchesUpdatesAndRemovesOneIdentity(object: Object) async throws {
        let transport = RecordingTransport(.json(200, object.example), .json(200, object.example), TwilioHTTPResponse(status: 204))
        let permission = object.permissions(service(transport), "my object")("alice@example.com")
        let fetched = try await permission.fetch()
        let updated = try await permission.update(read: true, write: false, manage: true)
        try await permission.remove()

        let url = "\(Fixtures.serviceURL)/\(object.collection)/my%20object/Permissions/alice%40example.com"
        let requests = transport.requests
        #expect(requests.map(\.method) == ["GET", "POST", "DELETE"])
        #expect(requests.map(\.url) == [url, url, url])
        #expect(requests[1].bodyText == "Read=true&Write=false&Manage=true")
        #expect(requests[1].header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(fetched.objectSid == object.sid)
        #expect(updated.identity == "identity")
        #expect(permission.identity == "alice@example.com")
        #expect(permission.objectSid == "my object")
    }

    @Test(arguments: Object.allCases)
    func listReadsThePermissionsKey(object: Object) async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page("permissions", [object.example])))
        let permissions = object.permissions(service(transport), object.sid)
        let found = try await permissions.list(pageSize: 3)
        #expect(found.map(\.identity) == ["identity"])
        #expect(transport.onlyRequest?.url == "\(Fixtures.serviceURL)/\(object.collection)/\(object.sid)/Permissions?PageSize=3")
        #expect(permissions.serviceSid == Fixtures.serviceSid)
    }

    @Test(arguments: Object.allCases)
    func exampleDecodesEveryField(object: Object) throws {
        let json = try #require(JSONParser.parse(object.example).objectValue)
        let permission = try SyncPermission(json: json)
        #expect(permission.identity == "identity")
        #expect(permission.accountSid == Fixtures.accountSid)
        #expect(permission.serviceSid == Fixtures.serviceSid)
        #expect(permission.objectSid == object.sid)
        #expect(permission.read == true)
        #expect(permission.write == true)
        #expect(permission.manage == true)
        #expect(permission.url == "\(Fixtures.serviceURL)/\(object.collection)/\(object.sid)/Permissions/identity")
        #expect(permission.json[object.sidField]?.stringValue == object.sid)
    }

    @Test func flagsKeepTheirValues() throws {
        let permission = try SyncPermission(json: ["identity": "bob", "read": true, "write": false, "manage": .null])
        #expect(permission.read == true)
        #expect(permission.write == false)
        #expect(permission.manage == nil)
        #expect(permission.objectSid == nil)
    }

    @Test func aPermissionWithoutAnIdentityIsMalformed() async throws {
        let transport = RecordingTransport(.json(200, #"{"identity": null, "read": true}"#))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await service(transport).syncMaps("players").syncMapPermissions("alice").fetch()
        }
        #expect(error.kind == .malformedResponse)
        #expect(error.message.contains(#"the Sync Permission has no "identity" string (it is null)"#))
    }

    @Test func anEmptyIdentityIsRefusedBeforeSending() async throws {
        let transport = RecordingTransport(.json(200, Object.document.example))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await service(transport).documents("doc").documentPermissions("").fetch()
        }
        #expect(error.kind == .invalidRequest)
        #expect(transport.requests.isEmpty)
    }
}
