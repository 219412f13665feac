import Foundation
import Functions
import FunctionsHost
import FunctionsRuntime
import TwilioAccessToken
import TwilioEmulator
import TwilioWire

/// `functions-bench`: the in-process costs of the request path, without HTTP — minting a Sync
/// token, building events from a query, a form and a JSON body, and one whole invocation of
/// `/hello`, `/token` and `/live-access-token` through the same pipeline the server uses. Build
/// and run it in release:
///
///     swift run -c release functions-bench [iterations] [case]
///
/// A second argument runs only the cases whose name contains it, so a profiler sees one path:
///
///     perf record -g .build/release/functions-bench 400000 live-access-token
@main
struct FunctionsBench {
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        let iterations = arguments.first.flatMap(Int.init) ?? 200_000
        let only = arguments.dropFirst().first
        func selected(_ name: String) -> Bool { only.map(name.contains) ?? true }
        let environment = EnvironmentFile(values: [
            ("ACCOUNT_SID", "AC00000000000000000000000000000000"),
            ("API_KEY", "SK00000000000000000000000000000000"),
            ("API_SECRET", "local-api-secret-not-a-real-one"),
            ("SYNC_SERVICE_SID", "IS00000000000000000000000000000000"),
        ])
        var results: [(String, Duration)] = []

        if selected("mint a Sync token") {
            results.append(("mint a Sync token", try measure(iterations) {
                var token = AccessToken(
                    "AC00000000000000000000000000000000", "SK00000000000000000000000000000000", "local-api-secret-not-a-real-one",
                    identity: "alice"
                )
                token.addGrant(SyncGrant(serviceSid: "IS00000000000000000000000000000000"))
                return try token.toJwt().utf8.count
            }))
        }

        let headers: HeaderList = [
            ("host", "127.0.0.1:3000"), ("user-agent", "wrk"), ("accept", "*/*"),
        ]
        if selected("event from a query") {
            results.append(("event from a query", try measure(iterations) {
                try FunctionEvent(query: "identity=alice&room=a%20b", headers: headers, body: []).parameters.count
            }))
        }
        let form = Array("identity=alice&Body=hello+world&From=%2B15005550006&To=%2B15005550001".utf8)
        let formHeaders = headers + [("content-type", "application/x-www-form-urlencoded")]
        if selected("event from a form body") {
            results.append(("event from a form body", try measure(iterations) {
                try FunctionEvent(query: nil, headers: formHeaders, body: form).parameters.count
            }))
        }
        let json = Array(#"{"identity":"alice","profile":{"name":"Alice","tags":["a","b"]},"count":3}"#.utf8)
        let jsonHeaders = headers + [("content-type", "application/json")]
        if selected("event from a JSON body") {
            results.append(("event from a JSON body", try measure(iterations) {
                try FunctionEvent(query: nil, headers: jsonHeaders, body: json).parameters.count
            }))
        }

        let project = try FunctionsProject(
            manifest: FunctionsManifest(entries: [.init(path: "/hello", handler: "hello"), .init(path: "/token", handler: "token")]),
            environment: environment,
            registry: Functions.registry
        )
        let pipeline = FunctionsPipeline(project: project)
        // The runtime's floor: the same pipeline around a handler that only calls back.
        let helloRequest = IncomingRequest(path: "/hello", headers: headers)
        if selected("invoke /hello in process") {
            results.append(("invoke /hello in process", try await measureAsync(iterations / 4) {
                await pipeline.handle(helloRequest).result.body.count
            }))
        }
        let request = IncomingRequest(path: "/token", query: "identity=alice", headers: headers)
        if selected("invoke /token in process") {
            results.append(("invoke /token in process", try await measureAsync(iterations / 4) {
                await pipeline.handle(request).result.body.count
            }))
        }

        let liveProject = try FunctionsProject(
            manifest: FunctionsManifest(entries: [.init(path: "/live-access-token", handler: "live-access-token")]),
            environment: environment,
            registry: Functions.registry
        )
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("emulator-seed.json").path
        let emulator = try EmulatorSetup(
            credentials: EmulatorCredentials(environment: { environment[$0] }),
            seedPath: seed,
            syncServiceSid: environment["SYNC_SERVICE_SID"]
        ).makeEmulator().emulator
        let livePipeline = FunctionsPipeline(project: liveProject, twilio: TwilioBackend.emulated(emulator).connection)
        let liveRequest = IncomingRequest(path: "/live-access-token", headers: headers)
        if selected("invoke /live-access-token") {
            results.append(("invoke /live-access-token", try await measureAsync(iterations / 8) {
                await livePipeline.handle(liveRequest).result.body.count
            }))
        }

        print("iterations: \(iterations) (invoking /hello and /token: \(iterations / 4), /live-access-token: \(iterations / 8)); median of 5 runs")
        for (name, duration) in results {
            print(name.padding(toLength: 28, withPad: " ", startingAt: 0), format(duration))
        }
    }

    /// The median time of one call over 5 runs of `iterations` calls.
    static func measure(_ iterations: Int, _ body: () throws -> Int) throws -> Duration {
        var sink = 0
        for _ in 0..<(iterations / 10) { sink &+= try body() }
        var runs: [Duration] = []
        for _ in 0..<5 {
            let start = ContinuousClock.now
            for _ in 0..<iterations { sink &+= try body() }
            runs.append((ContinuousClock.now - start) / iterations)
        }
        if sink == 42 { print("") }
        return runs.sorted()[2]
    }

    static func measureAsync(_ iterations: Int, _ body: @Sendable () async throws -> Int) async throws -> Duration {
        var sink = 0
        for _ in 0..<(iterations / 10) { sink &+= try await body() }
        var runs: [Duration] = []
        for _ in 0..<5 {
            let start = ContinuousClock.now
            for _ in 0..<iterations { sink &+= try await body() }
            runs.append((ContinuousClock.now - start) / iterations)
        }
        if sink == 42 { print("") }
        return runs.sorted()[2]
    }

    static func format(_ duration: Duration) -> String {
        let nanoseconds = Double(duration.components.attoseconds) / 1e9 + Double(duration.components.seconds) * 1e9
        return nanoseconds < 1000 ? "\(Int(nanoseconds)) ns" : String(format: "%.2f µs", nanoseconds / 1000)
    }
}
