import FunctionsRuntime
import Logging
import TwilioWire

/// Twilio's request flow, independent of HTTP plumbing: route → visibility → method → body limit
/// → signature → event → handler with a deadline → result. The server, the `invoke` command and
/// the test kit all answer through it.
///
/// ```swift
/// let pipeline = FunctionsPipeline(project: project, configuration: PipelineConfiguration())
/// let outcome = await pipeline.handle(IncomingRequest(path: "/token", query: "identity=alice"))
/// outcome.result.status   // 200
/// ```
public struct FunctionsPipeline: Sendable {
    private let routes: [String: FunctionRoute]
    private let contextStorage: ContextStorage
    private let invoker: FunctionInvoker
    private let maxBodySize: Int
    private let signatureCheck: SignatureCheck
    /// The static files answered when no Function has the path.
    package let assets: AssetCatalog
    /// Scrubs secrets from anything bound for a log line.
    package let redactor: SecretRedactor
    private let logger: Logger

    /// A pipeline for `project`.
    /// - Parameters:
    ///   - project: the manifest, environment and handlers.
    ///   - configuration: the deadline, the body limit and the public URL for signatures.
    ///   - twilio: where handlers' Twilio clients send requests.
    ///   - logger: the handlers' logger.
    public init(
        project: FunctionsProject,
        configuration: PipelineConfiguration = PipelineConfiguration(),
        twilio: TwilioConnection? = nil,
        logger: Logger = Logger(label: "twilio-functions")
    ) {
        var routes: [String: FunctionRoute] = [:]
        for route in project.routes { routes[route.path] = route }
        self.routes = routes
        self.assets = project.assets
        self.redactor = SecretRedactor(environment: project.environment.values)
        self.invoker = FunctionInvoker(timeout: configuration.timeout, redactor: redactor)
        self.contextStorage = project.makeContextStorage(twilio: twilio, invoker: invoker)
        self.maxBodySize = configuration.maxBodySize
        self.signatureCheck = SignatureCheck(
            authToken: project.environment["AUTH_TOKEN"],
            environmentFile: project.environment.path,
            publicBaseURL: configuration.publicBaseURL
        )
        self.logger = logger
    }

    /// Answers `request`; `domainName` is the context's `DOMAIN_NAME`.
    public func handle(_ request: IncomingRequest, domainName: String = "localhost:3000") async -> FunctionOutcome {
        let path = request.path
        // Every answer the runtime writes itself quotes the request through the redactor: a secret
        // sent in a path, a parameter or a signed URL is not echoed back.
        if let problem = RequestTarget.problem(path: path).map(redactor.redact) {
            return FunctionOutcome(result: .text(400, problem), failure: problem)
        }
        guard let route = routes[path] else {
            return assetOutcome(for: request)
        }
        guard route.visibility != .private else {
            return Self.notFound(redactor.redact(path))
        }
        if let early = admission(of: request, visibility: route.visibility, kind: "Functions") {
            return early
        }
        let event: FunctionEvent
        do {
            event = try FunctionEvent(query: request.query?[...], headers: request.headers, body: request.body)
        } catch {
            let message = redactor.redact(error.message)
            return FunctionOutcome(result: .text(400, message), failure: message)
        }
        let context = contextStorage.context(path: path, domainName: domainName, logger: logger)
        return await invoker.invoke(route.handler, context: context, event: event)
    }

    /// What the runtime answers itself for a known path before running anything: the CORS
    /// preflight for OPTIONS, 405 for other methods than GET and POST, 413 for a body over the
    /// limit, 401 for a protected path without a valid signature; `nil` lets the request through.
    func admission(of request: IncomingRequest, visibility: FunctionVisibility, kind: String) -> FunctionOutcome? {
        switch request.method {
        case "GET", "POST": break
        case "OPTIONS": return FunctionOutcome(result: Preflight.result, failure: nil)
        default:
            var result = FunctionResult.text(405, "\(request.method) is not allowed; \(kind) answer GET, POST and OPTIONS.")
            result.headers.insert(("Allow", Preflight.allowedMethods), at: 0)
            return FunctionOutcome(result: result, failure: nil)
        }
        guard request.body.count <= maxBodySize else {
            return Self.bodyTooLarge(maxBodySize)
        }
        if visibility == .protected, let refusal = signatureCheck.refusal(for: request).map(redactor.redact) {
            return FunctionOutcome(result: .text(401, refusal), failure: refusal)
        }
        return nil
    }

    /// The 413 for a body over `limit` bytes.
    package static func bodyTooLarge(_ limit: Int) -> FunctionOutcome {
        FunctionOutcome(result: .text(413, "The request body is larger than the \(limit)-byte limit."), failure: "body over \(limit) bytes")
    }
}
