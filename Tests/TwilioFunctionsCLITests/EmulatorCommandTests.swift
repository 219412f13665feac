import ArgumentParser
import Foundation
import Testing
import TwilioAPI
import TwilioEmulator
import TwilioWire

@testable import TwilioFunctionsCLI

/// `emulator export`, `import` and `reset`, and `serve --import` / `--export-on-exit`.
@Suite("emulator commands", .shippedCommandLine)
struct EmulatorCommandTests {
    static let seed = #"{"playerStreamers": [{"sid": "VJ00000000000000000000000000000000", "status": "started"}], "#
        + #""documents": [{"uniqueName": "streaming_info", "data": {"playerStreamerSid": "VJ00000000000000000000000000000000"}}]}"#

    /// A database seeded as `serve` would seed it, holding one more document.
    private func seededDatabase(_ folder: borrowing TemporaryFolder) async throws -> (database: String, environment: String, seed: String) {
        let environment = try folder.write("environment", Fake.environmentText)
        let seed = try folder.write("seed.json", Self.seed)
        let database = folder.path("data/emulator.sqlite")
        try await TwilioFunctionsCommand.SyncCommand.Set.parse(
            ["extra", #"{"n": 1}"#, "--database", database, "--env-file", environment, "--seed", seed]
        ).run()
        return (database, environment, seed)
    }

    @Test func exportImportAndResetRoundTrip() async throws {
        let folder = try TemporaryFolder()
        let (database, environment, seed) = try await seededDatabase(folder)
        let export = folder.path("export.json")
        try TwilioFunctionsCommand.EmulatorCommand.Export.parse([export, "--database", database]).run()
        let exported = try EmulatorSnapshot.load(export)
        #expect(exported.summary == "1 service, 2 documents, 1 PlayerStreamer")

        try TwilioFunctionsCommand.EmulatorCommand.Reset.parse(["--database", database, "--env-file", environment, "--seed", seed]).run()
        let reset = try EmulatorStore.file(at: database).snapshot()
        #expect(reset.summary == "1 service, 1 document, 1 PlayerStreamer", "back to the seed fixture")

        try TwilioFunctionsCommand.EmulatorCommand.Import.parse([export, "--database", database]).run()
        try TwilioFunctionsCommand.EmulatorCommand.Export.parse([folder.path("again.json"), "--database", database]).run()
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("again.json"))) == Data(contentsOf: URL(fileURLWithPath: export)))
    }

    @Test func aBadImportFailsAndChangesNothing() async throws {
        let folder = try TemporaryFolder()
        let (database, _, _) = try await seededDatabase(folder)
        let before = try EmulatorStore.file(at: database).snapshot()
        let bad = try folder.write("bad.json", #"{"version": 1, "documents": [{"sid": "nope"}]}"#)
        #expect(throws: ExitCode.failure) { try TwilioFunctionsCommand.EmulatorCommand.Import.parse([bad, "--database", database]).run() }
        #expect(throws: ExitCode.failure) {
            try TwilioFunctionsCommand.EmulatorCommand.Import.parse([folder.path("missing.json"), "--database", database]).run()
        }
        #expect(try EmulatorStore.file(at: database).snapshot() == before)
    }

    @Test func aResetWithABadFixtureKeepsTheData() async throws {
        let folder = try TemporaryFolder()
        let (database, environment, _) = try await seededDatabase(folder)
        let before = try EmulatorStore.file(at: database).snapshot()
        let broken = try folder.write("broken.json", #"{"documents": [{"uniqueName": 7}]}"#)
        #expect(throws: ExitCode.failure) {
            try TwilioFunctionsCommand.EmulatorCommand.Reset.parse(["--database", database, "--env-file", environment, "--seed", broken]).run()
        }
        #expect(try EmulatorStore.file(at: database).snapshot() == before)
    }

    @Test func aResetWithoutAnAccountIsRefusedAndKeepsTheData() async throws {
        let folder = try TemporaryFolder()
        let (database, _, seed) = try await seededDatabase(folder)
        let before = try EmulatorStore.file(at: database).snapshot()
        let noAccount = try folder.write("no-account", "SYNC_SERVICE_SID=\(Fake.syncServiceSid)\n")
        #expect(throws: ExitCode.failure) {
            try TwilioFunctionsCommand.EmulatorCommand.Reset.parse(["--database", database, "--env-file", noAccount, "--seed", seed]).run()
        }
        #expect(try EmulatorStore.file(at: database).snapshot() == before)
    }

    @Test func exportReadsWithoutChangingAnything() async throws {
        let folder = try TemporaryFolder()
        #expect(throws: ExitCode.failure) {
            try TwilioFunctionsCommand.EmulatorCommand.Export.parse([folder.path("out.json"), "--database", folder.path("typo.sqlite")]).run()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path(".")).isEmpty, "a mistyped --database creates nothing")

        let (database, _, _) = try await seededDatabase(folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        try TwilioFunctionsCommand.EmulatorCommand.Export.parse([folder.path("out.json"), "--database", database]).run()
        #expect(try EmulatorSnapshot.load(folder.path("out.json")).summary == "1 service, 2 documents, 1 PlayerStreamer")
    }

    @Test func exportingADatabaseThatIsNotOneFails() throws {
        let folder = try TemporaryFolder()
        let notADatabase = try folder.write("notes.txt", "hello")
        #expect(throws: ExitCode.failure) {
            try TwilioFunctionsCommand.EmulatorCommand.Export.parse([folder.path("out.json"), "--database", notADatabase]).run()
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("out.json")))
    }

    @Test func importAndExportAreRefusedWithoutTheEmulator() {
        #expect(throws: (any Error).self) { try TwilioFunctionsCommand.Serve.parse(["--twilio", "live", "--import", "x.json"]) }
        #expect(throws: (any Error).self) { try TwilioFunctionsCommand.Serve.parse(["--twilio-url", "http://127.0.0.1:1", "--export-on-exit", "x.json"]) }
    }

    @Test(.enabled(if: ServerProcess.executable != nil, "needs the built twilio-functions executable"))
    func serveImportsOnStartAndExportsOnExit() async throws {
        let folder = try TemporaryFolder()
        try folder.write("functions.json", Fake.manifestText)
        let (_, _, seed) = try await seededDatabase(folder)
        let source = folder.path("data/emulator.sqlite")
        let imported = folder.path("imported.json")
        try TwilioFunctionsCommand.EmulatorCommand.Export.parse([imported, "--database", source]).run()
        let exported = folder.path("exit.json")
        let server = try ServerProcess(
            arguments: [
                "serve", "--port", "0", "--api-port", "0", "--database", folder.path("other.sqlite"), "--seed", seed,
                "--import", imported, "--export-on-exit", exported,
            ],
            in: folder.url
        )
        let apiURL = try #require(await server.waitFor(wordAfter: "Emulated Twilio API (Sync, Media, Verify, Lookups): "))
        #expect(server.printed.contains("loaded \(imported) (1 service, 2 documents, 1 PlayerStreamer)"))
        let documents = TwilioClient(
            credentials: .apiKey(Fake.apiKey, secret: Fake.apiSecret, accountSid: Fake.accountSid),
            endpoints: .local(baseURL: apiURL),
            transport: HTTPClientTransport(timeout: .seconds(10))
        ).sync.services(Fake.syncServiceSid).documents
        #expect(try await documents("extra").fetch().data == ["n": 1])
        _ = try await documents.create(uniqueName: "made-while-serving")

        #expect(await server.stop(with: SIGTERM) == 0)
        #expect(server.printed.contains("Exported the emulated services' data to \(exported) (1 service, 3 documents, 1 PlayerStreamer)"))
        let snapshot = try EmulatorSnapshot.load(exported)
        #expect(snapshot.summary == "1 service, 3 documents, 1 PlayerStreamer")
    }
}
