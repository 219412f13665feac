import Foundation
import FunctionsRuntime
import FunctionsServer
import Testing

/// Each configurable limit, shown on a live server with a small value.
@Suite("Limits on a live server")
struct LimitTests {
    @Test("maxHeaderSize: a request head over it → 431 naming the flag, under it → 200")
    func headerSize() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes, configuration: ServerConfiguration(maxHeaderSize: 2048))
        try await LiveServer.run(harness) { client in
            let under = await client.exchange([.send(Wire.get("/hello", headers: ["X-Pad: " + String(repeating: "a", count: 1500)]))])
            #expect(under.statuses == [200])
            let over = await client.exchange(
                [.send(Wire.get("/hello", headers: ["X-Pad: " + String(repeating: "a", count: 2500)]))],
                untilClosed: true
            )
            #expect(over.statuses == [431])
            #expect(over.closed)
            let message = over.responses.first?.text ?? ""
            #expect(message.contains("2048-byte limit") && message.contains("--max-header-size"), "\(message)")
            await client.expectHelloStillAnswers(after: "a header section over the limit")
        }
    }

    @Test("maxBodySize: a body over it → 413, at it → 200")
    func bodySize() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes, configuration: ServerConfiguration(maxBodySize: 100))
        try await LiveServer.run(harness) { client in
            let atLimit = await client.exchange([.send(Wire.form("a=" + String(repeating: "x", count: 98)))])
            #expect(atLimit.statuses == [200])
            let over = await client.exchange([.send(Wire.form("a=" + String(repeating: "x", count: 99)))])
            #expect(over.statuses == [413])
            #expect(over.responses.first?.text.contains("100-byte limit") == true)
        }
    }

    @Test("headerTimeout: slow clients are closed after it, and /hello is answered while they wait")
    func headerTimeout() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes, configuration: ServerConfiguration(headerTimeout: .milliseconds(500)))
        try await LiveServer.run(harness) { client in
            let partial = RawStep.send(Array("GET /hello HTTP/1.1\r\nX-Slow: ".utf8))
            let slow = await withTaskGroup(of: RawExchange.self) { group in
                for _ in 0..<16 {
                    group.addTask { await client.exchange([partial], untilClosed: true, timeout: .seconds(40)) }
                }
                // Sixteen slow clients hold no worker: others are served meanwhile.
                await client.expectHelloStillAnswers(after: "16 slow clients connected")
                var exchanges: [RawExchange] = []
                for await exchange in group { exchanges.append(exchange) }
                return exchanges
            }
            for exchange in slow {
                #expect(exchange.closed && exchange.responses.isEmpty, "\(exchange)")
                #expect(exchange.elapsed >= .milliseconds(400), "closed before the timeout: \(exchange.elapsed)")
                #expect(exchange.elapsed < .seconds(30), "closed long after the timeout: \(exchange.elapsed)")
            }
            // A client that pauses longer than the timeout between two header lines is closed too.
            let dribbling = await client.exchange(
                [.send(Array("GET /hello HTTP/1.1\r\n".utf8)), .pause(milliseconds: 1500), .send(Array("Host: x\r\n\r\n".utf8))],
                untilClosed: true
            )
            #expect(dribbling.responses.isEmpty, "\(dribbling)")
        }
    }

    @Test("headerTimeout does not cut a handler that takes longer than it")
    func headerTimeoutSparesSlowHandlers() async throws {
        let harness = try Harness(
            handler: { _, _, callback in
                try await Task.sleep(for: .milliseconds(3000))
                callback(nil, "slow but fine")
            },
            // Long enough for the request to arrive on a loaded machine (under ThreadSanitizer the
            // accept and the head can take several hundred milliseconds); the handler takes 3 times it.
            configuration: ServerConfiguration(headerTimeout: .milliseconds(1000))
        )
        try await LiveServer.run(harness) { client in
            let answer = await client.get("/test")
            #expect(answer.statuses == [200])
            #expect(answer.responses.first?.text == "slow but fine")
        }
    }

    @Test("maxConnections: a client over it is served at once, in place of the connection idle longest")
    func connections() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes, configuration: ServerConfiguration(maxConnections: 2))
        try await LiveServer.run(harness) { client in
            let hello = Array(HostileCases.hello.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            // Two clients take both connections and hold them for a while after their answer: long
            // enough that the third is served within it even on a loaded machine (under
            // ThreadSanitizer in CI it once took longer than 1.5 s).
            async let first = client.exchange([.send(hello), .pause(milliseconds: 6000)])
            #expect(await harness.recorder.waitUntil(timeout: .seconds(30)) { _ in harness.recorder.requestLines.count == 1 })
            async let second = client.exchange([.send(hello), .pause(milliseconds: 6000)])
            #expect(await harness.recorder.waitUntil(timeout: .seconds(30)) { _ in harness.recorder.requestLines.count == 2 })
            let third = await client.get("/hello")
            let (held, heldToo) = await (first, second)
            #expect(held.statuses == [200])
            #expect(heldToo.statuses == [200])
            #expect(third.statuses == [200], "the third client is served, not refused: \(third)")
            // The two idle connections were answered before; the one idle longest is closed for the
            // third client, which is served while the other still holds its connection for its pause.
            #expect(third.finishedAt < max(held.finishedAt, heldToo.finishedAt), "the third client waited for both connections to close")
        }
    }
}
