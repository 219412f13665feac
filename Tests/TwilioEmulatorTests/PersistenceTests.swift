import Foundation
import Testing
import TwilioEmulator
import TwilioWire

struct PersistenceTests {
    @Test func reopeningTheFileGivesTheSameState() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/nested/state.json"
        let test = try await TestEmulator.make(store: try .file(at: path))
        let document = try await test.createDocument("doc", data: #"{"z":1,"a":{"b":[true,null,1.5]}}"#, ttl: 600)
        let streamerSid = try await test.createPlayerStreamer([("MaxDuration", "42")])
        _ = await test.send("POST", "/v1/PlayerStreamers/\(streamerSid)", [("Status", "ended")])

        let reopened = try EmulatorStore.file(at: path)
        #expect(!reopened.isEmpty)
        #expect(reopened.path == path)
        let emulator = TwilioEmulator(credentials: TestValues.credentials, store: reopened, clock: test.clock.clock)
        let fetched = await emulator.handle(method: "GET", path: test.documentsPath + "/doc")
        #expect(fetched.json == document)
        let streamer = await emulator.handle(method: "GET", path: "/v1/PlayerStreamers/\(streamerSid)")
        #expect(streamer.json == (await test.send("GET", "/v1/PlayerStreamers/\(streamerSid)")).json)
        #expect(streamer.json?["max_duration"] == 42)
        #expect(streamer.json?["ended_reason"] == "ended-via-api")
    }

    @Test func theFileHasTheDocumentedShape() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/state.json"
        let test = try await TestEmulator.make(store: try .file(at: path))
        try await test.createDocument("doc")
        let json = try JSONParser.parse(Array(try #require(FileManager.default.contents(atPath: path))))
        let root = try #require(json.objectValue)
        #expect(root.keys == ["version", "services", "documents", "playerStreamers"])
        #expect(root["version"] == 1)
        let document = try #require(root["documents"]?[0]?.objectValue)
        #expect(
            document.keys == [
                "sid", "unique_name", "account_sid", "service_sid", "revision", "data", "date_expires",
                "date_created", "date_updated", "created_by",
            ]
        )
    }

