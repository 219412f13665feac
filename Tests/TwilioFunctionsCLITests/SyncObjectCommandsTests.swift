import ArgumentParser
import Foundation
import Testing
import TwilioEmulator
import TwilioWire

@testable import TwilioFunctionsCLI

/// `sync lists`, `sync maps` and `sync streams`, on a database with no server.
@Suite("sync lists, maps and streams", .shippedCommandLine)
struct SyncObjectCommandsTests {
    typealias Sync = TwilioFunctionsCommand.SyncCommand

    @Test func listCommandsCreateAddUpdateAndRemove() async throws {
        let folder = try TemporaryFolder()
        let options = ["--database", folder.path("emulator.sqlite"), "--env-file", try folder.write("environment", Fake.environmentText)]
        try await Sync.Lists.Create.parse(["todo", "--ttl", "600"] + options).run()
        try await Sync.Lists.Add.parse(["todo", #"{"task": "a"}"#] + options).run()
        try await Sync.Lists.Add.parse(["todo", #"{"task": "b"}"#] + options).run()
        try await Sync.Lists.Update.parse(["todo", "1", #"{"task": "B"}"#, "--if-match", "0"] + options).run()
        try await Sync.Lists.Remove.parse(["todo", "0"] + options).run()
        try await Sync.Lists.Items.parse(["todo", "--descending"] + options).run()
        try await Sync.Lists.Show.parse(options).run()
        // A stale revision is refused with Twilio's error, and the item keeps its data.
        await #expect(throws: ExitCode.failure) {
            try await Sync.Lists.Update.parse(["todo", "1", #"{"task": "C"}"#, "--if-match", "0"] + options).run()
        }

        let emulator = try Self.emulator(folder)
        let items = await emulator.handle(method: "GET", path: "/v1/Services/\(Fake.syncServiceSid)/Lists/todo/Items")
        #expect(items.json?["items"]?.arrayValue?.map { $0["index"] } == [1])
        #expect(items.json?["items"]?[0]?["data"] == ["task": "B"])
        let list = await emulator.handle(method: "GET", path: "/v1/Services/\(Fake.syncServiceSid)/Lists/todo")
        #expect(list.json?["date_expires"] != .null)

        try await Sync.Lists.Remove.parse(["todo"] + options).run()
        #expect(await emulator.handle(method: "GET", path: "/v1/Services/\(Fake.syncServiceSid)/Lists/todo").status == 404)
    }

    @Test func mapSetCreatesThenReplaces() async throws {
        let folder = try TemporaryFolder()
        let options = ["--database", folder.path("emulator.sqlite"), "--env-file", try folder.write("environment", Fake.environmentText)]
        try await Sync.Maps.Create.parse(["users"] + options).run()
        try await Sync.Maps.Set.parse(["users", "alice", #"{"v": 1}"#] + options).run()
        try await Sync.Maps.Set.parse(["users", "alice", #"{"v": 2}"#] + options).run()
        try await Sync.Maps.Set.parse(["users", "bob", "{}"] + options).run()
        try await Sync.Maps.Get.parse(["users", "alice"] + options).run()
        try await Sync.Maps.Items.parse(["users", "--from", "b"] + options).run()
        try await Sync.Maps.Remove.parse(["users", "bob"] + options).run()
        await #expect(throws: ExitCode.failure) { try await Sync.Maps.Get.parse(["users", "bob"] + options).run() }

        let emulator = try Self.emulator(folder)
        let alice = await emulator.handle(method: "GET", path: "/v1/Services/\(Fake.syncServiceSid)/Maps/users/Items/alice")
        #expect(alice.json?["data"] == ["v": 2])
        #expect(alice.json?["revision"] == "1")
    }

    @Test func streamsAreCreatedPublishedToAndRemoved() async throws {
        let folder = try TemporaryFolder()
        let options = ["--database", folder.path("emulator.sqlite"), "--env-file", try folder.write("environment", Fake.environmentText)]
        try await Sync.Streams.Create.parse(["news"] + options).run()
        try await Sync.Streams.Publish.parse(["news", #"{"headline": "hi"}"#] + options).run()
        try await Sync.Streams.Show.parse(options).run()
        await #expect(throws: ExitCode.failure) { try await Sync.Streams.Publish.parse(["missing", "{}"] + options).run() }
        try await Sync.Streams.Remove.parse(["news"] + options).run()
        let emulator = try Self.emulator(folder)
        #expect(await emulator.handle(method: "GET", path: "/v1/Services/\(Fake.syncServiceSid)/Streams/news").status == 404)
    }

    @Test(arguments: [
        ["todo", "[1]"], ["todo", "{nope"], ["todo", "\"text\""],
    ])
    func dataThatIsNotAnObjectIsRefusedBeforeAnyRequest(arguments: [String]) {
        #expect(throws: (any Error).self) { try Sync.Lists.Add.parse(arguments) }
        #expect(throws: (any Error).self) { try Sync.Maps.Set.parse([arguments[0], "key", arguments[1]]) }
        #expect(throws: (any Error).self) { try Sync.Streams.Publish.parse(arguments) }
    }

    @Test func linesEscapeWhatTheServiceSent() {
        #expect(SyncLines.item("k\u{1B}[31m", revision: "3", data: ["a": 1]) == #"k\u001b[31m  revision 3  {"a":1}"#)
        #expect(SyncLines.object(sid: "ES1", uniqueName: nil, expires: Date(timeIntervalSince1970: 0)) == "ES1  -  expires 1970-01-01T00:00:00Z")
    }

    /// The emulator of the database the commands wrote, as a server would open it.
    private static func emulator(_ folder: borrowing TemporaryFolder) throws -> TwilioEmulator {
        TwilioEmulator(
            credentials: EmulatorCredentials(accountSid: Fake.accountSid, apiKey: Fake.apiKey, apiSecret: Fake.apiSecret),
            store: try EmulatorStore.file(at: folder.path("emulator.sqlite"))
        )
    }
}
