import Testing
import TwilioEmulator
import TwilioWire

struct SyncMapTests {
    @Test func itemsAreKeyedAndListedInKeyOrder() async throws {
        let test = try await TestEmulator.make()
        let map = try await test.createObject("Maps", [("UniqueName", "users")])
        let sid = try #require(map["sid"]?.stringValue)
        #expect(sid.hasPrefix("MP"))
        let path = test.path("Maps/users")
        for key in ["bob", "alice", "Zoe", "carol"] { try await test.addItem(path, [("Key", key), ("Data", #"{"name":"\#(key)"}"#)]) }
        #expect(try await test.itemNames(path, field: "key") == ["Zoe", "alice", "bob", "carol"])
        #expect(try await test.itemNames(path, [("Order", "desc"), ("From", "bob")], field: "key") == ["bob", "alice", "Zoe"])
        #expect(try await test.itemNames(path, [("From", "bob"), ("Bounds", "exclusive")], field: "key") == ["carol"])

        let alice = await test.send("GET", path + "/Items/alice")
        let object = try #require(alice.json?.objectValue)
        #expect(
            object.keys == [
                "key", "account_sid", "service_sid", "map_sid", "url", "revision", "data", "date_expires",
                "date_created", "date_updated", "created_by",
            ]
        )
        #expect(alice.json?["map_sid"] == .string(sid))
        #expect(alice.json?["url"] == .string("https://sync.twilio.com/v1/Services/\(test.serviceSid)/Maps/\(sid)/Items/alice"))
    }

    @Test func keysWithSpacesSlashesAndUnicodeRoundTrip() async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Maps", [("UniqueName", "m")])
        let key = "a b/c?é"
        let item = try await test.addItem(test.path("Maps/m"), [("Key", key), ("Data", "{}")])
        let encoded = PercentEncoding.encode(key)
        #expect(item["url"]?.stringValue?.hasSuffix("/Items/" + encoded) == true)
        #expect(await test.send("GET", test.path("Maps/m/Items/") + encoded).json?["key"] == .string(key))
        #expect(await test.send("DELETE", test.path("Maps/m/Items/") + encoded).status == 204)
    }

    @Test func aKeyUsedTwiceIs409AndKeepsTheFirstItem() async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Maps", [("UniqueName", "m")])
        try await test.addItem(test.path("Maps/m"), [("Key", "k"), ("Data", #"{"v":1}"#)])
        let message = try expectTwilioError(
            await test.send("POST", test.path("Maps/m/Items"), [("Key", "k"), ("Data", #"{"v":2}"#)]), status: 409, code: 54208
        )
        #expect(message.contains("k"))
        #expect(await test.send("GET", test.path("Maps/m/Items/k")).json?["data"] == ["v": 1])
    }

    @Test(arguments: [
        ([("Data", "{}")], 54209, "Key"),
        ([("Key", ""), ("Data", "{}")], 54209, "Key"),
        ([("Key", String(repeating: "k", count: 257)), ("Data", "{}")], 54209, "Key"),
        ([("Key", "k")], 54206, "Data"),
        ([("Key", "k"), ("Data", "null")], 54206, "Data"),
        ([("Key", "k"), ("Data", #"{"s":"\#(String(repeating: "x", count: 16_400))"}"#)], 54006, "Data"),
        ([("Key", "k"), ("Data", "{}"), ("ItemTtl", "x")], 20001, "ItemTtl"),
    ])
    func badItemsAre400NamingTheParameter(parameters: [(String, String)], code: Int, name: String) async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Maps", [("UniqueName", "m")])
        let message = try expectTwilioError(await test.send("POST", test.path("Maps/m/Items"), parameters), status: 400, code: code)
        #expect(message.contains(name))
        #expect(try await test.itemNames(test.path("Maps/m"), field: "key") == [])
    }

    @Test func aKeyOf256CharactersIsAccepted() async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Maps", [("UniqueName", "m")])
        try await test.addItem(test.path("Maps/m"), [("Key", String(repeating: "é", count: 256)), ("Data", "{}")])
    }

    @Test func updateChangesDataRevisionAndItemExpiry() async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Maps", [("UniqueName", "m")])
        try await test.addItem(test.path("Maps/m"), [("Key", "k"), ("Data", #"{"v":1}"#)])
        test.clock.advance(by: 5)
        let updated = await test.send("POST", test.path("Maps/m/Items/k"), [("Data", #"{"v":2}"#), ("ItemTtl", "60")])
        #expect(updated.json?["data"] == ["v": 2])
        #expect(updated.json?["revision"] == "1")
        #expect(updated.json?["date_updated"] == "2015-07-30T20:00:05Z")
        #expect(updated.json?["date_created"] == "2015-07-30T20:00:00Z")
        #expect(updated.json?["date_expires"] == "2015-07-30T20:01:05Z")
        test.clock.advance(by: 61)
        try expectTwilioError(await test.send("GET", test.path("Maps/m/Items/k")), status: 404, code: 20404)
        #expect(await test.send("GET", test.path("Maps/m")).status == 200)
    }
}
