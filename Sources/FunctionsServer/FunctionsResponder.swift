import Foundation
import FunctionsHost
import FunctionsRuntime
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Synchronization
import TwilioWire

/// Carries HTTP requests to the ``FunctionsPipeline`` and its answers back, and writes one log
/// line per request.
///
/// Paths are matched exactly, as Twilio does, so a manifest path may hold characters a router
/// pattern would read as parameters.
struct FunctionsResponder: HTTPResponder {
    typealias Context = FunctionsRequestContext

    private let reloadable: ReloadableProject
    private let console: Console?
    private let maxBodySize: Int
    private let domainName: DomainName
    private let logger: Logger

    init(reloadable: ReloadableProject, configuration: ServerConfiguration, domainName: DomainName, requestLog: RequestLog?, logger: Logger) {
        self.reloadable = reloadable
        self.console = requestLog.map {
            Console(reloadable: reloadable, log: $0, files: .shipped, configuration: configuration, domainName: domainName)
        }
        self.maxBodySize = configuration.maxBodySize
        self.domainName = domainName
        self.logger = logger
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        // Built once: each read of `uri.path` makes a new String.
        let path = request.uri.path
        if let console, path.hasPrefix(Console.prefix) {
            return await console.respond(to: request, peer: context.remoteAddress)
        }
        let start = ContinuousClock.now
        var request = request
        // Taken once: the request finishes with this project even if it is replaced meanwhile.
        let pipeline = reloadable.pipeline
        let outcome: FunctionOutcome
        do {
            let body = try await request.collectBody(upTo: maxBodySize)
            outcome = await pipeline.handle(
                IncomingRequest(
                    method: request.method.rawValue,
                    path: path,
                    query: request.uri.query,
                    headers: HeaderList(request.headers),
                    body: Array(buffer: body),
                    authority: request.head.authority
                ),
                domainName: domainName.value
            )
        } catch is NIOTooManyBytesError {
            outcome = FunctionsPipeline.bodyTooLarge(maxBodySize)
        } catch {
            outcome = FunctionOutcome(result: .text(400, "The request body could not be read."), failure: "the body could not be read: \(error)")
        }
        logRequest(request, path: path, status: outcome.result.status, since: start, failure: outcome.failure, redactor: pipeline.redactor)
        // Only while a console listens: keeping every request's event and answer costs the
        // request path more than a tenth of its throughput.
        if let log = console?.log, log.isObserved {
            log.record(
                RequestLogEntry(
                    time: Date().timeIntervalSince1970, method: request.method.rawValue, path: path, query: request.uri.query,
                    result: outcome.result, durationMilliseconds: Console.milliseconds(ContinuousClock.now - start), event: outcome.event
                )
            )
        }
        return Response(outcome.result, logger: logger)
    }

    private func logRequest(_ request: Request, path: String, status: Int, since start: ContinuousClock.Instant, failure: String?, redactor: SecretRedactor) {
        guard logger.logLevel <= .info else { return }
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let duration = milliseconds < 10 ? String(Int(milliseconds * 100)).paddedMilliseconds : "\(Int(milliseconds.rounded())) ms"
        var line = "\(status) \(request.method) \(path) \(duration)"
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
