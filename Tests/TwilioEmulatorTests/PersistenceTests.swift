import Foundation
import GRDB
import Testing
import TwilioWire

@testable import TwilioEmulator

/// The database file: what survives a restart, what is refused before SQLite touches it, and a
/// failed write.
struct PersistenceTests {
    @Test func reopeningTheFileGivesTheSameData() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/nested/emulator.sqlite"
        let test = try await TestEmulator.make(store: try .file(at: path))
        let document = try await test.createDocument("doc", data: #"{"z":1,"a":{"b":[true,null,1.5]}}"#, ttl: 600)
        let streamerSid = try await test.createPlayerStreamer([("MaxDuration", "42")])
        _ = await test.send("POST", "/v1/PlayerStreamers/\(streamerSid)", [("Status", "ended")])

        let reopened = try EmulatorStore.file(at: path)
        #expect(!reopened.isEmpty)
        #expect(reopened.path == DatabaseFile.resolve(path))
        let emulator = TwilioEmulator(credentials: TestValues.credentials, store: reopened, clock: test.clock.clock)
        let fetched = await emulator.handle(method: "GET", path: test.documentsPath + "/doc")
        #expect(fetched.json == document)
        let streamer = await emulator.handle(method: "GET", path: "/v1/PlayerStreamers/\(streamerSid)")
        #expect(streamer.json == (await test.send("GET", "/v1/PlayerStreamers/\(streamerSid)")).json)
        #expect(streamer.json?["max_duration"] == 42)
        #expect(streamer.json?["ended_reason"] == "ended-via-api")
    }

    @Test func aMissingFileIsCreatedEmptyWithItsFolder() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/absent/emulator.sqlite"
        let store = try EmulatorStore.file(at: path)
        #expect(store.isEmpty)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: [
        (#"{"version": 1, "services": []}"#, "emulator import"),
        ("plain text, not a database at all", "not an SQLite database"),
        (String(repeating: "\u{1}", count: 200), "not an SQLite database"),
    ])
    func aFileThatIsNotADatabaseIsRefusedAndLeftUntouched(contents: String, expected: String) throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/emulator.sqlite"
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: EmulatorStoreError.self) { try EmulatorStore.file(at: path) }
        #expect(error.code == .notADatabase)
        #expect(error.message.hasPrefix(path + ": "))
        #expect(error.message.contains(expected), "\(error.message)")
        #expect(!error.message.contains(".."))
        #expect(FileManager.default.contents(atPath: path) == Data(contents.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["emulator.sqlite"])
    }

    @Test func aFolderInPlaceOfTheFileIsUnreadable() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/emulator.sqlite"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let error = try #require(throws: EmulatorStoreError.self) { try EmulatorStore.file(at: path) }
        #expect(error.code == .unreadableFile)
        #expect(error.message.contains(path))
    }

    @Test func aReadOnlyFileIsRefusedAndLeftUntouched() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/emulator.sqlite"
        do {
            let test = try await TestEmulator.make(store: try .file(at: path))
            try await test.createDocument("kept")
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let before = try #require(FileManager.default.contents(atPath: path))
        let error = try #require(throws: EmulatorStoreError.self) { try EmulatorStore.file(at: path) }
        #expect(error.code == .readOnly)
        #expect(error.message.contains(path))
        #expect(error.message.contains("chmod u+w"))
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func aDatabaseOfANewerSchemaIsRefusedAndLeftUntouched() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/emulator.sqlite"
        _ = try EmulatorStore.file(at: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
        }
        let before = try #require(FileManager.default.contents(atPath: path))
        let error = try #require(throws: EmulatorStoreError.self) { try EmulatorStore.file(at: path) }
        #expect(error.code == .newerSchema)
        #expect(error.message.contains("v9-from-the-future"))
        #expect(error.message.contains("newer twilio-functions"))
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/emulator.sqlite"
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        }
        let before = try #require(FileManager.default.contents(atPath: path))
        let error = try #require(throws: EmulatorStoreError.self) { try EmulatorStore.file(at: path) }
        #expect(error.code == .notADatabase)
        #expect(error.message.contains("another program's SQLite database (tables invoices)"), "\(error.message)")
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["emulator.sqlite"])
    }

    @Test func aFailedWriteIs500AndChangesNothingAndReadsGoOn() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let store = try EmulatorStore.file(at: folder + "/emulator.sqlite")
        let test = try await TestEmulator.make(store: store)
        try await test.createDocument("kept")

        // The disk fills up: SQLite may not grow the file by a single page.
        try store.limitPages(toCurrent: true)
        let big = #"{"text":"\#(String(repeating: "x", count: 12_000))"}"#
        let response = await test.send("POST", test.documentsPath, [("UniqueName", "lost"), ("Data", big)])
        let message = try expectTwilioError(response, status: 500, code: 20500)
        #expect(message.contains("database or disk is full"), "\(message)")
        #expect(message.contains("nothing was changed"))
        #expect(await test.send("GET", test.documentsPath + "/lost").status == 404)
        #expect(await test.send("GET", test.documentsPath + "/kept").status == 200)

        try store.limitPages(toCurrent: false)
        #expect(await test.send("POST", test.documentsPath, [("UniqueName", "lost"), ("Data", big)]).status == 201)
    }

    @Test func expiredDocumentsAreSweptByTheNextWrite() async throws {
        let test = try await TestEmulator.make()
        try await test.createDocument("short", ttl: 10)
        try await test.createDocument("forever")
        test.clock.advance(by: 10)
        #expect(try test.emulator.store.rowCount(kind: "document") == 2)
        _ = try await test.createPlayerStreamer()
        #expect(try test.emulator.store.rowCount(kind: "document") == 1)
    }
}

extension EmulatorStore {
    /// Caps the writer's file at its current size, as a full disk would, or lifts the cap.
    func limitPages(toCurrent: Bool) throws {
        try writeBlocking(now: Timestamp(seconds: 0)) { access in
            let pages = try Int.fetchOne(access.db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(access.db, sql: "PRAGMA max_page_count = \(toCurrent ? pages : 1_073_741_823)")
        }
    }

    /// The rows of `kind`, expired ones included.
    func rowCount(kind: String) throws -> Int {
        try readBlocking(now: Timestamp(seconds: 0)) { access in
            try Int.fetchOne(access.db, sql: "SELECT COUNT(*) FROM resources WHERE kind = ?", arguments: [kind]) ?? 0
        }
    }
}
