import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("Sync Maps and their items")
struct SyncMapTests {
    private let mapsURL = "\(Fixtures.serviceURL)/Maps"

    private func object(_ text: String) throws -> JSONObject {
        try #require(JSONParser.parse(text).objectValue)
    }

    private func maps(_ transport: RecordingTransport) -> SyncMapList {
        Fixtures.client(transport).sync.services(Fixtures.serviceSid).syncMaps
    }

    @Test func createMapSendsUniqueNameAndTtls() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.syncMap))
        let map = try await maps(transport).create(uniqueName: "players", ttl: 60, collectionTtl: 120)
        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == mapsURL)
        #expect(request.bodyText == "UniqueName=players&Ttl=60&CollectionTtl=120")
        #expect(map.sid == Fixtures.mapSid)
    }

    @Test func mapContextFetchesUpdatesAndRemoves() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.syncMap), .json(200, Fixtures.syncMap), TwilioHTTPResponse(status: 204))
        let players = maps(transport)("high scores")
        _ = try await players.fetch()
        try await players.update(collectionTtl: 0)
        try await players.remove()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["GET", "POST", "DELETE"])
        #expect(requests.map(\.url) == Array(repeating: "\(mapsURL)/high%20scores", count: 3))
        #expect(requests[1].bodyText == "CollectionTtl=0")
    }

    @Test func listOfMapsReadsTheMapsKey() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page("maps", [Fixtures.syncMap])))
        let found = try await maps(transport).list(pageSize: 10)
        #expect(found.map(\.sid) == [Fixtures.mapSid])
        #expect(transport.onlyRequest?.url == "\(mapsURL)?PageSize=10")
    }

    @Test func createItemSendsKeyThenData() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.syncMapItem))
        let item = try await maps(transport)(Fixtures.mapSid).syncMapItems.create(
            key: "alice smith", data: ["score": 3], ttl: 1, itemTtl: 2, collectionTtl: 3)

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == "\(mapsURL)/\(Fixtures.mapSid)/Items")
        #expect(request.bodyText == "Key=alice%20smith&Data=%7B%22score%22%3A3%7D&Ttl=1&ItemTtl=2&CollectionTtl=3")
        #expect(item.key == "key")
    }

    @Test(arguments: [
        ("alice", "alice"),
        ("a b/c?d", "a%20b%2Fc%3Fd"),
        ("東京", "%E6%9D%B1%E4%BA%AC"),
        ("100%", "100%25"),
    ])
    func itemKeysArePercentEncodedAsOnePathSegment(key: String, encoded: String) async throws {
        let transport = RecordingTransport(.json(200, Fixtures.syncMapItem))
        _ = try await maps(transport)("players").syncMapItems(key).fetch()
        #expect(transport.onlyRequest?.url == "\(mapsURL)/players/Items/\(encoded)")
    }

    @Test func itemContextUpdatesAndRemovesWithIfMatch() async throws {
        let transport = RecordingTransport(
            .json(200, Fixtures.syncMapItem), .json(200, Fixtures.syncMapItem), TwilioHTTPResponse(status: 204), TwilioHTTPResponse(status: 204))
        let alice = maps(transport)("players").syncMapItems("alice")
        try await alice.update(data: ["score": 4], ifMatch: "rev-3")
        try await alice.update(ttl: 5, itemTtl: 6, collectionTtl: 7)
        try await alice.remove(ifMatch: "rev-4")
        try await alice.remove()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["POST", "POST", "DELETE", "DELETE"])
        #expect(requests.map(\.url) == Array(repeating: "\(mapsURL)/players/Items/alice", count: 4))
        #expect(requests[0].bodyText == "Data=%7B%22score%22%3A4%7D")
        #expect(requests[1].bodyText == "Ttl=5&ItemTtl=6&CollectionTtl=7")
        #expect(requests.map { $0.header("If-Match") } == ["rev-3", nil, "rev-4", nil])
        #expect(alice.key == "alice")
        #expect(alice.mapSid == "players")
    }

    @Test(arguments: [
        (SyncItemOrder?.none, String?.none, SyncItemBounds?.none, ""),
        (.descending, "m", .exclusive, "?Order=desc&From=m&Bounds=exclusive"),
        (.ascending, "a b", .inclusive, "?Order=asc&From=a%20b&Bounds=inclusive"),
    ])
    func listItemsSendsOrderFromAndBounds(order: SyncItemOrder?, from: String?, bounds: SyncItemBounds?, query: String) async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page("items", [Fixtures.syncMapItem])))
        let items = try await maps(transport)("players").syncMapItems.list(order: order, from: from, bounds: bounds)
        #expect(items.map(\.key) == ["key"])
        #expect(transport.onlyRequest?.url == "\(mapsURL)/players/Items\(query)")
    }

    @Test func mapExampleDecodesEveryField() throws {
        let map = try SyncMap(json: object(Fixtures.syncMap))
        #expect(map.sid == Fixtures.mapSid)
        #expect(map.uniqueName == "unique_name")
        #expect(map.accountSid == Fixtures.accountSid)
        #expect(map.serviceSid == Fixtures.serviceSid)
        #expect(map.url == "\(mapsURL)/\(Fixtures.mapSid)")
        #expect(map.links == ["items": "\(mapsURL)/\(Fixtures.mapSid)/Items", "permissions": "\(mapsURL)/\(Fixtures.mapSid)/Permissions"])
        #expect(map.revision == "revision")
        #expect(map.dateExpires == Date(timeIntervalSince1970: Fixtures.july30At21))
        #expect(map.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(map.dateUpdated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(map.createdBy == "created_by")
    }

    @Test func mapItemExampleDecodesEveryField() throws {
        let item = try SyncMapItem(json: object(Fixtures.syncMapItem))
        #expect(item.key == "key")
        #expect(item.accountSid == Fixtures.accountSid)
        #expect(item.serviceSid == Fixtures.serviceSid)
        #expect(item.mapSid == Fixtures.mapSid)
        #expect(item.url == "\(mapsURL)/\(Fixtures.mapSid)/Items/key")
        #expect(item.revision == "revision")
        #expect(item.data == JSONObject())
        #expect(item.dateExpires == Date(timeIntervalSince1970: Fixtures.july30At21))
        #expect(item.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(item.dateUpdated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(item.createdBy == "created_by")
    }

    @Test func mapItemWithNullExpiryAndData() throws {
        let item = try SyncMapItem(json: object(#"{"key": "k", "date_expires": null, "data": {"score": 3}}"#))
        #expect(item.dateExpires == nil)
        #expect(item.data["score"]?.intValue == 3)
        #expect(item.json["date_expires"] == .null)
    }

    @Test(arguments: [#"{"key": 5}"#, #"{"key": null}"#, #"{"map_sid": "MP1"}"#])
    func aMapItemWithoutAStringKeyIsMalformed(body: String) async throws {
        let transport = RecordingTransport(.json(200, body))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await maps(transport)("players").syncMapItems("alice").fetch()
        }
        #expect(error.kind == .malformedResponse)
        #expect(error.message.contains(#"the Sync Map Item has no "key" string"#))
    }
}
