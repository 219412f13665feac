import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `serve --watch` as a real process, with a stand-in build command (`build.sh`) that logs each
/// run to builds.log, waits `build-delay` seconds if that file exists and then for as long as
/// `build-hold` exists, and fails while `build-fails` exists. The server build it "produces" is the same executable each time.
@Suite(.enabled(if: ServerProcess.executable != nil, "needs the built twilio-functions executable"), .shippedCommandLine)
struct WatchModeTests {
    /// A project folder with a Sources folder, the stand-in build, and a watching server.
    final class Watched {
        let folder: TemporaryFolder
        let server: ServerProcess
        let port: Int
        let apiPort: Int

        init(prepare: (borrowing TemporaryFolder) throws -> Void = { _ in }) async throws {
            folder = try TemporaryFolder()
            try folder.write("environment", Fake.environmentText)
            try folder.write("functions.json", Fake.manifestText)
            try FileManager.default.createDirectory(atPath: folder.path("Sources"), withIntermediateDirectories: true)
            try folder.write("Sources/Stub.swift", "let stub = 1\n")
            try folder.write(
                "build.sh",
                """
                echo build >> builds.log
                if [ -f build-delay ]; then sleep "$(cat build-delay)"; fi
                waited=0
                while [ -f build-hold ] && [ $waited -lt 300 ]; do sleep 0.1; waited=$((waited + 1)); done
                if [ -f build-fails ]; then echo "Sources/Stub.swift:1:5: error: stand-in compiler error" >&2; exit 1; fi
                exit 0

                """
            )
            try prepare(folder)
            server = try ServerProcess(
                arguments: [
                    "serve", "--watch", "--port", "0", "--api-port", "0", "--in-memory", "--log-level", "error",
                    "--build-command", "sh build.sh",
                ],
                in: folder.url,
                capturingErrors: true
            )
            let helloURL = await server.waitFor(wordAfter: "Functions:\n  ")
            let apiURL = await server.waitFor(wordAfter: "Emulated Twilio API (Sync, Media, Verify, Lookups): ")
            let started = await server.waitFor("Watching ")
            port = helloURL.flatMap { URLComponents(string: $0)?.port } ?? 0
            apiPort = apiURL.flatMap { URLComponents(string: $0)?.port } ?? 0
            guard started, port != 0, apiPort != 0 else {
                throw WatchModeFailure(message: "watch mode did not start:\n\(server.printed)")
            }
        }

        func get(_ path: String) async -> RawHTTP.Answer? {
            await RawHTTP.get(port: port, path: path)
        }

        /// Polls `path` until its status is `status`; `false` after `timeout`.
        func waitForStatus(_ status: Int, at path: String, timeout: Duration = .seconds(15)) async -> Bool {
            let deadline = ContinuousClock.now + timeout
            while ContinuousClock.now < deadline {
                if await get(path)?.status == status { return true }
                try? await Task.sleep(for: .milliseconds(50))
            }
            return false
        }

        var builds: Int {
            let log = (try? String(contentsOfFile: folder.path("builds.log"), encoding: .utf8)) ?? ""
            return log.split(separator: "\n").count
        }

