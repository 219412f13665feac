import FunctionsRuntime
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// Answers HTTP requests with the project's Functions, following Twilio's request flow:
/// route → visibility → method → body → event → handler with a deadline → response → one log line.
///
/// Paths are matched exactly, as Twilio does, so a manifest path may hold characters a router
/// pattern would read as parameters.
struct FunctionsResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    private let routes: [String: FunctionRoute]
    private let contextStorage: ContextStorage
    private let invoker: FunctionInvoker
    private let maxBodySize: Int
    private let signatureCheck: SignatureCheck
    private let redactor: SecretRedactor
    private let domainName: DomainName
    private let logger: Logger

    init(project: FunctionsProject, configuration: ServerConfiguration, twilio: TwilioConnection?, domainName: DomainName, logger: Logger) {
        var routes: [String: FunctionRoute] = [:]
        for route in project.routes { routes[route.path] = route }
        self.routes = routes
        self.contextStorage = project.makeContextStorage(twilio: twilio)
        self.redactor = SecretRedactor(environment: project.environment.values)
        self.invoker = FunctionInvoker(timeout: configuration.timeout, redactor: redactor)
        self.maxBodySize = configuration.maxBodySize
        self.signatureCheck = SignatureCheck(
            authToken: project.environment["AUTH_TOKEN"],
            environmentFile: project.environment.path,
            publicBaseURL: configuration.publicBaseURL
        )
        self.domainName = domainName
        self.logger = logger
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        let start = ContinuousClock.now
        var failure: String?
        let response = await answer(request, failure: &failure)
        logRequest(request, status: response.status.code, since: start, failure: failure)
        return response
    }

    private func answer(_ request: Request, failure: inout String?) async -> Response {
        let path = request.uri.path
        guard let route = routes[path], route.visibility != .private else {
            return .plain(.notFound, "Could not find requested resource \(path)")
        }
        switch request.method {
        case .get, .post: break
        case .options: return Response(status: .noContent, headers: Preflight.headers)
        default:
            var allow = HTTPFields()
            allow[.allow] = Preflight.allowedMethods
            return .plain(.methodNotAllowed, "\(request.method) is not allowed; Functions answer GET, POST and OPTIONS.", headers: allow)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBodySize)
        } catch is NIOTooManyBytesError {
            failure = "body over \(maxBodySize) bytes"
            return .plain(.contentTooLarge, "The request body is larger than the \(maxBodySize)-byte limit.")
        } catch {
            failure = "the body could not be read: \(error)"
            return .plain(.badRequest, "The request body could not be read.")
        }
        let bytes = Array(buffer: body)
        if route.visibility == .protected, let refusal = signatureCheck.refusal(for: request, body: bytes) {
            failure = refusal
            return .plain(.unauthorized, refusal)
        }
        let event: FunctionEvent
        do {
            event = try FunctionEvent(
                query: request.uri.query?[...],
                headers: request.headers.lazy.map { (name: $0.name.canonicalName, value: $0.value) },
                body: bytes
            )
        } catch {
            failure = error.message
            return .plain(.badRequest, error.message)
        }
        let functionContext = contextStorage.context(path: path, domainName: domainName.value, logger: logger)
        let outcome = await invoker.invoke(route.handler, context: functionContext, event: event)
        failure = outcome.failure
        return Response(outcome.result, logger: logger)
    }

    private func logRequest(_ request: Request, status: Int, since start: ContinuousClock.Instant, failure: String?) {
        guard logger.logLevel <= .info else { return }
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let duration = milliseconds < 10 ? String(Int(milliseconds * 100)).paddedMilliseconds : "\(Int(milliseconds.rounded())) ms"
        var line = "\(status) \(request.method) \(request.uri.path) \(duration)"
        if let failure { line += " — \(failure)" }
        // The path and a refused parameter's name come from the client, who may have sent a secret.
        line = redactor.redact(line)
        if status >= 500 {
            logger.error("\(line)")
        } else {
            logger.info("\(line)")
        }
    }
}

extension String {
    /// `"123"` (hundredths of a millisecond) → `"1.23 ms"`.
    fileprivate var paddedMilliseconds: String {
        let digits = count < 3 ? String(repeating: "0", count: 3 - count) + self : self
        return "\(digits.dropLast(2)).\(digits.suffix(2)) ms"
    }
}

/// `DOMAIN_NAME`: the host and port the server answers on, known only once it is bound.
final class DomainName: Sendable {
    private let storage: Mutex<String>

    init(_ value: String) {
        storage = Mutex(value)
    }

    var value: String { storage.withLock { $0 } }

    func set(_ value: String) {
        storage.withLock { $0 = value }
    }
}
