import Testing
import TwilioAPI
import TwilioWire

@Suite("Paging through Sync lists")
struct SyncPagingTests {
    /// Every Sync list operation, with its path, its page key and how an item is identified.
    enum Collection: String, CaseIterable, Sendable {
        case services, documents, syncLists, syncListItems, syncMaps, syncMapItems, syncStreams
        case documentPermissions, syncListPermissions, syncMapPermissions

        var path: String {
            let service = "/v1/Services/\(Fixtures.serviceSid)"
            return switch self {
            case .services: "/v1/Services"
            case .documents: "\(service)/Documents"
            case .syncLists: "\(service)/Lists"
            case .syncListItems: "\(service)/Lists/queue/Items"
            case .syncMaps: "\(service)/Maps"
            case .syncMapItems: "\(service)/Maps/players/Items"
            case .syncStreams: "\(service)/Streams"
            case .documentPermissions: "\(service)/Documents/doc/Permissions"
            case .syncListPermissions: "\(service)/Lists/queue/Permissions"
            case .syncMapPermissions: "\(service)/Maps/players/Permissions"
            }
        }

        var key: String {
            switch self {
            case .services: "services"
            case .documents: "documents"
            case .syncLists: "lists"
            case .syncListItems, .syncMapItems: "items"
            case .syncMaps: "maps"
            case .syncStreams: "streams"
            case .documentPermissions, .syncListPermissions, .syncMapPermissions: "permissions"
            }
        }

        /// Item `n` with only its identifying field.
        func item(_ n: Int) -> String {
            switch self {
            case .syncListItems: #"{"index": \#(n)}"#
            case .syncMapItems: #"{"key": "k\#(n)"}"#
            case .documentPermissions, .syncListPermissions, .syncMapPermissions: #"{"identity": "u\#(n)"}"#
            default: #"{"sid": "S\#(n)"}"#
            }
        }

        /// Runs the list call and returns each item's identifier.
        func list(_ client: TwilioClient, limit: Int?) async throws -> [String] {
            let service = client.sync.services(Fixtures.serviceSid)
            return switch self {
            case .services: try await client.sync.services.list(limit: limit).map(\.sid)
            case .documents: try await service.documents.list(limit: limit).map(\.sid)
            case .syncLists: try await service.syncLists.list(limit: limit).map(\.sid)
            case .syncListItems: try await service.syncLists("queue").syncListItems.list(limit: limit).map { "\($0.index)" }
            case .syncMaps: try await service.syncMaps.list(limit: limit).map(\.sid)
            case .syncMapItems: try await service.syncMaps("players").syncMapItems.list(limit: limit).map(\.key)
            case .syncStreams: try await service.syncStreams.list(limit: limit).map(\.sid)
            case .documentPermissions: try await service.documents("doc").documentPermissions.list(limit: limit).map(\.identity)
            case .syncListPermissions: try await service.syncLists("queue").syncListPermissions.list(limit: limit).map(\.identity)
            case .syncMapPermissions: try await service.syncMaps("players").syncMapPermissions.list(limit: limit).map(\.identity)
            }
        }
    }

    @Test(arguments: Collection.allCases)
    func listFollowsNextPageURLsUntilTheLimit(collection: Collection) async throws {
        let next = "https://sync.twilio.com\(collection.path)?PageSize=3&Page=1&PageToken=PT1"
        let transport = RecordingTransport(
            .json(200, Fixtures.page(collection.key, [collection.item(1), collection.item(2)], next: next)),
            .json(200, Fixtures.page(collection.key, [collection.item(3), collection.item(4)], next: next + "x"))
        )
        let identifiers = try await collection.list(Fixtures.client(transport, endpoints: .local()), limit: 3)

        let expected = switch collection {
        case .syncListItems: ["1", "2", "3"]
        case .syncMapItems: ["k1", "k2", "k3"]
        case .documentPermissions, .syncListPermissions, .syncMapPermissions: ["u1", "u2", "u3"]
        default: ["S1", "S2", "S3"]
        }
        #expect(identifiers == expected)
        #expect(transport.requests.map(\.url) == [
            "http://127.0.0.1:3001\(collection.path)?PageSize=3",
            "http://127.0.0.1:3001\(collection.path)?PageSize=3&Page=1&PageToken=PT1",
        ])
        #expect(transport.requests.map(\.method) == ["GET", "GET"])
    }

    @Test(arguments: Collection.allCases)
    func listReadsEveryPageWithoutALimit(collection: Collection) async throws {
        let next = "\(collection.path)?Page=1"
        let transport = RecordingTransport(
            .json(200, Fixtures.page(collection.key, [collection.item(1)], next: next)),
            .json(200, Fixtures.page(collection.key, [collection.item(2)]))
        )
        let client = Fixtures.client(transport)
        let identifiers = try await collection.list(client, limit: nil)
        #expect(identifiers.count == 2)
        #expect(transport.requests.map(\.url) == [
            "https://sync.twilio.com\(collection.path)", "https://sync.twilio.com\(collection.path)?Page=1",
        ])
    }

    @Test(arguments: [(1, "1"), (100, "100"), (250, "100")])
    func aSmallLimitBecomesThePageSize(limit: Int, pageSize: String) async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page("items", [])))
        _ = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).syncMaps("m").syncMapItems.list(limit: limit)
        #expect(transport.onlyRequest?.query.first { $0.0 == "PageSize" }?.1 == pageSize)
    }
}
