import Foundation
import Functions
import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing
import TwilioWire

// Shared fixtures for the server tests: a fake environment, a log recorder, and a harness that
// builds the real application (`buildApplication`) around a project made in code.

/// Values shaped like real credentials; none of them is real.
enum Fake {
    static let accountSid = "AC" + "0123456789abcdef0123456789abcdef"
    static let apiKey = "SK" + "fedcba9876543210fedcba9876543210"
    static let apiSecret = "fake-api-secret-Zq7Xw9Lm4Np2"
    static let syncServiceSid = "IS" + "00112233445566778899aabbccddeeff"
    static let authToken = "a1b2c3d4e5f60718293a4b5c6d7e8f90"  // 32 characters
    static let environmentPath = "test.env"

    /// Every value the shipped handlers need.
    static let environment: [(String, String)] = [
        ("ACCOUNT_SID", accountSid),
        ("API_KEY", apiKey),
        ("API_SECRET", apiSecret),
        ("SYNC_SERVICE_SID", syncServiceSid),
        ("AUTH_TOKEN", authToken),
    ]

    /// The values that must never reach a log line.
    static let secrets = [apiSecret, authToken]

    /// `environment` without `key`.
    static func environment(without key: String) -> [(String, String)] {
        environment.filter { $0.0 != key }
    }
}

/// Keeps every log event a test's server emits.
final class LogRecorder: Sendable {
    struct Entry: Sendable {
        let level: Logger.Level
        let message: String
        let metadata: String
    }

    private let storage = Mutex<[Entry]>([])

    var entries: [Entry] { storage.withLock { $0 } }
    var messages: [String] { entries.map(\.message) }

    /// Message and metadata of every event, for searching for text anywhere in the log.
    var allText: [String] { entries.map { "\($0.message) \($0.metadata)" } }

    /// The per-request lines: `200 GET /hello 1.23 ms`, `504 GET /slow 200 ms — ...`.
    var requestLines: [String] {
        messages.filter { $0.firstMatch(of: /^\d{3} [A-Z]+ \//) != nil }
    }

    func entries(at level: Logger.Level) -> [Entry] { entries.filter { $0.level == level } }

    func append(_ entry: Entry) { storage.withLock { $0.append(entry) } }

    func logger(level: Logger.Level = .trace) -> Logger {
        var logger = Logger(label: "functions-server-tests") { _ in RecordingLogHandler(recorder: self) }
        logger.logLevel = level
        return logger
    }

    /// Waits (briefly) until `condition` holds for the recorded entries.
    func waitUntil(timeout: Duration = .seconds(10), _ condition: ([Entry]) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, !Task.isCancelled {
            if condition(entries) { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return condition(entries)
    }
}

struct RecordingLogHandler: LogHandler {
    let recorder: LogRecorder
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        recorder.append(.init(level: event.level, message: "\(event.message)", metadata: "\(merged)"))
    }
}

/// Counts calls from any task.
final class Counter: Sendable {
    private let storage = Mutex(0)
    var value: Int { storage.withLock { $0 } }
    func increment() { storage.withLock { $0 += 1 } }
}

/// A value set once from any task.
final class Box<Value: Sendable>: Sendable {
    private let storage: Mutex<Value?> = Mutex(nil)
    var value: Value? { storage.withLock { $0 } }
    func set(_ value: Value) { storage.withLock { $0 = value } }

    /// Waits (briefly) for the value to be set.
    func wait(timeout: Duration = .seconds(10)) async -> Value? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, !Task.isCancelled {
            if let value { return value }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return value
    }
}

/// A project made in code plus the real application built around it.
struct Harness: Sendable {
    let project: FunctionsProject
    let configuration: ServerConfiguration
    let recorder = LogRecorder()

    /// - Parameters:
    ///   - routes: the manifest entries.
    ///   - handlers: test handlers, added to the shipped ones (`hello`, `echo`, `token`).
    ///   - environment: the environment file's values.
    init(
        routes: [FunctionsManifest.Entry],
        handlers: FunctionRegistry = FunctionRegistry(),
        environment: [(String, String)] = Fake.environment,
        environmentPath: String = Fake.environmentPath,
        configuration: ServerConfiguration = ServerConfiguration()
    ) throws {
        project = try FunctionsProject(
            manifest: FunctionsManifest(entries: routes),
            environment: EnvironmentFile(path: environmentPath, values: environment),
            registry: Functions.registry.merging(handlers)
        )
        self.configuration = configuration
    }

    /// The shipped routes: /hello, /echo, /token.
    static let shippedRoutes: [FunctionsManifest.Entry] = [
        .init(path: "/hello", handler: "hello"),
        .init(path: "/echo", handler: "echo"),
        .init(path: "/token", handler: "token"),
    ]

    /// One handler under `/test` (handler name `test`), plus the shipped routes.
    init(
        handler: @escaping FunctionHandler,
        path: String = "/test",
        environment: [(String, String)] = Fake.environment,
        configuration: ServerConfiguration = ServerConfiguration()
    ) throws {
        var registry = FunctionRegistry()
        registry.register("test", handler)
        try self.init(
            routes: Self.shippedRoutes + [.init(path: path, handler: "test")],
            handlers: registry,
            environment: environment,
            configuration: configuration
        )
    }

    /// Builds the application and runs `body` against it.
    func run<Value: Sendable>(
        _ setup: TestingSetup = .router,
        _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let app = buildApplication(project: project, configuration: configuration, logger: recorder.logger())
        return try await app.test(setup, body)
    }
}

extension TestClientProtocol {
    /// A request with a text body.
    func send(
        _ method: HTTPRequest.Method,
        _ uri: String,
        headers: HTTPFields = [:],
        body: String? = nil
    ) async throws -> TestResponse {
        try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(.get, uri, headers: headers)
    }

    /// A POST with an `application/x-www-form-urlencoded` body.
    func postForm(_ uri: String, _ form: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(.post, uri, headers: headers, body: form)
    }

    /// A POST with an `application/json` body.
    func postJSON(_ uri: String, _ json: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "application/json"
        return try await send(.post, uri, headers: headers, body: json)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body parsed as JSON.
    func json(sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        do {
            return try JSONParser.parse(text)
        } catch {
            Issue.record("the body is not JSON: \(text.prefix(200))", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// Every value of the header `name`, one per header line.
    func values(_ name: String) -> [String] {
        guard let fieldName = HTTPField.Name(name) else { return [] }
        return headers[values: fieldName]
    }

    func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { headers[$0] }
    }
}

extension HTTPFields {
    /// Builds fields from name/value pairs, keeping repeated names as separate lines.
    static func lines(_ pairs: [(String, String)]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs {
            fields.append(HTTPField(name: HTTPField.Name(name)!, value: value))
        }
        return fields
    }
}
