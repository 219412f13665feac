import Foundation
import Testing
import TwilioWire

@testable import TwilioEmulator

/// Export, import, reset, and the state files of earlier versions.
struct ExchangeTests {
    /// A store holding a bit of everything: two services, documents with odd data, a TTL and an
    /// ended streamer.
    private func filledEmulator(store: EmulatorStore) async throws -> TestEmulator {
        let test = try await TestEmulator.make(store: store)
        try await test.createDocument("doc", data: #"{"z":1,"a":{"b":[true,null,1.5,-0.25,1e3]},"é":"ü\n\u0001"}"#, ttl: 600)
        try await test.createDocument(nil, data: #"{"big":12345678901234}"#)
        try await test.createDocument("caf\u{E9}")
        try await test.createDocument("cafe\u{301}")
        _ = await test.send("POST", test.documentsPath + "/doc", [("Data", #"{"n":2}"#)])
        let other = await test.send("POST", "/v1/Services", [("FriendlyName", "second")])
        let otherSid = try #require(other.json?["sid"]?.stringValue)
        _ = await test.send("POST", "/v1/Services/\(otherSid)/Documents", [("UniqueName", "doc")])
        let streamer = try await test.createPlayerStreamer()
        _ = await test.send("POST", "/v1/PlayerStreamers/\(streamer)", [("Status", "ended")])
        _ = try await test.createPlayerStreamer([("Video", "false")])
        try await test.createObject("Lists", [("UniqueName", "todo")])
        for n in 0..<3 { try await test.addItem(test.path("Lists/todo"), [("Data", #"{"n":\#(n)}"#)]) }
        _ = await test.send("DELETE", test.path("Lists/todo/Items/2"))
        try await test.createObject("Maps", [("UniqueName", "users"), ("Ttl", "900")])
        try await test.addItem(test.path("Maps/users"), [("Key", "alice"), ("Data", #"{"a":1}"#), ("ItemTtl", "300")])
        _ = await test.send("POST", test.path("Maps/users/Permissions/alice"), [("Read", "true"), ("Write", "false"), ("Manage", "false")])
        _ = await test.send("POST", test.path("Documents/doc/Permissions/bob"), [("Read", "true"), ("Write", "true"), ("Manage", "false")])
        try await test.createObject("Streams", [("UniqueName", "news")])
        return test
    }

    @Test func exportResetImportGivesBackTheSameBytes() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let store = try EmulatorStore.file(at: folder + "/emulator.sqlite")
        let test = try await filledEmulator(store: store)
        let exported = try store.export(to: folder + "/export.json", clock: test.clock.clock)
        #expect(
            exported.summary
                == "2 services, 5 documents, 1 list, 2 list items, 1 map, 1 map item, 1 stream, 2 permissions, 2 PlayerStreamers"
        )
        let first = try #require(FileManager.default.contents(atPath: folder + "/export.json"))

        try store.removeAll()
        #expect(store.isEmpty)
        #expect(await test.send("GET", test.documentsPath + "/doc").status == 404)

        try store.importFile(folder + "/export.json")
        try store.export(to: folder + "/again.json", clock: test.clock.clock)
        #expect(try #require(FileManager.default.contents(atPath: folder + "/again.json")) == first)
        let document = await test.send("GET", test.documentsPath + "/doc")
        #expect(document.json?["data"] == ["n": 2])
        #expect(document.json?["revision"] == "1")
        // The List's counter came back too: index 2 was deleted before the export and is not given again.
        #expect(try await test.addItem(test.path("Lists/todo"), [("Data", "{}")])["index"] == 3)
        #expect(await test.send("GET", test.path("Maps/users/Permissions/alice")).json?["read"] == true)
    }

    @Test(arguments: [
        (#""listItems": [{"index": 0, "account_sid": "AC", "service_sid": "IS11111111111111111111111111111111", "list_sid": "ES22222222222222222222222222222222", "revision": "0", "data": {}, "date_created": "2015-07-30T20:00:00Z", "date_updated": "2015-07-30T20:00:00Z"}]"#,
         "listItems[0].list_sid: ES22222222222222222222222222222222 is not in the file"),
        (#""permissions": [{"account_sid": "AC", "service_sid": "IS11111111111111111111111111111111", "identity": "a", "read": true}]"#,
         "missing document_sid, list_sid or map_sid"),
        (#""maps": [{"sid": "MP33333333333333333333333333333333", "account_sid": "AC", "service_sid": "IS11111111111111111111111111111111", "revision": "0", "date_created": "2015-07-30T20:00:00Z", "date_updated": "2015-07-30T20:00:00Z"}], "mapItems": [{"key": "k", "account_sid": "AC", "service_sid": "IS11111111111111111111111111111111", "map_sid": "MP33333333333333333333333333333333", "revision": "0", "data": {}, "date_created": "2015-07-30T20:00:00Z", "date_updated": "2015-07-30T20:00:00Z"}, {"key": "k", "account_sid": "AC", "service_sid": "IS11111111111111111111111111111111", "map_sid": "MP33333333333333333333333333333333", "revision": "0", "data": {}, "date_created": "2015-07-30T20:00:00Z", "date_updated": "2015-07-30T20:00:00Z"}]"#,
         #"mapItems[1].key: "k" is also mapItems[0]'s"#),
    ])
    func aBadSyncMemberIsReportedByPath(member: String, problem: String) throws {
        let service = #"{"sid": "IS11111111111111111111111111111111", "account_sid": "AC", "date_created": "2015-07-30T20:00:00Z", "date_updated": "2015-07-30T20:00:00Z"}"#
        let text = #"{"version": 1, "services": [\#(service)], \#(member)}"#
        #expect {
            try EmulatorSnapshot(exportedJSON: Array(text.utf8), source: "x.json")
        } throws: { error in
            (error as? EmulatorStoreError)?.message.contains(problem) == true
        }
    }

    @Test func aListCounterBelowItsItemsIsRaisedOnImport() throws {
        let common = #""account_sid": "AC", "service_sid": "IS11111111111111111111111111111111", "revision": "0", "date_created": "2015-07-30T20:00:00Z", "date_updated": "2015-07-30T20:00:00Z""#
        let text = #"""
            {"version": 1,
             "services": [{"sid": "IS11111111111111111111111111111111", "account_sid": "AC", "date_created": "2015-07-30T20:00:00Z", "date_updated": "2015-07-30T20:00:00Z"}],
             "lists": [{"sid": "ES22222222222222222222222222222222", \#(common), "next_index": 1}],
             "listItems": [{"index": 7, "list_sid": "ES22222222222222222222222222222222", "data": {}, \#(common)}]}
            """#
        let snapshot = try EmulatorSnapshot(exportedJSON: Array(text.utf8), source: "x.json")
        #expect(String(decoding: snapshot.exportedJSON, as: UTF8.self).contains(#""next_index": 8"#))
    }

    @Test func theExportHasTheDocumentedShapeOneMemberPerLine() async throws {
        let test = try await filledEmulator(store: .inMemory())
        let bytes = try test.emulator.store.snapshot(clock: test.clock.clock).exportedJSON
        let text = try #require(String(bytes: bytes, encoding: .utf8))
        #expect(text.hasPrefix("{\n  \"version\": 1,\n  \"services\": ["))
        #expect(text.hasSuffix("}\n"))
        let root = try #require(try JSONParser.parse(bytes).objectValue)
        #expect(
            root.keys == [
                "version", "services", "documents", "lists", "listItems", "maps", "mapItems", "streams", "permissions", "playerStreamers",
                "verifyServices", "verifications", "incomingPhoneNumbers", "messages", "calls",
            ]
        )
        let document = try #require(root["documents"]?[0]?.objectValue)
        #expect(
            document.keys == [
                "sid", "unique_name", "account_sid", "service_sid", "revision", "data", "date_expires",
                "date_created", "date_updated", "created_by",
            ]
        )
        #expect(text.contains("\n      \"revision\": \"1\",\n"))
    }

    @Test func expiredDocumentsAreNotExported() async throws {
        let test = try await TestEmulator.make()
        try await test.createDocument("short", ttl: 5)
        test.clock.advance(by: 5)
        #expect(try test.emulator.store.snapshot(clock: test.clock.clock).documents.isEmpty)
    }

    @Test(arguments: [
        (#"{"version": 1, "services": [{"sid": "IS"#, "not valid JSON (line 1, column 40"),
        ("", "not valid JSON (line 1, column 1"),
        (#"[1, 2]"#, "the top level is not an object"),
        (#"{"services": []}"#, "\"version\": missing"),
        (#"{"version": 2}"#, "\"version\" is 2"),
        (#"{"version": 1, "sevrices": []}"#, "unknown key \"sevrices\""),
        (#"{"version": 1, "documents": {}}"#, "documents: expected an array"),
        (#"{"version": 1, "documents": [{"sid": "ET1"}]}"#, "documents[0].sid: expected ET followed by 32 hex digits"),
        (
            #"{"version": 1, "playerStreamers": [{"account_sid": "AC", "date_created": "yesterday"}]}"#,
            "playerStreamers[0].date_created: expected a date"
        ),
        (ExchangeTests.document(service: "IS" + String(repeating: "9", count: 32)), "documents[0].service_sid: IS9999"),
        (ExchangeTests.document(service: ExchangeTests.service, twice: true), "documents[1].unique_name: \"same\" is also documents[0]'s"),
    ])
    func aBadImportIsReportedAndChangesNothing(contents: String, problem: String) async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/export.json"
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        let test = try await TestEmulator.make()
        try await test.createDocument("kept")
        let before = try test.emulator.store.snapshot(clock: test.clock.clock)

        let error = try #require(throws: EmulatorStoreError.self) { try test.emulator.store.importFile(path) }
        #expect(error.code == .invalidStateFile)
        #expect(error.message.hasPrefix(path + ": "))
        #expect(error.message.contains(problem), "\(error.message)")
        #expect(error.message.contains("Nothing was imported"))
        #expect(try test.emulator.store.snapshot(clock: test.clock.clock) == before)
    }

    @Test func importingAMissingFileNamesIt() throws {
        let error = try #require(throws: EmulatorStoreError.self) { try EmulatorStore.inMemory().importFile("/nonexistent/export.json") }
        #expect(error.message == "/nonexistent/export.json: no such file to import.")
    }

    @Test func anEarlierStateFileIsImportedOnceIntoANewDatabaseAndLeftInPlace() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let legacy = folder + "/state.json"
        let source = try await filledEmulator(store: .inMemory())
        let legacyBytes = try source.emulator.store.snapshot(clock: source.clock.clock).exportedJSON
        try Data(legacyBytes).write(to: URL(fileURLWithPath: legacy))
        let setup = EmulatorSetup(
            credentials: TestValues.credentials, storage: .file(folder + "/emulator.sqlite"), legacyStatePath: legacy,
            clock: source.clock.clock
        )

        let (emulator, note) = try setup.makeEmulator()
        #expect(note.contains("imported \(legacy) (left in place)"), "\(note)")
        #expect(try emulator.store.snapshot(clock: source.clock.clock).exportedJSON == legacyBytes)
        #expect(FileManager.default.contents(atPath: legacy) == Data(legacyBytes))

        // Once imported, later starts leave the data alone.
        try emulator.store.removeAll()
        let (again, secondNote) = try setup.makeEmulator()
        #expect(!secondNote.contains("imported"))
        #expect(again.store.isEmpty)
    }

    @Test func aBrokenEarlierStateFileStopsTheStartBeforeADatabaseIsMade() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        try Data(#"{"version": 1, "documents": [tru"#.utf8).write(to: URL(fileURLWithPath: folder + "/state.json"))
        let setup = EmulatorSetup(
            credentials: TestValues.credentials, storage: .file(folder + "/emulator.sqlite"), legacyStatePath: folder + "/state.json"
        )
        let error = try #require(throws: EmulatorStoreError.self) { try setup.makeEmulator() }
        #expect(error.message.hasPrefix(folder + "/state.json: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["state.json"])
    }

    @Test func importOnStartReplacesTheDataThenTheServiceIsEnsured() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let source = try await filledEmulator(store: .inMemory())
        try source.emulator.store.export(to: folder + "/export.json", clock: source.clock.clock)
        let serviceSid = "IS" + String(repeating: "5", count: 32)
        let setup = EmulatorSetup(
            credentials: TestValues.credentials, storage: .file(folder + "/emulator.sqlite"), importPath: folder + "/export.json",
            syncServiceSid: serviceSid, clock: source.clock.clock
        )
        let (emulator, note) = try setup.makeEmulator()
        #expect(note.contains("loaded \(folder)/export.json (2 services, 5 documents, 1 list, 2 list items, 1 map, 1 map item, 1 stream, 2 permissions, 2 PlayerStreamers)"), "\(note)")
        let snapshot = try emulator.store.snapshot(clock: source.clock.clock)
        #expect(snapshot.services.map(\.sid).last == serviceSid)
        #expect(snapshot.documents.count == 5)
    }

    static let service = "IS" + String(repeating: "1", count: 32)

    /// An export whose documents belong to `service`, with one or two named `same`.
    static func document(service: String, twice: Bool = false) -> String {
        func document(_ hex: Character) -> String {
            #"{"sid": "ET\#(String(repeating: hex, count: 32))", "unique_name": "same", "account_sid": "AC", "service_sid": "\#(service)", "revision": "0", "data": {}, "date_created": "2015-07-30T20:00:00Z", "date_updated": "2015-07-30T20:00:00Z"}"#
        }
        let services = #"[{"sid": "\#(Self.service)", "account_sid": "AC", "date_created": "2015-07-30T20:00:00Z", "date_updated": "2015-07-30T20:00:00Z"}]"#
        let documents = twice ? [document("a"), document("b")] : [document("a")]
        return #"{"version": 1, "services": \#(services), "documents": [\#(documents.joined(separator: ", "))]}"#
    }
}
