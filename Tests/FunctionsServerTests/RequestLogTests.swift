import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import TwilioWire

/// One log line per request, and no secret in any of them.
@Suite("The request log")
struct RequestLogTests {
    /// `200 GET /hello 1.23 ms` or `200 GET /hello 12 ms`, optionally followed by ` — reason`.
    nonisolated(unsafe) static let linePattern = /^(\d{3}) ([A-Z]+) (\/\S*) (\d+(?:\.\d{2})?) ms(?: — (.+))?$/

    @Test("each request logs one line with status, method, path and duration")
    func oneLinePerRequest() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        try await harness.run { client in
            _ = try await client.get("/hello")
            _ = try await client.postForm("/echo?x=1", "a=b")
            _ = try await client.get("/missing")
            _ = try await client.send(.put, "/hello")
            _ = try await client.send(.options, "/hello")
        }
        let lines = harness.recorder.requestLines
        #expect(lines.count == 5, "\(lines)")
        let parsed = lines.compactMap { $0.wholeMatch(of: Self.linePattern) }
        #expect(parsed.count == 5, "every line has the documented shape: \(lines)")
        let summary = parsed.map { "\($0.1) \($0.2) \($0.3)" }
        #expect(summary == ["200 GET /hello", "200 POST /echo", "404 GET /missing", "405 PUT /hello", "204 OPTIONS /hello"])
    }

    @Test("the line for /hello reads `200 GET /hello <duration> ms` at info level")
    func helloLine() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        _ = try await harness.run { client in try await client.get("/hello") }
        let entry = try #require(harness.recorder.entries.first { $0.message.hasPrefix("200 GET /hello ") })
        #expect(entry.level == .info)
        #expect(entry.message.wholeMatch(of: Self.linePattern) != nil, "\(entry.message)")
        #expect(!entry.message.contains("—"), "a success names no failure")
    }

    @Test("the query string is not logged")
    func queryNotLogged() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        _ = try await harness.run { client in try await client.get("/hello?identity=private-person") }
        let line = try #require(harness.recorder.requestLines.first)
        #expect(line.hasPrefix("200 GET /hello "))
        #expect(!line.contains("private-person"))
        #expect(!line.contains("?"))
    }

    @Test("failures name their reason after the duration", arguments: [
        ("/missing-handler-key", 500, "MISSING_KEY"),
        ("/webhook", 401, "X-Twilio-Signature"),
    ])
    func failureReason(path: String, status: Int, reason: String) async throws {
        var registry = FunctionRegistry()
        registry.register("needs-key") { context, _, callback in callback(nil, try context.MISSING_KEY) }
        let harness = try Harness(
            routes: [
                .init(path: "/missing-handler-key", handler: "needs-key"),
                .init(path: "/webhook", handler: "hello", visibility: .protected),
            ],
            handlers: registry
        )
        _ = try await harness.run { client in try await client.get(path) }
        let line = try #require(harness.recorder.requestLines.first)
        let match = try #require(line.wholeMatch(of: Self.linePattern), "\(line)")
        #expect(Int(match.1) == status)
        #expect(match.5.map { $0.contains(reason) } == true, "\(line)")
    }

    @Test("below info level nothing is logged per request")
    func quietAtWarning() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let app = buildApplication(
            project: harness.project, configuration: harness.configuration, logger: harness.recorder.logger(level: .warning)
        )
        try await app.test(.router) { client in
            _ = try await client.get("/hello")
        }
        #expect(harness.recorder.requestLines.isEmpty)
    }

    @Test("the duration is the time the request took, handler included")
    func durationIsReal() async throws {
        let harness = try Harness(handler: { _, _, callback in
            try await Task.sleep(for: .milliseconds(60))
            callback(nil, "slow")
        })
        _ = try await harness.run { client in try await client.get("/test") }
        let line = try #require(harness.recorder.requestLines.first)
        let match = try #require(line.wholeMatch(of: Self.linePattern), "\(line)")
        let milliseconds = try #require(Double(match.4))
        #expect(milliseconds >= 55, "\(line)")
        #expect(milliseconds < 5000, "\(line)")
    }

    @Test("concurrent requests each get their own line")
    func concurrentRequests() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let statuses = try await harness.run { client in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        try await client.get(index.isMultiple(of: 2) ? "/hello" : "/echo?i=\(index)").status.code
                    }
                }
                var statuses: [Int] = []
                for try await status in group { statuses.append(status) }
                return statuses
            }
        }
        #expect(statuses == Array(repeating: 200, count: 20))
        let lines = harness.recorder.requestLines
        #expect(lines.count == 20)
        #expect(lines.filter { $0.hasPrefix("200 GET /hello ") }.count == 10)
        #expect(lines.filter { $0.hasPrefix("200 GET /echo ") }.count == 10)
    }

    @Test("runtime answers are logged at info, 5xx at error", arguments: [
        ("/missing", Logger.Level.info),
        ("/fails", .error),
    ])
    func levels(uri: String, level: Logger.Level) async throws {
        let harness = try Harness(handler: { _, _, callback in callback("broken") }, path: "/fails")
        _ = try await harness.run { client in try await client.get(uri) }
        let line = try #require(harness.recorder.requestLines.first)
        #expect(harness.recorder.entries.first { $0.message == line }?.level == level)
    }

    @Test("after /token and /echo requests, no log line holds API_SECRET or AUTH_TOKEN")
    func noSecretsInLogs() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let echoed = try await harness.run { client in
            _ = try await client.get("/token?identity=alice")
            _ = try await client.get("/token")
            _ = try await client.postForm("/token", "identity=bob")
            let echoed = try await client.postForm(
                "/echo?auth=\(Fake.authToken)",
                "secret=\(Fake.apiSecret)",
                headers: .lines([("Authorization", "Bearer \(Fake.authToken)"), ("Cookie", "s=\(Fake.apiSecret)")])
            )
            _ = try await client.postJSON("/echo", #"{"token": "\#(Fake.authToken)"}"#)
            return echoed
        }
        // The client sent these values, so /echo may return them...
        #expect(echoed.text.contains(Fake.authToken))
        // ...but no log line carries them.
        let lines = harness.recorder.allText
        #expect(harness.recorder.requestLines.count == 5)
        for line in lines {
            for secret in Fake.secrets {
                #expect(!line.contains(secret), "logged: \(line)")
            }
        }
    }

    /// Found while writing these tests: the per-request line is not passed through the redactor,
    /// so a secret the client put in the path or in a parameter name reaches the log verbatim.
    /// The response may echo what the client sent; the log line must not (DESIGN.md quality bars).
    @Test("a secret sent by the client in the path or a rejected parameter is redacted in the log line", arguments: [
        "/echo?\(Fake.authToken)=%zz",
        "/echo?\(Fake.apiSecret)=%ff",
        "/\(Fake.authToken)",
    ])
    func clientSentSecretNotLogged(uri: String) async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run { client in try await client.get(uri) }
        #expect(response.status == .badRequest || response.status == .notFound)
        let line = try #require(harness.recorder.requestLines.first)
        for secret in Fake.secrets {
            #expect(!line.contains(secret), "logged: \(line)")
        }
    }
}
