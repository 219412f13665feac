import FunctionsServer
import Logging
import Testing

/// The real server (`runServer`, with every limit of its configuration) on 127.0.0.1 and a free
/// port, for tests that speak raw HTTP to it.
enum LiveServer {
    /// The configuration hostile tests run with: the defaults, except a header read timeout short
    /// enough that a slow client's case ends soon, and long enough that on a loaded machine an
    /// answer being written is never cut off by it.
    static let hostileConfiguration = ServerConfiguration(headerTimeout: .seconds(20))

    /// Runs `harness`'s project on 127.0.0.1 (port 0), calls `body` with a raw client, then stops
    /// the server.
    static func run<Value: Sendable>(
        _ harness: Harness,
        _ body: @Sendable (RawHTTPClient) async throws -> Value
    ) async throws -> Value {
        var configuration = harness.configuration
        configuration.host = "127.0.0.1"
        configuration.port = 0
        let bound = Box<BoundAddress>()
        let server = Task { [configuration] in
            try await runServer(project: harness.project, configuration: configuration, logger: harness.recorder.logger(level: .info)) {
                bound.set($0)
            }
        }
        guard let address = await bound.wait(timeout: .seconds(20)) else {
            server.cancel()
            _ = await server.result
            throw HostileTestError.serverDidNotStart
        }
        let outcome: Result<Value, any Error>
        do {
            outcome = .success(try await body(RawHTTPClient(port: address.port)))
        } catch {
            outcome = .failure(error)
        }
        server.cancel()
        _ = await server.result
        return try outcome.get()
    }
}

extension LiveServer {
    /// One server with ``hostileConfiguration`` shared by every hostile case, started on first
    /// use and left running until the test process ends: a case only needs connections of its
    /// own, and one server instead of one per case keeps the suite light on a loaded machine.
    static let hostile: Task<RawHTTPClient, any Error> = Task {
        let harness = try Harness(routes: Harness.shippedRoutes, configuration: hostileConfiguration)
        var configuration = harness.configuration
        configuration.host = "127.0.0.1"
        configuration.port = 0
        let bound = Box<BoundAddress>()
        Task.detached { [configuration] in
            var logger = Logger(label: "hostile-cases")
            logger.logLevel = .critical
            try await runServer(project: harness.project, configuration: configuration, logger: logger) { bound.set($0) }
        }
        guard let address = await bound.wait(timeout: .seconds(30)) else { throw HostileTestError.serverDidNotStart }
        return RawHTTPClient(port: address.port)
    }
}

enum HostileTestError: Error {
    case serverDidNotStart
}

extension RawHTTPClient {
    /// Checks that `/hello` still answers "Hello World" on a new connection.
    func expectHelloStillAnswers(after name: String, sourceLocation: SourceLocation = #_sourceLocation) async {
        let hello = await get("/hello")
        #expect(hello.statuses == [200], "after \(name): /hello got \(hello)", sourceLocation: sourceLocation)
        #expect(hello.responses.first?.text == "Hello World", "after \(name)", sourceLocation: sourceLocation)
    }
}
