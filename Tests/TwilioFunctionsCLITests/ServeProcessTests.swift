import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `serve` as a real process: it answers, then stops cleanly on SIGINT and SIGTERM.
@Suite(.enabled(if: ServerProcess.executable != nil, "needs the built twilio-functions executable"), .shippedCommandLine)
struct ServeProcessTests {
    /// `serve` on free ports in `folder`, with the test environment and manifest; returns the
    /// process and the URL of /hello once it answers.
    static func serve(
        in folder: borrowing TemporaryFolder,
        capturingErrors: Bool = false,
        extraArguments: [String] = []
    ) async throws -> (ServerProcess, String) {
        try folder.write("environment", Fake.environmentText)
        try folder.write("functions.json", Fake.manifestText)
        let server = try ServerProcess(
            arguments: ["serve", "--port", "0", "--api-port", "0", "--in-memory", "--log-level", "error"] + extraArguments,
            in: folder.url,
            capturingErrors: capturingErrors
        )
        return (server, try #require(await server.waitFor(wordAfter: "Functions:\n  ")))
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func stopsCleanlyOnSignal(signal: Int32) async throws {
        let folder = try TemporaryFolder()
        let (server, helloURL) = try await Self.serve(in: folder)
        #expect(helloURL.hasPrefix("http://127.0.0.1:"))
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: helloURL)))
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self) == "Hello World")
        #expect(await server.stop(with: signal) == 0)
    }

    @Test("--executor event-loops: handlers run on the event loops, answer, and stop cleanly")
    func eventLoopExecutor() async throws {
        let folder = try TemporaryFolder()
        let (server, helloURL) = try await Self.serve(in: folder, extraArguments: ["--executor", "event-loops"])
        let port = try #require(URLComponents(string: helloURL)?.port)
        // Several at once, so tasks are spread over the loops.
        let answers = await withTaskGroup(of: RawHTTP.Answer?.self) { group in
            for index in 0..<8 {
                group.addTask { await RawHTTP.get(port: port, path: index.isMultiple(of: 2) ? "/hello" : "/token?identity=alice") }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers.count == 8)
        #expect(answers.allSatisfy { $0?.status == 200 })
        #expect(answers.filter { $0?.body == "Hello World" }.count == 4)
        #expect(await server.stop(with: SIGTERM) == 0)
    }

    @Test("the start banner names the console's URL, and the console answers there")
    func bannerNamesTheConsole() async throws {
        let folder = try TemporaryFolder()
        let (server, _) = try await Self.serve(in: folder)
        let consoleURL = try #require(await server.waitFor(wordAfter: "Developer console: "))
        #expect(consoleURL.hasPrefix("http://127.0.0.1:") && consoleURL.hasSuffix("/_console/"))
        let (_, response) = try await URLSession.shared.data(from: try #require(URL(string: consoleURL)))
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(await server.stop(with: SIGTERM) == 0)
    }

    @Test("with --console off the banner names no console")
    func bannerWithoutConsole() async throws {
        let folder = try TemporaryFolder()
        try folder.write("environment", Fake.environmentText)
        try folder.write("functions.json", Fake.manifestText)
        let server = try ServerProcess(
            arguments: ["serve", "--port", "0", "--api-port", "0", "--in-memory", "--log-level", "error", "--console", "off"],
            in: folder.url
        )
        #expect(await server.waitFor("Emulated Twilio API"))
        #expect(await server.waitFor("Functions:\n"))
        // The console's line would follow the listing from the same callback.
        try await Task.sleep(for: .milliseconds(300))
        #expect(!server.printed.contains("Developer console"))
        #expect(await server.stop(with: SIGTERM) == 0)
    }

    @Test("SIGHUP rereads the manifest in place; a broken one is reported and the last good one keeps serving")
    func reloadsOnSIGHUP() async throws {
        let folder = try TemporaryFolder()
        let (server, helloURL) = try await Self.serve(in: folder, capturingErrors: true)
        let port = try #require(URLComponents(string: helloURL)?.port)
        #expect(await RawHTTP.get(port: port, path: "/echo")?.status == 200)

        try folder.write("functions.json", #"{ "functions": [ { "path": "/hello", "handler": "hello" } ] }"#)
        server.send(SIGHUP)
        #expect(await server.waitFor("reloaded functions.json: − /echo, − /token"))
        #expect(await RawHTTP.get(port: port, path: "/echo")?.status == 404)

        try folder.write("functions.json", "{ not json")
        server.send(SIGHUP)
        #expect(await server.waitFor("reload failed; still serving the last good functions.json, environment and assets"))
        #expect(server.printed.contains("error: functions.json:1:3"))
        #expect(await RawHTTP.get(port: port, path: "/hello")?.body == "Hello World")
        #expect(await server.stop(with: SIGTERM) == 0)
    }

    @Test("the console streams the request log, and an open stream does not hold up a clean stop")
    func consoleStreamsRequests() async throws {
        let folder = try TemporaryFolder()
        let (server, helloURL) = try await Self.serve(in: folder)
        let port = try #require(URLComponents(string: helloURL)?.port)
        let stream = RawHTTP.Stream(port: port, path: "/_console/api/requests")
        #expect(await stream.waitFor("retry: 2000"))
        #expect(stream.text.contains("text/event-stream"))
        #expect(await RawHTTP.get(port: port, path: "/echo?before=1")?.status == 200)
        #expect(await stream.waitFor(#""path":"/echo""#))
        // A second console that reconnects gets what the first one saw.
        let second = RawHTTP.Stream(port: port, path: "/_console/api/requests")
        #expect(await second.waitFor(#""query":"before=1""#))
        #expect(await RawHTTP.get(port: port, path: "/hello?after=2")?.status == 200)
        #expect(await stream.waitFor(#""query":"after=2""#))
        #expect(stream.text.contains("event: request"))
        #expect(!stream.text.contains(Fake.apiSecret))

        #expect(await server.stop(with: SIGTERM, timeout: .seconds(10)) == 0)
        #expect(stream.isClosed)
    }
}
