import Foundation
import Testing
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// The emulated services' state under kill -9: the file is always valid, and every write that
/// was acknowledged is in it.
@Suite(.enabled(if: ServerProcess.executable != nil, "needs the built twilio-functions executable"), .shippedCommandLine)
struct CrashSafetyTests {
    @Test func killedMidWriteLeavesAValidStateWithEveryAcknowledgedWrite() async throws {
        let folder = try TemporaryFolder()
        try folder.write("environment", Fake.environmentText)
        try folder.write("functions.json", Fake.manifestText)
        let statePath = folder.path("data/emulator.sqlite")
        let server = try ServerProcess(
            arguments: ["serve", "--port", "0", "--api-port", "0", "--database", statePath, "--seed", "none.json", "--log-level", "error"],
            in: folder.url
        )
        let apiURL = try #require(await server.waitFor(wordAfter: "Emulated Twilio API (Sync, Media, Verify, Lookups): "))
        let client = TwilioClient(
            credentials: .apiKey(Fake.apiKey, secret: Fake.apiSecret, accountSid: Fake.accountSid),
            endpoints: .local(baseURL: apiURL),
            transport: HTTPClientTransport(timeout: .seconds(30))
        )
        let service = try await client.sync.services(Fake.syncServiceSid).documents.create(uniqueName: "probe")
            .serviceSid ?? Fake.syncServiceSid
        #expect(service == Fake.syncServiceSid)

        let acknowledged = SharedList<String>()
        let writers = Task {
            await withTaskGroup(of: Void.self) { group in
                for writer in 0..<4 {
                    group.addTask {
                        for index in 0..<10_000 {
                            let name = "w\(writer)-\(index)"
                            do {
                                _ = try await client.sync.services(Fake.syncServiceSid).documents.create(uniqueName: name, data: ["n": .int(index)])
                                acknowledged.append(name)
                            } catch {
                                return  // the server is gone
                            }
                        }
                    }
                }
            }
        }
        while acknowledged.count < 150 {
            try await Task.sleep(for: .milliseconds(5))
        }
        server.kill()
        await writers.value

        let store = try EmulatorStore.file(at: statePath)
        let emulator = TwilioEmulator(
            credentials: EmulatorCredentials(accountSid: Fake.accountSid, apiKey: Fake.apiKey, apiSecret: Fake.apiSecret),
            store: store
        )
        let names = acknowledged.values
        #expect(names.count >= 150)
        for name in names {
            let response = await emulator.handle(method: "GET", path: "/v1/Services/\(Fake.syncServiceSid)/Documents/\(name)")
            #expect(response.status == 200, "acknowledged write \(name) is missing after kill -9")
        }
    }
}
