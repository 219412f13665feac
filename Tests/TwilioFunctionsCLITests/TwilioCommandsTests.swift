import ArgumentParser
import Foundation
import FunctionsHost
import FunctionsRuntime
import FunctionsServer
import HummingbirdTesting
import Testing
import TwilioEmulator
import TwilioWire

@testable import TwilioFunctionsCLI

/// `serve`'s Twilio options, and the `sync` and `media` commands against a running API port.
@Suite("Twilio commands", .shippedCommandLine)
struct TwilioCommandsTests {
    static let environment = EnvironmentFile(
        path: "test.env",
        values: [
            ("ACCOUNT_SID", Fake.accountSid), ("API_KEY", Fake.apiKey), ("API_SECRET", Fake.apiSecret),
            ("SYNC_SERVICE_SID", Fake.syncServiceSid), ("AUTH_TOKEN", Fake.authToken),
        ]
    )

    @Test func defaultsAreEmulatedWithADatabaseAndTheSeed() throws {
        let options = try TwilioOptions.parse([])
        #expect(options.twilio == .emulated)
        #expect(options.apiPort == 3001)
        #expect(options.data.databasePath == ".twilio-functions/emulator.sqlite")
        #expect(options.data.seedPath == "emulator-seed.json")
        #expect(!options.data.inMemory)
        #expect(throws: (any Error).self) { try TwilioOptions.parse(["--api-port", "70000"]) }
        #expect(throws: (any Error).self) { try TwilioOptions.parse(["--twilio", "sandbox"]) }
    }

    @Test func emulatedBackendSeedsAndEnsuresTheService() async throws {
        let folder = try TemporaryFolder()
        let seed = try folder.write("seed.json", #"{"documents": [{"uniqueName": "streaming_info", "data": {"playerStreamerSid": "VJ00000000000000000000000000000000"}}]}"#)
        let database = folder.path("data/emulator.sqlite")
        let options = try TwilioOptions.parse(["--database", database, "--seed", seed])
        let (backend, note) = try options.makeBackend(environment: Self.environment, host: "127.0.0.1", serving: true)
        #expect(note.contains("seeded from \(seed)"))
        #expect(note.contains("data in \(database)"))
        #expect(FileManager.default.fileExists(atPath: database))
        let document = await backend.emulator?.handle(method: "GET", path: "/v1/Services/\(Fake.syncServiceSid)/Documents/streaming_info")
        #expect(document?.status == 200)

        // A second server on the same database is refused; invoke and the commands open it beside the first.
        #expect(throws: ExitCode.failure) { _ = try options.makeBackend(environment: Self.environment, host: "127.0.0.1", serving: true) }
        let (beside, besideNote) = try options.makeBackend(environment: Self.environment, host: "127.0.0.1", serving: false)
        #expect(!besideNote.contains("seeded"))
        let created = await beside.emulator?.handle(
            method: "POST", path: "/v1/Services/\(Fake.syncServiceSid)/Documents", parameters: [("UniqueName", "from-invoke")]
        )
        #expect(created?.status == 201)
        let seen = await backend.emulator?.handle(method: "GET", path: "/v1/Services/\(Fake.syncServiceSid)/Documents/from-invoke")
        #expect(seen?.status == 200)
    }

    @Test func aJSONFileInPlaceOfTheDatabaseStopsTheStartAndIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        let state = try folder.write("state.json", #"{"version": 1, "documents": [tru"#)
        let options = try TwilioOptions.parse(["--database", state])
        #expect(throws: ExitCode.failure) { _ = try options.makeBackend(environment: Self.environment, host: "127.0.0.1", serving: true) }
        #expect(try String(contentsOfFile: state, encoding: .utf8) == #"{"version": 1, "documents": [tru"#)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path(".")).sorted() == ["state.json"])
    }

    @Test func inMemoryWritesNothing() throws {
        let folder = try TemporaryFolder()
        let options = try TwilioOptions.parse(["--in-memory", "--database", folder.path("emulator.sqlite"), "--seed", folder.path("missing.json")])
        let (_, note) = try options.makeBackend(environment: Self.environment, host: "127.0.0.1", serving: true)
        #expect(note == "in memory")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path(".")).isEmpty)
    }

    @Test func liveNeedsNoEmulator() throws {
        let (_, note) = try TwilioOptions.parse(["--twilio", "live"]).makeBackend(environment: Self.environment, host: "127.0.0.1", serving: true)
        #expect(note.contains("live"))
    }

    @Test func syncAndMediaCommandsWorkThroughTheAPIPort() async throws {
        let folder = try TemporaryFolder()
        let environmentPath = try folder.write("environment", Fake.environmentText)
        let store = EmulatorStore.inMemory()
        try store.ensureSyncService(Fake.syncServiceSid, accountSid: Fake.accountSid)
        let emulator = TwilioEmulator(
            credentials: EmulatorCredentials(accountSid: Fake.accountSid, apiKey: Fake.apiKey, apiSecret: Fake.apiSecret),
            store: store
        )
        let app = buildEmulatorApplication(emulator: emulator, configuration: ServerConfiguration(apiPort: 0))
        try await app.test(.live) { client in
            let api = ["--api-url", "http://127.0.0.1:\(client.port!)", "--env-file", environmentPath]
            try await TwilioFunctionsCommand.SyncCommand.Set.parse(["greeting", #"{"text": "hi"}"#] + api).run()
            try await TwilioFunctionsCommand.SyncCommand.Set.parse(["greeting", #"{"text": "bye"}"#] + api).run()
            try await TwilioFunctionsCommand.SyncCommand.Get.parse(["greeting"] + api).run()
            try await TwilioFunctionsCommand.SyncCommand.List.parse(api).run()
            try await TwilioFunctionsCommand.MediaCommand.Create.parse(api).run()
            try await TwilioFunctionsCommand.MediaCommand.List.parse(api).run()
            try await TwilioFunctionsCommand.SyncCommand.Delete.parse(["greeting"] + api).run()
            await #expect(throws: ExitCode.failure) {
                try await TwilioFunctionsCommand.SyncCommand.Get.parse(["greeting"] + api).run()
            }
        }
        let listed = await emulator.handle(method: "GET", path: "/v1/PlayerStreamers")
        #expect(listed.json?["player_streamers"]?.arrayValue?.count == 1)
        let documents = await emulator.handle(method: "GET", path: "/v1/Services/\(Fake.syncServiceSid)/Documents")
        #expect(documents.json?["documents"]?.arrayValue?.isEmpty == true)
    }

    @Test func commandsSayWhenNoServerIsRunning() async throws {
        let folder = try TemporaryFolder()
        let environmentPath = try folder.write("environment", Fake.environmentText)
        await #expect(throws: ExitCode.failure) {
            try await TwilioFunctionsCommand.SyncCommand.List.parse(["--api-url", "http://127.0.0.1:1", "--env-file", environmentPath]).run()
        }
    }

    @Test func setRefusesDataThatIsNotAnObject() {
        #expect(throws: (any Error).self) { try TwilioFunctionsCommand.SyncCommand.Set.parse(["doc", "[1]"]) }
        #expect(throws: (any Error).self) { try TwilioFunctionsCommand.SyncCommand.Set.parse(["doc", "{nope"]) }
    }
}
