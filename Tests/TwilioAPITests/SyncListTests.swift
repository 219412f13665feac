import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("Sync Lists and their items")
struct SyncListTests {
    private let listsURL = "\(Fixtures.serviceURL)/Lists"

    private func object(_ text: String) throws -> JSONObject {
        try #require(JSONParser.parse(text).objectValue)
    }

    private func lists(_ transport: RecordingTransport) -> SyncListList {
        Fixtures.client(transport).sync.services(Fixtures.serviceSid).syncLists
    }

    @Test func createListSendsUniqueNameAndTtls() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.syncList), .json(201, Fixtures.syncList))
        let created = try await lists(transport).create(uniqueName: "call queue", ttl: 60, collectionTtl: 120)
        _ = try await lists(transport).create()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["POST", "POST"])
        #expect(requests.map(\.url) == [listsURL, listsURL])
        #expect(requests[0].bodyText == "UniqueName=call%20queue&Ttl=60&CollectionTtl=120")
        #expect(requests[1].body.isEmpty)
        #expect(created.sid == Fixtures.listSid)
    }

    @Test func listContextFetchesUpdatesAndRemovesByEncodedName() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.syncList), .json(200, Fixtures.syncList), TwilioHTTPResponse(status: 204))
        let queue = lists(transport)("call queue/1")
        _ = try await queue.fetch()
        try await queue.update(ttl: 10, collectionTtl: 20)
        try await queue.remove()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["GET", "POST", "DELETE"])
        #expect(requests.map(\.url) == Array(repeating: "\(listsURL)/call%20queue%2F1", count: 3))
        #expect(requests[1].bodyText == "Ttl=10&CollectionTtl=20")
        #expect(queue.sid == "call queue/1")
        #expect(queue.serviceSid == Fixtures.serviceSid)
    }

    @Test func listOfListsReadsTheListsKey() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page("lists", [Fixtures.syncList])))
        let found = try await lists(transport).list(limit: 5)
        #expect(found.map(\.sid) == [Fixtures.listSid])
        #expect(transport.onlyRequest?.url == "\(listsURL)?PageSize=5")
    }

    @Test func createItemSendsDataAsJSONTextAndTtls() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.syncListItem))
        let item = try await lists(transport)(Fixtures.listSid).syncListItems.create(
            data: ["caller": "+1 555", "n": 2], ttl: 5, itemTtl: 60, collectionTtl: 600)

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == "\(listsURL)/\(Fixtures.listSid)/Items")
        #expect(request.form.map(\.0) == ["Data", "Ttl", "ItemTtl", "CollectionTtl"])
        #expect(request.form[0].1 == #"{"caller":"+1 555","n":2}"#)
        #expect(request.bodyText == "Data=%7B%22caller%22%3A%22%2B1%20555%22%2C%22n%22%3A2%7D&Ttl=5&ItemTtl=60&CollectionTtl=600")
        #expect(item.index == 100)
    }

    @Test func itemContextAddressesTheIndexAndSendsIfMatch() async throws {
        let transport = RecordingTransport(
            .json(200, Fixtures.syncListItem), .json(200, Fixtures.syncListItem), .json(200, Fixtures.syncListItem),
            TwilioHTTPResponse(status: 204), TwilioHTTPResponse(status: 204))
        let item = lists(transport)("queue").syncListItems(100)
        _ = try await item.fetch()
        try await item.update(data: ["a": 1], ttl: 1, itemTtl: 2, collectionTtl: 3, ifMatch: "rev-1")
        try await item.update(itemTtl: 30)
        try await item.remove(ifMatch: "rev-2")
        try await item.remove()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["GET", "POST", "POST", "DELETE", "DELETE"])
        #expect(requests.map(\.url) == Array(repeating: "\(listsURL)/queue/Items/100", count: 5))
        #expect(requests[1].bodyText == "Data=%7B%22a%22%3A1%7D&Ttl=1&ItemTtl=2&CollectionTtl=3")
        #expect(requests.map { $0.header("If-Match") } == [nil, "rev-1", nil, "rev-2", nil])
        #expect(requests[2].bodyText == "ItemTtl=30")
        #expect(item.index == 100)
        #expect(item.listSid == "queue")
    }

    @Test(arguments: [
        (SyncItemOrder?.none, Int?.none, SyncItemBounds?.none, Int?.none, ""),
        (.ascending, 0, .inclusive, 20, "?Order=asc&From=0&Bounds=inclusive&PageSize=20"),
        (.descending, 42, .exclusive, nil, "?Order=desc&From=42&Bounds=exclusive"),
        (nil, 7, nil, nil, "?From=7"),
    ])
    func listItemsSendsOrderFromBoundsAndPageSize(
        order: SyncItemOrder?, from: Int?, bounds: SyncItemBounds?, pageSize: Int?, query: String
    ) async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page("items", [])))
        let items = try await lists(transport)("queue").syncListItems.list(order: order, from: from, bounds: bounds, pageSize: pageSize)
        #expect(items.isEmpty)
        #expect(transport.onlyRequest?.url == "\(listsURL)/queue/Items\(query)")
    }

    @Test func listExampleDecodesEveryField() throws {
        let list = try SyncList(json: object(Fixtures.syncList))
        #expect(list.sid == Fixtures.listSid)
        #expect(list.uniqueName == "unique_name")
        #expect(list.accountSid == Fixtures.accountSid)
        #expect(list.serviceSid == Fixtures.serviceSid)
        #expect(list.url == "\(listsURL)/\(Fixtures.listSid)")
        #expect(list.links == ["items": "\(listsURL)/\(Fixtures.listSid)/Items", "permissions": "\(listsURL)/\(Fixtures.listSid)/Permissions"])
        #expect(list.revision == "revision")
        #expect(list.dateExpires == Date(timeIntervalSince1970: Fixtures.july30At21))
        #expect(list.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(list.dateUpdated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(list.createdBy == "created_by")
    }

    @Test func listItemExampleDecodesEveryField() throws {
        let item = try SyncListItem(json: object(Fixtures.syncListItem))
        #expect(item.index == 100)
        #expect(item.accountSid == Fixtures.accountSid)
        #expect(item.serviceSid == Fixtures.serviceSid)
        #expect(item.listSid == Fixtures.listSid)
        #expect(item.url == "\(listsURL)/\(Fixtures.listSid)/Items/100")
        #expect(item.revision == "revision")
        #expect(item.data == JSONObject())
        #expect(item.dateExpires == Date(timeIntervalSince1970: Fixtures.july30At21))
        #expect(item.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(item.dateUpdated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(item.createdBy == "created_by")
    }

    @Test func listItemKeepsItsDataAndANullExpiry() throws {
        let item = try SyncListItem(json: object(#"{"index": 0, "date_expires": null, "data": {"z": [1, null], "a": "b"}}"#))
        #expect(item.index == 0)
        #expect(item.dateExpires == nil)
        #expect(JSONValue.object(item.data).jsonString == #"{"z":[1,null],"a":"b"}"#)
    }

    @Test(arguments: [#"{"index": "100"}"#, #"{"index": null}"#, #"{"index": 1.5}"#, #"{"sid": "ES1"}"#])
    func aListItemWithoutAnIntegerIndexIsMalformed(body: String) async throws {
        let transport = RecordingTransport(.json(200, body))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await lists(transport)("queue").syncListItems(3).fetch()
        }
        #expect(error.kind == .malformedResponse)
        #expect(error.url == "\(listsURL)/queue/Items/3")
        #expect(error.message.contains(#"the Sync List Item has no "index" integer"#))
    }
}
