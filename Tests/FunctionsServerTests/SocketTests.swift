import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing
import TwilioAccessToken
import TwilioWire

/// What only a real socket shows: binding, the real port, headers on the wire.
@Suite("The server on a socket")
struct SocketTests {
    @Test("/hello answers Hello World over a socket bound to port 0")
    func hello() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes, configuration: ServerConfiguration(port: 0))
        let (port, response) = try await harness.run(.live) { client in
            (client.port, try await client.get("/hello"))
        }
        #expect(port != nil && port != 0)
        #expect(response.status == .ok)
        #expect(response.text == "Hello World")
        #expect(response.values("Content-Type") == ["text/plain; charset=utf-8"])
        #expect(harness.recorder.requestLines.first?.hasPrefix("200 GET /hello ") == true)
    }

    @Test("several requests on one connection, including errors, all get answers")
    func keepAlive() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let statuses = try await harness.run(.live) { client in
            var statuses: [Int] = []
            for uri in ["/hello", "/missing", "/echo?a=%zz", "/token?identity=alice", "/token", "/hello"] {
                statuses.append(try await client.get(uri).status.code)
            }
            return statuses
        }
        #expect(statuses == [200, 404, 400, 200, 500, 200])
    }

    @Test("a second server on the same port fails with addressInUse, naming the address and --port")
    func addressInUse() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let (port, outcome) = try await harness.run(.live) { client in
            let port = try #require(client.port)
            // The live test server listens on localhost; the second one asks for the same address.
            let second = ServerConfiguration(host: "localhost", port: port)
            return (port, await Self.runSecondServer(harness.project, second))
        }
        switch outcome {
        case .failed(let error):
            #expect(error.code == .addressInUse)
            #expect(error.message.contains("localhost:\(port)"), "\(error.message)")
            #expect(error.message.contains("--port"), "\(error.message)")
            #expect(error.description == error.message)
        case .started:
            Issue.record("a second server started on port \(port)")
        case .returned:
            Issue.record("runServer returned without an error")
        }
    }

    @Test("runServer on 127.0.0.1: port 0 reports the real port; a second runServer on it fails with addressInUse")
    func runServerTwice() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let bound = Box<BoundAddress>()
        let first = Task {
            try await runServer(
                project: harness.project,
                configuration: ServerConfiguration(host: "127.0.0.1", port: 0),
                logger: harness.recorder.logger()
            ) { address in bound.set(address) }
        }
        let address = try #require(await bound.wait(timeout: .seconds(30)))
        defer { first.cancel() }
        #expect(address.host == "127.0.0.1")
        #expect(address.port > 0)
        #expect(address.baseURL == "http://127.0.0.1:\(address.port)")

        let outcome = await Self.runSecondServer(harness.project, ServerConfiguration(host: "127.0.0.1", port: address.port))
        first.cancel()
        _ = await first.result
        guard case .failed(let error) = outcome else {
            Issue.record("expected addressInUse, got \(outcome)")
            return
        }
        #expect(error.code == .addressInUse)
        #expect(error.message.contains("127.0.0.1:\(address.port)"))
        #expect(error.message.contains("--port"))
    }

    /// Hosts that cannot be bound, found without any network traffic: a name whose 64-character
    /// label no resolver will send (under the reserved `.invalid` TLD), and a TEST-NET-1 address
    /// (RFC 5737) that is no interface's address.
    static let unbindableHosts = [String(repeating: "x", count: 64) + ".invalid", "192.0.2.1"]

    @Test("a host that cannot be bound fails with cannotBind and a message naming it", arguments: unbindableHosts)
    func cannotBind(host: String) async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let outcome = await Self.runSecondServer(harness.project, ServerConfiguration(host: host, port: 0))
        guard case .failed(let error) = outcome else {
            Issue.record("expected cannotBind, got \(outcome)")
            return
        }
        #expect(error.code == .cannotBind, "\(error.message)")
        #expect(error.message.contains(host))
        #expect(!error.message.hasPrefix("the server stopped"), "\(error.message)")
    }

    @Test("a multi-valued response header is sent as separate lines")
    func multiValuedHeaderOnTheWire() async throws {
        let harness = try Harness(handler: { _, _, callback in
            callback(nil, Twilio.Response().appendHeader("X-Multi", "a").appendHeader("X-Multi", "b").setCookie("a", "1").setCookie("b", "2"))
        })
        let response = try await harness.run(.live) { client in try await client.get("/test") }
        #expect(response.values("X-Multi") == ["a", "b"])
        #expect(response.values("Set-Cookie") == ["a=1", "b=2"])
    }

    @Test("the OPTIONS preflight on the wire carries one Content-Length and no body")
    func preflightOnTheWire() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run(.live) { client in try await client.send(.options, "/token") }
        #expect(response.status == .noContent)
        #expect(response.body.readableBytes == 0)
        #expect(response.values("Access-Control-Allow-Origin") == ["*"])
        #expect(response.values("Access-Control-Allow-Methods") == ["GET, POST, OPTIONS"])
        #expect(response.values("Content-Length").count <= 1, "\(response.headers)")
    }

    @Test("restricted request headers sent on the wire are dropped from the event")
    func restrictedHeadersOnTheWire() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run(.live) { client in
            try await client.get(
                "/echo",
                headers: .lines([("X-Forwarded-For", "10.0.0.1"), ("Via", "1.1 proxy"), ("X-Custom", "yes")])
            )
        }
        let headers = try #require(try response.json()["request"]?["headers"]?.objectValue)
        #expect(headers["host"] == nil)
        #expect(headers["connection"] == nil)
        #expect(headers["x-forwarded-for"] == nil)
        #expect(headers["via"] == nil)
        #expect(headers["x-custom"] == "yes")
    }

    @Test("/token over a socket mints a token that verifies")
    func tokenOverSocket() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run(.live) { client in try await client.get("/token?identity=alice") }
        #expect(response.status == .ok)
        #expect(response.values("Content-Type") == ["application/json; charset=utf-8"])
        let jwt = try #require(try response.json()["token"]?.stringValue)
        let token = try DecodedAccessToken(jwt: jwt)
        #expect(token.verifySignature(secret: Fake.apiSecret))
        #expect(token.identity == "alice")
    }

    @Test("a body over the limit on the wire → 413")
    func bodyTooLargeOnTheWire() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes, configuration: ServerConfiguration(maxBodySize: 1024))
        let response = try await harness.run(.live) { client in
            try await client.postForm("/echo", "a=" + String(repeating: "x", count: 4096))
        }
        #expect(response.status == .contentTooLarge)
    }

    // MARK: - Helpers

    enum SecondServerOutcome: Sendable {
        case failed(ServerError)
        case started
        case returned
    }

    /// Runs `runServer` and reports how it ended; a server that does start is stopped at once.
    static func runSecondServer(_ project: FunctionsProject, _ configuration: ServerConfiguration) async -> SecondServerOutcome {
        let started = Box<Bool>()
        let task = Task { () -> SecondServerOutcome in
            do {
                try await runServer(project: project, configuration: configuration, logger: LogRecorder().logger()) { _ in
                    started.set(true)
                }
                return started.value == true ? .started : .returned
            } catch let error as ServerError {
                return started.value == true ? .started : .failed(error)
            } catch {
                Issue.record("runServer threw \(type(of: error)), not a ServerError: \(error)")
                return .returned
            }
        }
        // A bind failure is immediate; give a server that did start a moment, then stop it.
        let watchdog = Task {
            if await started.wait(timeout: .seconds(5)) == true { task.cancel() }
        }
        let outcome = await task.value
        watchdog.cancel()
        return outcome
    }
}
