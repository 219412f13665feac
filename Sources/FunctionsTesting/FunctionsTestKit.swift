import FunctionsHost
import FunctionsRuntime
import Logging
import TwilioAPI
import TwilioEmulator

/// Runs a project's Functions in-process, the way the server would, for tests written with any
/// framework: no port, no network, no Twilio account.
///
/// Each request goes through the server's own request flow (``FunctionsPipeline``): route and
/// visibility, signatures of protected Functions, CORS preflight, 404/405/413, the event built from
/// query, form or JSON body, and the handler run with a deadline. The handlers' Twilio clients
/// reach an in-memory emulator of Sync and Media (``twilio``) that accepts the environment's
/// credentials, with the environment's `SYNC_SERVICE_SID` service in place.
///
/// ```swift
/// import Functions
/// import FunctionsTesting
/// import Testing
///
/// @Test func tokenCarriesTheIdentity() async throws {
///     let kit = try FunctionsTestKit(
///         registry: Functions.registry,
///         routes: [.init(path: "/token", handler: "token")],
///         environment: [
///             "ACCOUNT_SID": "AC00000000000000000000000000000000",
///             "API_KEY": "SK00000000000000000000000000000000",
///             "API_SECRET": "test-secret",
///             "SYNC_SERVICE_SID": "IS00000000000000000000000000000000",
///         ]
///     )
///     let response = await kit.get("/token", query: ["identity": "alice"])
///     #expect(response.status == 200)
///     #expect(try response.accessToken(secret: "test-secret").identity == "alice")
/// }
/// ```
public final class FunctionsTestKit: Sendable {
    /// The routes, environment and handlers under test.
    public let project: FunctionsProject
    /// The emulated Twilio services the handlers' clients talk to: seed and inspect them here.
    public let twilio: EmulatedTwilioState
    /// How long a handler has to call back before the answer is a 504.
    public let timeout: Duration

    private let pipeline: FunctionsPipeline
    private let capture: LogCapture
    private let logger: Logger
    private let redactor: SecretRedactor

    /// A kit for a project already loaded.
    /// - Parameters:
    ///   - project: the routes, environment and handlers.
    ///   - emulator: the emulated services to use; by default a fresh in-memory one that accepts
    ///     the environment's ACCOUNT_SID/AUTH_TOKEN and API_KEY/API_SECRET.
    ///   - timeout: the deadline of each invocation (Twilio's is 10 seconds).
    public init(project: FunctionsProject, emulator: TwilioEmulator? = nil, timeout: Duration = .seconds(10)) {
        let environment = project.environment
        let emulator = emulator ?? Self.inMemoryEmulator(for: environment)
        let capture = LogCapture()
        let logger = capture.logger(label: "functions-test-kit")
        self.project = project
        self.twilio = EmulatedTwilioState(
            emulator: emulator, syncServiceSid: environment["SYNC_SERVICE_SID"], verifyServiceSid: environment["VERIFY_SERVICE_SID"]
        )
        self.timeout = timeout
        self.capture = capture
        self.logger = logger
        self.redactor = SecretRedactor(environment: environment.values)
        self.pipeline = FunctionsPipeline(
            project: project,
            configuration: PipelineConfiguration(timeout: timeout),
            twilio: TwilioBackend.emulated(emulator).connection,
            logger: logger
        )
        // Messages that come in and status callbacks reach this kit's Functions, in process.
        emulator.useFunctionsBaseURL("http://localhost")
        emulator.useWebhookSender(KitWebhookSender(invoke: { [weak self] request in await self?.invoke(request) }, authToken: environment["AUTH_TOKEN"]))
    }

    /// A kit for routes and environment values written in the test.
    /// - Parameters:
    ///   - registry: the handlers, e.g. your package's `Functions.registry`.
    ///   - routes: the manifest entries, e.g. `[.init(path: "/token", handler: "token")]`.
    ///   - environment: the values handlers read from `context`.
    ///   - emulator: the emulated services; a fresh in-memory one by default.
    ///   - timeout: the deadline of each invocation.
    /// - Throws: `FunctionsError` when a route names a handler `registry` does not have.
    public convenience init(
        registry: FunctionRegistry,
        routes: [FunctionsManifest.Entry],
        environment: [String: String] = [:],
        emulator: TwilioEmulator? = nil,
        timeout: Duration = .seconds(10)
    ) throws {
        let values = environment.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let project = try FunctionsProject(
            manifest: FunctionsManifest(entries: routes),
            environment: EnvironmentFile(path: "environment", values: values),
            registry: registry
        )
        self.init(project: project, emulator: emulator, timeout: timeout)
    }

    /// A kit for a project's own files, checked as `serve` checks them.
    /// - Parameters:
    ///   - registry: the handlers.
    ///   - manifestPath: the manifest, e.g. `functions.json`.
    ///   - environmentPath: the dotenv file, e.g. `environment`.
    ///   - emulator: the emulated services; a fresh in-memory one by default.
    ///   - timeout: the deadline of each invocation.
    /// - Throws: `FunctionsError` naming the file, entry or line at fault.
    public convenience init(
        registry: FunctionRegistry,
        manifestPath: String,
        environmentPath: String,
        emulator: TwilioEmulator? = nil,
        timeout: Duration = .seconds(10)
    ) throws {
        let project = try FunctionsProject.load(manifestPath: manifestPath, environmentPath: environmentPath, registry: registry)
        self.init(project: project, emulator: emulator, timeout: timeout)
    }

    /// Every line logged so far: the handlers' `context.logger` lines, the runtime's warnings
    /// (a second callback, ...), and one line per request, `<status> <METHOD> <path>`, followed by
    /// ` — <reason>` when it failed (the detail a 500's body leaves out). Request lines have
    /// secrets replaced with `[redacted]`, as the server's do; a handler's own lines are kept as
    /// it logged them.
    public var logs: [FunctionLogEntry] { capture.entries }

    /// Forgets the lines logged so far.
    public func clearLogs() { capture.removeAll() }

    /// Sends `request` through the server's request flow and returns the answer. Never throws:
    /// every failure (404, 401, a handler's error, a timeout) is a response, as over HTTP.
    public func invoke(_ request: IncomingRequest) async -> FunctionTestResponse {
        twilio.prepare()
        let outcome = await pipeline.handle(request)
        var line = "\(outcome.result.status) \(request.method) \(request.path)"
        if let failure = outcome.failure { line += " — \(failure)" }
        logger.log(level: outcome.result.status >= 500 ? .error : .info, "\(redactor.redact(line))")
        return FunctionTestResponse(outcome.result)
    }

    /// A fresh in-memory emulator that accepts the environment's credentials; the test kit's
    /// ``twilio`` state creates the Sync Service on first use.
    private static func inMemoryEmulator(for environment: EnvironmentFile) -> TwilioEmulator {
        do {
            return try EmulatorSetup(credentials: EmulatorCredentials(environment: { environment[$0] })).makeEmulator().emulator
        } catch {
            // In memory, with no fixture and no Sync Service to create, nothing is read or
            // written, so nothing can fail.
            preconditionFailure("an in-memory emulator could not be made: \(error.message)")
        }
    }
}
