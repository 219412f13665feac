import FunctionsRuntime
import FunctionsServer
import Testing

/// `maxConnections` on a live server: at the limit the connection idle longest makes room for a
/// new client, and a connection with a request in flight never does.
@Suite("Idle connections make room at maxConnections")
struct ConnectionLimitTests {
    static let hello = "GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    static let test = "GET /test HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"

    @Test("at the limit a new client is answered within 1 s: the connection idle longest is closed, the others still answer")
    func idleConnectionMakesRoom() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes, configuration: ServerConfiguration(maxConnections: 3))
        try await LiveServer.run(harness) { client in
            // Three keep-alive clients, each answered once, then idle (the first one longest).
            var held: [HeldConnection] = []
            defer { held.forEach { $0.close() } }
            for index in 1...3 {
                let connection = try #require(await HeldConnection.open(port: client.port))
                held.append(connection)
                let answer = await connection.request(Self.hello)
                #expect(answer.statuses == [200], "client \(index): \(answer)")
            }

            let newcomer = try #require(await HeldConnection.open(port: client.port))
            defer { newcomer.close() }
            let answer = await newcomer.request(Self.hello, timeout: .seconds(1))
            #expect(answer.statuses == [200], "the fourth client is served within 1 s: \(answer)")
            #expect(answer.responses.first?.text == "Hello World")

            #expect(await held[0].waitForClose(timeout: .seconds(5)), "the connection idle longest was closed")
            for index in 1...2 {
                let again = await held[index].request(Self.hello, timeout: .seconds(5))
                #expect(again.statuses == [200], "client \(index + 1) still answers: \(again)")
            }
        }
    }

    @Test("connections with a request in flight are never closed for a new client: it waits until an answer ends")
    func busyConnectionsAreNotClosed() async throws {
        let started = Counter()
        let release = Box<Bool>()
        let harness = try Harness(
            handler: { _, _, callback in
                started.increment()
                while release.value == nil { try await Task.sleep(for: .milliseconds(10)) }
                callback(nil, "done")
            },
            configuration: ServerConfiguration(maxConnections: 3)
        )
        try await LiveServer.run(harness) { client in
            var busy: [HeldConnection] = []
            defer { busy.forEach { $0.close() } }
            for _ in 1...3 {
                let connection = try #require(await HeldConnection.open(port: client.port))
                busy.append(connection)
                await connection.send(Self.test)
            }
            // All three requests are being handled: every connection is busy.
            #expect(await Self.waitUntil { started.value == 3 })

            let newcomer = try #require(await HeldConnection.open(port: client.port))
            defer { newcomer.close() }
            await newcomer.send(Self.hello)
            let meanwhile = await newcomer.responses(1, timeout: .milliseconds(800))
            #expect(meanwhile.responses.isEmpty && !meanwhile.closed, "answered while all three were busy: \(meanwhile)")

            release.set(true)
            for (index, connection) in busy.enumerated() {
                let answer = await connection.responses(1, timeout: .seconds(10))
                #expect(answer.statuses == [200], "busy client \(index + 1) was cut: \(answer)")
                #expect(answer.responses.first?.text == "done")
            }
            let served = await newcomer.responses(1, timeout: .seconds(10))
            #expect(served.statuses == [200], "the waiting client is served once an answer ended: \(served)")
            #expect(served.responses.first?.text == "Hello World")
        }
    }

    @Test("two pipelined requests keep a connection busy until the second answer ends")
    func pipelinedRequestsKeepTheConnectionBusy() async throws {
        let started = Counter()
        let harness = try Harness(
            handler: { _, _, callback in
                started.increment()
                try await Task.sleep(for: .milliseconds(600))
                callback(nil, "done")
            },
            configuration: ServerConfiguration(maxConnections: 1)
        )
        try await LiveServer.run(harness) { client in
            let pipelined = try #require(await HeldConnection.open(port: client.port))
            defer { pipelined.close() }
            await pipelined.send(Self.test + Self.test)
            #expect(await Self.waitUntil { started.value == 1 })

            let newcomer = try #require(await HeldConnection.open(port: client.port))
            defer { newcomer.close() }
            await newcomer.send(Self.hello)
            async let both = pipelined.responses(2, timeout: .seconds(10))
            async let served = newcomer.responses(1, timeout: .seconds(10))
            let (answers, answer) = await (both, served)

            #expect(answers.statuses == [200, 200], "a pipelined request was cut: \(answers)")
            #expect(answer.statuses == [200], "the waiting client is served after the second answer: \(answer)")
            // The new client's request is read only once the pipelined connection has closed.
            let paths = harness.recorder.requestLines.map { $0.split(separator: " ")[2] }
            #expect(paths == ["/test", "/test", "/hello"])
            #expect(await pipelined.waitForClose(timeout: .seconds(5)), "then the idle connection was closed for it")
        }
    }

    /// Polls `condition` for up to `timeout`.
    static func waitUntil(timeout: Duration = .seconds(10), _ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return condition()
    }
}
