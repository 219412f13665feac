import Testing
import TwilioEmulator
import TwilioWire

struct SyncListTests {
    @Test func createAnswers201WithTheListFieldsInTwilioOrder() async throws {
        let test = try await TestEmulator.make()
        let list = try await test.createObject("Lists", [("UniqueName", "todo")])
        let object = try #require(list.objectValue)
        #expect(
            object.keys == [
                "sid", "unique_name", "account_sid", "service_sid", "url", "links", "revision", "date_expires",
                "date_created", "date_updated", "created_by",
            ]
        )
        let sid = try #require(list["sid"]?.stringValue)
        #expect(sid.hasPrefix("ES") && sid.count == 34)
        #expect(list["unique_name"] == "todo")
        #expect(list["revision"] == "0")
        #expect(list["created_by"] == "system")
        #expect(list["date_expires"] == .null)
        let url = "https://sync.twilio.com/v1/Services/\(test.serviceSid)/Lists/\(sid)"
        #expect(list["url"] == .string(url))
        #expect(list["links"] == ["items": .string(url + "/Items"), "permissions": .string(url + "/Permissions")])

        let byName = await test.send("GET", test.path("Lists/todo"))
        #expect(byName.json?["sid"] == .string(sid))
        #expect(byName.header("ETag") == "\"0\"")
    }

    @Test func indexesOnlyGrowSoADeleteLeavesAGap() async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Lists", [("UniqueName", "todo")])
        let list = test.path("Lists/todo")
        for n in 0..<3 { try await test.addItem(list, [("Data", #"{"n":\#(n)}"#)]) }
        #expect(await test.send("DELETE", list + "/Items/2").status == 204)
        let next = try await test.addItem(list, [("Data", #"{"n":3}"#)])
        #expect(next["index"] == 3)
        #expect(next.objectValue?.keys.first == "index")
        #expect(next["list_sid"] != nil)
        #expect(try await test.itemNames(list, field: "index") == ["0", "1", "3"])
        #expect(await test.send("GET", list + "/Items/2").status == 404)
    }

    @Test(arguments: [
        ([("Order", "asc")], ["0", "1", "2", "3", "10"]),
        ([("Order", "desc")], ["10", "3", "2", "1", "0"]),
        ([("From", "2")], ["2", "3", "10"]),
        ([("From", "2"), ("Bounds", "exclusive")], ["3", "10"]),
        ([("From", "3"), ("Order", "desc")], ["3", "2", "1", "0"]),
        ([("From", "3"), ("Order", "DESC"), ("Bounds", "exclusive")], ["2", "1", "0"]),
    ])
    func orderFromAndBoundsPickTheItems(query: [(String, String)], expected: [String]) async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Lists", [("UniqueName", "l")])
        let list = test.path("Lists/l")
        for n in 0...10 { try await test.addItem(list, [("Data", #"{"n":\#(n)}"#)]) }
        for index in 4...9 { #expect(await test.send("DELETE", list + "/Items/\(index)").status == 204) }
        #expect(try await test.itemNames(list, query, field: "index") == expected)
    }

    @Test func pagesCarryTheFiltersAndAPageToken() async throws {
        let test = try await TestEmulator.make()
        let created = try await test.createObject("Lists", [("UniqueName", "l")])
        let sid = try #require(created["sid"]?.stringValue)
        let list = test.path("Lists/l")
        for n in 0..<5 { try await test.addItem(list, [("Data", #"{"n":\#(n)}"#)]) }
        let first = await test.send("GET", list + "/Items", [("Order", "desc"), ("PageSize", "2")])
        let base = "https://sync.twilio.com/v1/Services/\(test.serviceSid)/Lists/\(sid)/Items"
        let next = try #require(first.json?["meta"]?["next_page_url"]?.stringValue)
        #expect(next == base + "?Order=desc&PageSize=2&Page=1&PageToken=PT2")
        #expect(first.json?["meta"]?["key"] == "items")
        let second = await test.send("GET", list + "/Items", [("Order", "desc"), ("PageSize", "2"), ("Page", "1"), ("PageToken", "PT2")])
        #expect(second.json?["items"]?.arrayValue?.compactMap { $0["index"]?.intValue } == [2, 1])
        #expect(second.json?["meta"]?["previous_page_url"] == .string(base + "?Order=desc&PageSize=2&Page=0&PageToken=PT0"))
    }

    @Test func ifMatchGuardsItemUpdatesAndDeletes() async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Lists", [("UniqueName", "l")])
        let list = test.path("Lists/l")
        try await test.addItem(list, [("Data", #"{"n":0}"#)])
        let stale = await test.send("POST", list + "/Items/0", [("Data", #"{"n":1}"#)], headers: [("If-Match", "7")])
        try expectTwilioError(stale, status: 412, code: 54103)
        let updated = await test.send("POST", list + "/Items/0", [("Data", #"{"n":1}"#)], headers: [("If-Match", "0")])
        #expect(updated.status == 200)
        #expect(updated.json?["revision"] == "1")
        #expect(updated.json?["data"] == ["n": 1])
        #expect(updated.header("ETag") == "\"1\"")
        try expectTwilioError(await test.send("DELETE", list + "/Items/0", headers: [("If-Match", "0")]), status: 412, code: 54103)
        #expect(await test.send("GET", list + "/Items/0").json?["data"] == ["n": 1])
        #expect(await test.send("DELETE", list + "/Items/0", headers: [("If-Match", "\"1\"")]).status == 204)
    }

    @Test func itemTtlAndCollectionTtlExpireItemsAndTheList() async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Lists", [("UniqueName", "l")])
        let list = test.path("Lists/l")
        let short = try await test.addItem(list, [("Data", "{}"), ("ItemTtl", "10")])
        #expect(short["date_expires"] == "2015-07-30T20:00:10Z")
        let aliased = try await test.addItem(list, [("Data", "{}"), ("Ttl", "20"), ("CollectionTtl", "60")])
        #expect(aliased["date_expires"] == "2015-07-30T20:00:20Z")
        #expect(await test.send("GET", list).json?["date_expires"] == "2015-07-30T20:01:00Z")
        test.clock.advance(by: 15)
        #expect(try await test.itemNames(list, field: "index") == ["1"])
        test.clock.advance(by: 60)
        try expectTwilioError(await test.send("GET", list), status: 404, code: 20404)
        try expectTwilioError(await test.send("GET", list + "/Items"), status: 404, code: 20404)
        // A write removes the expired List with its items; a new List of that name starts empty.
        try await test.createObject("Lists", [("UniqueName", "l")])
        #expect(try await test.itemNames(list, field: "index") == [])
        #expect(try !test.emulator.store.snapshot(clock: test.clock.clock).summary.contains("list item"))
    }

    @Test(arguments: [
        ([("Ttl", "20")], "2015-07-30T20:00:20Z"),
        ([("CollectionTtl", "30"), ("Ttl", "20")], "2015-07-30T20:00:30Z"),
        ([("CollectionTtl", "0")], nil),
    ])
    func updateSetsTheTtlAndTheRevision(parameters: [(String, String)], expires: String?) async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Lists", [("UniqueName", "l"), ("Ttl", "5")])
        let updated = await test.send("POST", test.path("Lists/l"), parameters)
        #expect(updated.status == 200)
        #expect(updated.json?["date_expires"] == expires.map(JSONValue.string) ?? .null)
        #expect(updated.json?["revision"] == "1")
    }

    @Test(arguments: [
        ("POST", "Items", [("ItemTtl", "5")], 400, 54156, "Data"),
        ("POST", "Items", [("Data", "[1]")], 400, 54156, "Data"),
        ("POST", "Items", [("Data", "{")], 400, 54156, "Data"),
        ("POST", "Items", [("Data", #"{"s":"\#(String(repeating: "x", count: 16_400))"}"#)], 400, 54006, "Data"),
        ("POST", "Items", [("Data", "{}"), ("ItemTtl", "-1")], 400, 20001, "ItemTtl"),
        ("POST", "Items", [("Data", "{}"), ("CollectionTtl", "31536001")], 400, 20001, "CollectionTtl"),
        ("POST", "Items/0", [], 400, 20001, "Data"),
        ("POST", "Items/0", [("Data", "\"text\"")], 400, 54156, "Data"),
        ("GET", "Items", [("From", "x")], 400, 20001, "From"),
        ("GET", "Items", [("Order", "up")], 400, 20001, "Order"),
        ("GET", "Items", [("Bounds", "both")], 400, 20001, "Bounds"),
        ("GET", "Items", [("PageToken", "abc")], 400, 20001, "PageToken"),
        ("GET", "Items", [("PageSize", "101")], 400, 20001, "PageSize"),
    ])
    func badItemParametersAre400NamingTheParameterAndChangeNothing(
        method: String, suffix: String, parameters: [(String, String)], status: Int, code: Int, name: String
    ) async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Lists", [("UniqueName", "l")])
        let list = test.path("Lists/l")
        try await test.addItem(list, [("Data", #"{"n":0}"#)])
        let before = try test.emulator.store.snapshot(clock: test.clock.clock)
        let message = try expectTwilioError(await test.send(method, "\(list)/\(suffix)", parameters), status: status, code: code)
        #expect(message.contains(name))
        #expect(try test.emulator.store.snapshot(clock: test.clock.clock) == before)
    }

    @Test(arguments: ["007", "-1", "+1", "x", "99"])
    func anIndexThatNamesNoItemIs404(index: String) async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Lists", [("UniqueName", "l")])
        for n in 0..<8 { try await test.addItem(test.path("Lists/l"), [("Data", #"{"n":\#(n)}"#)]) }
        try expectTwilioError(await test.send("GET", test.path("Lists/l/Items/\(index)")), status: 404, code: 20404)
    }

    @Test func uniqueNamesAreCheckedAsForDocuments() async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Lists", [("UniqueName", "todo")])
        try expectTwilioError(await test.send("POST", test.path("Lists"), [("UniqueName", "todo")]), status: 409, code: 54301)
        let sidLike = "ES" + String(repeating: "0", count: 32)
        let message = try expectTwilioError(await test.send("POST", test.path("Lists"), [("UniqueName", sidLike)]), status: 400, code: 54302)
        #expect(message.contains("List SID"))
        // A Map may share a List's name: unique names are per type.
        try await test.createObject("Maps", [("UniqueName", "todo")])
    }

    @Test func deletingAListDeletesItsItemsAndPermissions() async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Lists", [("UniqueName", "l")])
        let list = test.path("Lists/l")
        try await test.addItem(list, [("Data", "{}")])
        #expect(await test.send("POST", list + "/Permissions/alice", [("Read", "true"), ("Write", "true"), ("Manage", "false")]).status == 200)
        #expect(await test.send("DELETE", list).status == 204)
        let snapshot = try test.emulator.store.snapshot(clock: test.clock.clock)
        #expect(snapshot.summary == "1 service, 0 documents, 0 PlayerStreamers")
        try expectTwilioError(await test.send("DELETE", list), status: 404, code: 20404)
    }
}
