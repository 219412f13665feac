import Testing
import TwilioEmulator
import TwilioWire

struct SyncPermissionTests {
    @Test(arguments: [("Documents", "document_sid"), ("Lists", "list_sid"), ("Maps", "map_sid")])
    func permissionsAreSetFetchedListedAndDeleted(segment: String, field: String) async throws {
        let test = try await TestEmulator.make()
        let object = segment == "Documents"
            ? try await test.createDocument("o") : try await test.createObject(segment, [("UniqueName", "o")])
        let sid = try #require(object["sid"]?.stringValue)
        let path = test.path("\(segment)/o/Permissions")

        let set = await test.send("POST", path + "/alice", [("Read", "true"), ("Write", "false"), ("Manage", "False")])
        #expect(set.status == 200)
        let body = try #require(set.json?.objectValue)
        #expect(body.keys == ["account_sid", "service_sid", field, "identity", "read", "write", "manage", "url"])
        #expect(body[field] == .string(sid))
        #expect(body["read"] == true && body["write"] == false && body["manage"] == false)
        #expect(body["url"] == .string("https://sync.twilio.com/v1/Services/\(test.serviceSid)/\(segment)/\(sid)/Permissions/alice"))

        let replaced = await test.send("POST", path + "/alice", [("Read", "true"), ("Write", "true"), ("Manage", "true")])
        #expect(replaced.json?["manage"] == true)
        #expect(await test.send("POST", path + "/bob", [("Read", "false"), ("Write", "false"), ("Manage", "false")]).status == 200)
        let list = await test.send("GET", path)
        #expect(list.json?["permissions"]?.arrayValue?.compactMap { $0["identity"]?.stringValue } == ["alice", "bob"])
        #expect(list.json?["meta"]?["key"] == "permissions")
        #expect(await test.send("GET", path + "/alice").json?["write"] == true)

        #expect(await test.send("DELETE", path + "/alice").status == 204)
        try expectTwilioError(await test.send("GET", path + "/alice"), status: 404, code: 20404)
        try expectTwilioError(await test.send("DELETE", path + "/alice"), status: 404, code: 20404)
    }

    @Test(arguments: [
        ([("Read", "true"), ("Write", "true")], "Manage"),
        ([("Write", "true"), ("Manage", "true")], "Read"),
        ([("Read", "yes"), ("Write", "true"), ("Manage", "true")], "Read"),
    ])
    func anIncompleteUpdateIs400NamingTheFlag(parameters: [(String, String)], name: String) async throws {
        let test = try await TestEmulator.make()
        try await test.createDocument("o")
        let message = try expectTwilioError(await test.send("POST", test.path("Documents/o/Permissions/alice"), parameters), status: 400, code: 20001)
        #expect(message.contains(name))
        try expectTwilioError(await test.send("GET", test.path("Documents/o/Permissions/alice")), status: 404, code: 20404)
    }

    @Test func permissionsOfAMissingObjectAre404AndGoWithTheirObject() async throws {
        let test = try await TestEmulator.make()
        let flags = [("Read", "true"), ("Write", "true"), ("Manage", "true")]
        try expectTwilioError(await test.send("POST", test.path("Maps/none/Permissions/alice"), flags), status: 404, code: 20404)
        try await test.createDocument("o")
        #expect(await test.send("POST", test.path("Documents/o/Permissions/alice"), flags).status == 200)
        #expect(await test.send("DELETE", test.path("Documents/o")).status == 204)
        #expect(try test.emulator.store.snapshot(clock: test.clock.clock).summary == "1 service, 0 documents, 0 PlayerStreamers")
    }
}