    @Test func aMissingFileIsAnEmptyStateAndIsNotCreatedUntilAChange() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/absent/state.json"
        let store = try EmulatorStore.file(at: path)
        #expect(store.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: [
        (#"{"version": 1, "services": [{"sid": "IS"#, "not valid JSON (line 1, column 40: unterminated string"),
        ("", "not valid JSON (line 1, column 1"),
        (#"[1, 2]"#, "the top level is not an object"),
        (#"{"services": []}"#, "\"version\": missing"),
        (#"{"version": 2}"#, "\"version\" is 2"),
        (#"{"version": 1, "documents": {}}"#, "documents: expected an array"),
        (#"{"version": 1, "documents": [{"sid": "ET1"}]}"#, "documents[0].sid: expected ET followed by 32 hex digits"),
        (
            #"{"version": 1, "playerStreamers": [{"account_sid": "AC", "date_created": "yesterday"}]}"#,
            "playerStreamers[0].date_created: expected a date"
        ),
    ])
    func aCorruptFileIsReportedAndLeftUntouched(contents: String, problem: String) throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/state.json"
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: EmulatorStoreError.self) { try EmulatorStore.file(at: path) }
        #expect(error.code == .invalidStateFile)
        #expect(error.path == path)
        #expect(error.message.hasPrefix(path + ": "))
        #expect(error.message.contains(problem), "\(error.message)")
        #expect(error.message.contains("move it aside or delete it"))
        #expect(FileManager.default.contents(atPath: path) == Data(contents.utf8))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(siblings == ["state.json"])
    }

    @Test func aFolderInPlaceOfTheFileIsUnreadable() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/state.json"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let error = try #require(throws: EmulatorStoreError.self) { try EmulatorStore.file(at: path) }
        #expect(error.code == .unreadableFile)
        #expect(error.message.contains(path))
    }

    @Test func aLeftoverTemporaryFileFromACrashIsIgnored() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/state.json"
        let test = try await TestEmulator.make(store: try .file(at: path))
        try await test.createDocument("doc", data: #"{"n":1}"#)
        let before = try #require(FileManager.default.contents(atPath: path))

        // A crash between writing the temporary file and renaming it leaves a partial file beside
        // the intact target.
        let leftover = folder + "/.state.json.tmp-0123456789abcdef"
        try Data(before.prefix(before.count / 2)).write(to: URL(fileURLWithPath: leftover))

        let reopened = try EmulatorStore.file(at: path)
        let emulator = TwilioEmulator(credentials: TestValues.credentials, store: reopened, clock: test.clock.clock)
        #expect(await emulator.handle(method: "GET", path: test.documentsPath + "/doc").json?["data"] == ["n": 1])
        #expect(FileManager.default.contents(atPath: path) == before)

        let updated = await emulator.handle(method: "POST", path: test.documentsPath + "/doc", parameters: [("Data", #"{"n":2}"#)])
        #expect(updated.status == 200)
        #expect(try EmulatorStore.file(at: path).isEmpty == false)
        let reread = TwilioEmulator(credentials: TestValues.credentials, store: try .file(at: path), clock: test.clock.clock)
        #expect(await reread.handle(method: "GET", path: test.documentsPath + "/doc").json?["data"] == ["n": 2])
    }

    @Test func aFailedWriteIs500AndChangesNothing() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/state/state.json"
        let test = try await TestEmulator.make(store: try .file(at: path))
        try await test.createDocument("kept")
        let saved = try #require(FileManager.default.contents(atPath: path))

        // Replace the state folder by a file: the temporary file can no longer be created.
        try FileManager.default.moveItem(atPath: folder + "/state", toPath: folder + "/moved")
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: folder + "/state"))

        let response = await test.send("POST", test.documentsPath, [("UniqueName", "lost")])
        let message = try expectTwilioError(response, status: 500, code: 20500)
        #expect(message.contains("could not save"))
        #expect(await test.send("GET", test.documentsPath + "/lost").status == 404)
        #expect(await test.send("GET", test.documentsPath + "/kept").status == 200)

        try FileManager.default.removeItem(atPath: folder + "/state")
        try FileManager.default.moveItem(atPath: folder + "/moved", toPath: folder + "/state")
        #expect(FileManager.default.contents(atPath: path) == saved)
        #expect(await test.send("POST", test.documentsPath, [("UniqueName", "lost")]).status == 201)
    }

    @Test func readersNeverSeeATornFile() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/state.json"
        let test = try await TestEmulator.make(store: try .file(at: path))
        try await test.createDocument("counter", data: #"{"n":0,"padding":"\#(String(repeating: "p", count: 8000))"}"#)
        let writes = 150

        let writer = Task {
            for n in 1...writes {
                let response = await test.send("POST", test.documentsPath + "/counter", [("Data", #"{"n":\#(n)}"#)])
                #expect(response.status == 200)
            }
        }
        let reader = Task.detached { () -> (reads: Int, failures: [String]) in
            var reads = 0
            var failures: [String] = []
            var last = -1
            while last < writes {
                guard let data = FileManager.default.contents(atPath: path) else {
                    failures.append("the file was missing")
                    break
                }
                reads += 1
                do {
                    let json = try JSONParser.parse(Array(data))
                    guard let n = json["documents"]?[0]?["data"]?["n"]?.intValue, (0...writes).contains(n), n >= last else {
                        failures.append("unexpected state \(json)")
                        break
                    }
                    last = n
                } catch {
                    failures.append("torn read: \(error)")
                    break
                }
            }
            return (reads, failures)
        }
        await writer.value
        let result = await reader.value
        #expect(result.failures.isEmpty)
        #expect(result.reads > 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != "state.json" }
        #expect(leftovers.isEmpty)
    }
}
