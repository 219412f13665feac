import Foundation
import Testing
import TwilioEmulator
import TwilioWire

struct SeedTests {
    static let syncServiceSid = "IS" + String(repeating: "0", count: 32)
    static let streamerSid = "VJ" + String(repeating: "1", count: 32)
    static let fixture = """
        {
          "playerStreamers": [{"sid": "\(streamerSid)", "status": "started"}],
          "documents": [{"uniqueName": "streaming_info", "data": {"playerStreamerSid": "\(streamerSid)"}}]
        }
        """

    /// Writes a fixture into a new folder; the caller removes the folder.
    private func writeFixture(_ contents: String) throws -> String {
        let path = try makeTemporaryFolder() + "/emulator-seed.json"
        try Data(contents.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The Live Function's path: read `streaming_info`, take its `playerStreamerSid`, ask for a
    /// playback grant with ttl 60.
    private func playbackGrantThroughStreamingInfo(_ emulator: TwilioEmulator) async throws -> JSONValue {
        let document = await emulator.handle(
            method: "GET", path: "/v1/Services/\(Self.syncServiceSid)/Documents/streaming_info"
        )
        #expect(document.status == 200)
        let sid = try #require(document.json?["data"]?["playerStreamerSid"]?.stringValue)
        let grant = await emulator.handle(method: "POST", path: "/v1/PlayerStreamers/\(sid)/PlaybackGrant", parameters: [("Ttl", "60")])
        #expect(grant.status == 201)
        return try #require(grant.json?["grant"])
    }

    @Test func anEmptyStoreIsSeededAndSaved() async throws {
        let fixture = try writeFixture(Self.fixture)
        defer { removeTemporaryFolder((fixture as NSString).deletingLastPathComponent) }
        let statePath = (fixture as NSString).deletingLastPathComponent + "/data/emulator.sqlite"
        let store = try EmulatorStore.file(at: statePath)
        let applied = try store.seed(
            from: fixture, syncServiceSid: Self.syncServiceSid, accountSid: TestValues.accountSid,
            clock: .fixed(TestValues.start)
        )
        #expect(applied)

        let emulator = TwilioEmulator(credentials: TestValues.credentials, store: try .file(at: statePath))
        let grant = try await playbackGrantThroughStreamingInfo(emulator)
        #expect(grant["playerStreamerSid"] == .string(Self.streamerSid))

        let service = await emulator.handle(method: "GET", path: "/v1/Services/\(Self.syncServiceSid)")
        #expect(service.json?["friendly_name"] == "default")
        #expect(service.json?["account_sid"] == .string(TestValues.accountSid))
        let streamer = await emulator.handle(method: "GET", path: "/v1/PlayerStreamers/\(Self.streamerSid)")
        #expect(streamer.json?["status"] == "started")
        #expect(streamer.json?["date_created"] == "2015-07-30T20:00:00Z")
    }

    @Test func theRepositoryFixtureMakesTheLiveFunctionWork() async throws {
        // Tests/TwilioEmulatorTests/SeedTests.swift → the package root (through any symlinked folder).
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let fixture = root.appendingPathComponent("emulator-seed.json").path
        let store = EmulatorStore.inMemory()
        try store.seed(from: fixture, syncServiceSid: Self.syncServiceSid, accountSid: TestValues.accountSid)
        let emulator = TwilioEmulator(credentials: TestValues.credentials, store: store)
        let grant = try await playbackGrantThroughStreamingInfo(emulator)
        #expect(grant["playerStreamerSid"]?.stringValue?.hasPrefix("VJ") == true)
    }

    @Test func aStoreThatHoldsAnythingIsNotSeeded() async throws {
        let fixture = try writeFixture(Self.fixture)
        defer { removeTemporaryFolder((fixture as NSString).deletingLastPathComponent) }
        let test = try await TestEmulator.make()
        try await test.createDocument("streaming_info", data: #"{"playerStreamerSid":"mine"}"#)
        let applied = try test.emulator.store.seed(
            from: fixture, syncServiceSid: Self.syncServiceSid, accountSid: TestValues.accountSid
        )
        #expect(!applied)
        #expect(await test.send("GET", "/v1/PlayerStreamers/\(Self.streamerSid)").status == 404)
        let document = await test.send("GET", test.documentsPath + "/streaming_info")
        #expect(document.json?["data"]?["playerStreamerSid"] == "mine")
    }

    @Test(arguments: [
        ("{\n  \"documents\": [\n    {\"uniqueName\": }\n  ]\n}", "line 3, column 20"),
        (#"["documents"]"#, "the top level is not an object"),
        (#"{"docs": []}"#, "unknown key \"docs\""),
        (#"{"documents": [{"unique_name": "x"}]}"#, "documents[0]: unknown key \"unique_name\""),
        (#"{"documents": [{"uniqueName": "x", "data": [1]}]}"#, "documents[0].data: expected an object"),
        (#"{"playerStreamers": [{"status": "started"}]}"#, "playerStreamers[0].sid: missing"),
        (#"{"playerStreamers": [{"sid": "VJ1"}]}"#, "playerStreamers[0].sid: expected VJ followed by 32 hex digits"),
        (
            #"{"playerStreamers": [{"sid": "VJ11111111111111111111111111111111", "status": "live"}]}"#,
            "playerStreamers[0].status: expected one of"
        ),
    ])
    func aMalformedFixtureIsAnErrorNamingIt(contents: String, problem: String) throws {
        let fixture = try writeFixture(contents)
        defer { removeTemporaryFolder((fixture as NSString).deletingLastPathComponent) }
        let store = EmulatorStore.inMemory()
        let error = try #require(throws: EmulatorStoreError.self) {
            try store.seed(from: fixture, syncServiceSid: Self.syncServiceSid, accountSid: TestValues.accountSid)
        }
        #expect(error.code == .invalidFixture)
        #expect(error.path == fixture)
        #expect(error.message.hasPrefix(fixture + ": "))
        #expect(error.message.contains(problem), "\(error.message)")
        #expect(store.isEmpty)
    }

    @Test func aMissingFixtureIsAnErrorNamingIt() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/absent.json"
        let error = try #require(throws: EmulatorStoreError.self) {
            try EmulatorStore.inMemory().seed(from: path, syncServiceSid: Self.syncServiceSid, accountSid: TestValues.accountSid)
        }
        #expect(error.message == "\(path): the emulator seed fixture does not exist. Fix the file, or pass another fixture.")
    }

    @Test func anInvalidSyncServiceSidIsRefused() throws {
        let fixture = try writeFixture(Self.fixture)
        defer { removeTemporaryFolder((fixture as NSString).deletingLastPathComponent) }
        let error = try #require(throws: EmulatorStoreError.self) {
            try EmulatorStore.inMemory().seed(from: fixture, syncServiceSid: "ISxyz", accountSid: TestValues.accountSid)
        }
        #expect(error.code == .invalidValue)
        #expect(error.message.contains("SYNC_SERVICE_SID"))
    }
}

struct EnsureSyncServiceTests {
    @Test func createsTheServiceOnceAndPersistsIt() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ensure-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("emulator.sqlite").path
        let sid = "IS" + String(repeating: "c", count: 32)
        let store = try EmulatorStore.file(at: path)
        #expect(try store.ensureSyncService(sid, accountSid: TestValues.accountSid))
        #expect(try store.ensureSyncService(sid, accountSid: TestValues.accountSid) == false)
        let reopened = try EmulatorStore.file(at: path)
        let emulator = TwilioEmulator(credentials: TestValues.credentials, store: reopened)
        let response = await emulator.handle(method: "GET", path: "/v1/Services/\(sid)")
        #expect(response.status == 200)
        #expect(response.json?["friendly_name"] == "default")
    }

    @Test func refusesAnInvalidSid() {
        #expect(throws: EmulatorStoreError.self) {
            try EmulatorStore.inMemory().ensureSyncService("IS123", accountSid: TestValues.accountSid)
        }
    }
}
