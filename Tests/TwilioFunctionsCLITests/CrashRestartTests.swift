import Foundation
import Testing
import TwilioAPI
import TwilioWire

#if canImport(Glibc)
import Glibc
#endif

/// Conditional updates under kill -9, checked the way a user would: restart `serve` on the same
/// state and read it back over HTTP. Every update that was acknowledged is there.
@Suite(.enabled(if: ServerProcess.executable != nil, "needs the built twilio-functions executable"), .shippedCommandLine)
struct CrashRestartTests {
    static func serve(_ folder: borrowing TemporaryFolder, state: String) throws -> ServerProcess {
        try ServerProcess(
            arguments: ["serve", "--port", "0", "--api-port", "0", "--database", state, "--seed", "none.json", "--log-level", "error"],
            in: folder.url
        )
    }

    static func client(_ apiURL: String) -> TwilioClient {
        TwilioClient(
            credentials: .apiKey(Fake.apiKey, secret: Fake.apiSecret, accountSid: Fake.accountSid),
            endpoints: .local(baseURL: apiURL),
            transport: HTTPClientTransport(timeout: .seconds(30))
        )
    }

    @Test func acknowledgedConditionalUpdatesSurviveKillAndRestart() async throws {
        let folder = try TemporaryFolder()
        try folder.write("environment", Fake.environmentText)
        try folder.write("functions.json", Fake.manifestText)
        let statePath = folder.path("data/emulator.sqlite")
        let server = try Self.serve(folder, state: statePath)
        let apiURL = try #require(await server.waitFor(wordAfter: "Emulated Twilio API (Sync, Media, Verify, Lookups): "))
        let documents = Self.client(apiURL).sync.services(Fake.syncServiceSid).documents
        _ = try await documents.create(uniqueName: "counter", data: ["n": .int(0)])

        // Writers increment with If-Match and retry on a conflict, until the server is gone.
        let acknowledged = SharedList<Int>()
        let writers = Task {
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        while true {
                            do {
                                let current = try await documents("counter").fetch()
                                let next = (current.data["n"]?.intValue ?? 0) + 1
                                let updated = try await documents("counter").update(data: ["n": .int(next)], ifMatch: current.revision)
                                acknowledged.append(updated.data["n"]?.intValue ?? -1)
                            } catch let error as TwilioAPIError where error.status == 412 {
                                continue
                            } catch {
                                return  // the server is gone
                            }
                        }
                    }
                }
            }
        }
        let deadline = ContinuousClock.now + .seconds(60)
        while acknowledged.count < 60, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        server.kill()
        await writers.value
        let values = acknowledged.values
        #expect(values.count >= 60)
        // No two acknowledged updates wrote the same value: none was lost to another.
        #expect(Set(values).count == values.count, "two writers were both acknowledged for one value")

        let restarted = try Self.serve(folder, state: statePath)
        let restartedURL = try #require(await restarted.waitFor(wordAfter: "Emulated Twilio API (Sync, Media, Verify, Lookups): "))
        let counter = try await Self.client(restartedURL).sync.services(Fake.syncServiceSid).documents("counter").fetch()
        let stored = try #require(counter.data["n"]?.intValue)
        let highest = try #require(values.max())
        #expect(stored >= highest, "the state after restart holds \(stored), but \(highest) was acknowledged")
        #expect(stored <= highest + 4, "more unacknowledged writes than writers in flight")
        #expect(await restarted.stop(with: SIGTERM) == 0)
    }
}