        func waitForBuilds(_ count: Int, timeout: Duration = .seconds(15)) async -> Bool {
            let deadline = ContinuousClock.now + timeout
            while builds < count, ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(20))
            }
            return builds >= count
        }

        func touchSource(_ name: String = "Stub.swift") throws {
            try folder.write("Sources/\(name)", "let stub = \(UUID().uuidString.count)  // \(UUID())\n")
        }
    }

    @Test("functions.json changes apply in place; an invalid one is reported and the last good one keeps serving")
    func manifestReloadsInPlace() async throws {
        let watched = try await Watched()
        #expect(await watched.get("/echo")?.status == 200)

        try watched.folder.write("functions.json", #"{ "functions": [ { "path": "/hello", "handler": "hello" }, { "path": "/greeting", "handler": "hello" } ] }"#)
        #expect(await watched.waitForStatus(404, at: "/echo"))
        #expect(await watched.get("/greeting")?.body == "Hello World")
        #expect(await watched.server.waitFor("reloaded functions.json: + /greeting, − /echo, − /token"))

        try watched.folder.write("functions.json", #"{ "functions": [ { "path": "/hello", "handler": "no-such-handler" } ] }"#)
        #expect(await watched.server.waitFor("reload failed; still serving the last good functions.json"))
        #expect(watched.server.printed.contains(#"functions[0].handler "no-such-handler" is not registered"#))
        #expect(await watched.get("/greeting")?.status == 200)
        #expect(watched.builds == 0)
    }

    @Test("an environment change reaches the next request's context, and the emulated API, without a restart")
    func environmentReloadsInPlace() async throws {
        let watched = try await Watched { folder in try Self.prepareLiveAccessToken(in: folder) }
        #expect(await watched.get("/live-access-token")?.status == 200)
        let newKey = "SK" + String(repeating: "7", count: 32)
        try watched.folder.write(
            "environment",
            Fake.environmentText.replacingOccurrences(of: Fake.apiKey, with: newKey).replacingOccurrences(of: Fake.apiSecret, with: "rotated-secret")
        )
        #expect(await watched.server.waitFor("reloaded environment: routes unchanged"))
        let answer = try #require(await watched.get("/token?identity=alice"))
        let token = try #require(answer.body.split(separator: "\"").dropFirst(3).first)
        let payload = try #require(token.split(separator: ".").dropFirst().first)
        let json = try #require(Data(base64Encoded: Self.padded(payload)))
        #expect(String(decoding: json, as: UTF8.self).contains(#""iss":"\#(newKey)""#))
        // The handler's Twilio client signs in with the new key, which the emulated API now accepts.
        #expect(await watched.get("/live-access-token")?.status == 200)
        #expect(watched.builds == 0)
    }

    @Test("a failed build prints the compiler's errors and the previous build keeps serving")
    func failedBuildKeepsServing() async throws {
        let watched = try await Watched()
        try watched.folder.write("build-fails", "")
        try watched.touchSource()
        #expect(await watched.server.waitFor("Sources/Stub.swift changed: build failed after"))
        #expect(watched.server.printed.contains("error: stand-in compiler error"))
        #expect(await watched.get("/hello")?.body == "Hello World")

        // Fixed: the next save builds and switches.
        try FileManager.default.removeItem(atPath: watched.folder.path("build-fails"))
        try watched.touchSource()
        #expect(await watched.server.waitFor("Sources/Stub.swift changed: rebuilt in"))
        #expect(await watched.get("/hello")?.body == "Hello World")
    }

    @Test("switching to a new build refuses no connection, and the emulated services carry over")
    func switchOverRefusesNothing() async throws {
        let watched = try await Watched { folder in
            try folder.write("build-delay", "0.3")
            try Self.prepareLiveAccessToken(in: folder)
        }
        #expect(await watched.get("/live-access-token")?.status == 200)
        let port = watched.port
        let firstBuild = watched.server.childPIDs
        let answers = SharedList<Int>()
        let load = Task {
            while !Task.isCancelled {
                answers.append(await RawHTTP.get(port: port, path: "/hello")?.status ?? -1)
            }
        }
        try await Task.sleep(for: .milliseconds(200))
        // A change made through the emulated API before the switch...
        let deleted = await RawHTTP.send(
            "DELETE", port: watched.apiPort, path: "/v1/Services/\(Fake.syncServiceSid)/Documents/streaming_info",
            headers: ["Authorization: Basic " + Data("\(Fake.apiKey):\(Fake.apiSecret)".utf8).base64EncodedString()]
        )
        #expect(deleted?.status == 204)
        for round in 1...2 {
            try watched.touchSource()
            #expect(await watched.server.waitFor("changed: rebuilt in", count: round))
        }
        try await Task.sleep(for: .milliseconds(300))
        load.cancel()
        _ = await load.value
        let statuses = answers.values
        // Requests ran through both switches; how many depends on how busy the machine is.
        #expect(statuses.count >= 5)
        #expect(statuses.allSatisfy { $0 == 200 }, "statuses other than 200: \(statuses.filter { $0 != 200 })")
        #expect(watched.server.printed.contains("rebuilt in 0.") && watched.server.printed.contains("routes unchanged"))
        // ...is still there after it: the new build finds no streaming_info document.
        let afterSwitch = await watched.get("/live-access-token")
        #expect(afterSwitch?.status == 500)
        #expect(afterSwitch?.body.contains("streaming_info") == true)
        // The first build is stopped once the switch is done.
        let deadline = ContinuousClock.now + .seconds(10)
        while watched.server.childPIDs.contains(where: firstBuild.contains), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(!firstBuild.isEmpty && !watched.server.childPIDs.contains(where: firstBuild.contains))
    }

    @Test("a save that touches several files builds once")
    func debouncesASave() async throws {
        let watched = try await Watched()
        for name in ["A.swift", "B.swift", "C.swift"] { try watched.touchSource(name) }
        try watched.folder.write("Package.swift", "// swift-tools-version: 6.2\n")
        #expect(await watched.server.waitFor("changed: rebuilt in"))
        try await Task.sleep(for: .seconds(1))
        #expect(watched.builds == 1)
        #expect(watched.server.printed.contains("Package.swift and 3 more changed: rebuilt in"))
    }

    @Test("changes during a build are followed by exactly one more build")
    func coalescesChangesDuringABuild() async throws {
        let watched = try await Watched { folder in try folder.write("build-hold", "") }
        try watched.touchSource("A.swift")
        #expect(await watched.waitForBuilds(1))
        try watched.touchSource("B.swift")
        try await Task.sleep(for: .milliseconds(500))
        try watched.touchSource("C.swift")
        // Long enough for both saves to be seen and their quiet periods to pass, while A builds.
        try await Task.sleep(for: .milliseconds(1500))
        #expect(watched.builds == 1)
        try FileManager.default.removeItem(atPath: watched.folder.path("build-hold"))
        #expect(await watched.server.waitFor("changed: rebuilt in", count: 2, timeout: .seconds(20)))
        try await Task.sleep(for: .seconds(1))
        #expect(watched.builds == 2)
        #expect(watched.server.printed.contains("Sources/B.swift and 1 more changed: rebuilt in"))
    }

    @Test("a server build stops by itself when watch mode is killed without a chance to stop it")
    func buildStopsWithItsSupervisor() async throws {
        let watched = try await Watched()
        let child = try #require(watched.server.childPIDs.first)
        watched.server.kill()
        let deadline = ContinuousClock.now + .seconds(15)
        while Self.isRunning(child), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(!Self.isRunning(child), "the server build \(child) outlived watch mode")
    }

    @Test("a server build that crashes is started again")
    func restartsACrashedBuild() async throws {
        let watched = try await Watched()
        let child = try #require(watched.server.childPIDs.first)
        kill(child, SIGKILL)
        #expect(await watched.server.waitFor("the server exited with status 137; starting it again"))
        #expect(await watched.waitForStatus(200, at: "/hello"))
        #expect(watched.server.childPIDs.contains(child) == false)
    }

    /// A seed and a manifest with /hello, /token and /live-access-token.
    static func prepareLiveAccessToken(in folder: borrowing TemporaryFolder) throws {
        try folder.write("emulator-seed.json", seed)
        try folder.write(
            "functions.json",
            #"{ "functions": [ { "path": "/hello", "handler": "hello" }, { "path": "/token", "handler": "token" }, { "path": "/live-access-token", "handler": "live-access-token" } ] }"#
        )
    }

    static let seed = """
        { "playerStreamers": [ { "sid": "VJ00000000000000000000000000000001", "status": "started" } ],
          "documents": [ { "uniqueName": "streaming_info", "data": { "playerStreamerSid": "VJ00000000000000000000000000000001" } } ] }
        """

    /// Whether `pid` runs (an exited process waiting to be reaped does not).
    static func isRunning(_ pid: Int32) -> Bool {
        ProcessTable.entry(pid)?.isRunning ?? false
    }

    private static func padded(_ base64URL: Substring) -> String {
        var text = base64URL.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        return text
    }
}

/// Why a watched project could not be set up.
struct WatchModeFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
