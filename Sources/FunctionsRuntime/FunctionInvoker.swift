import Logging

/// Runs handlers the way Twilio's runtime does: one answer per invocation, a deadline, and errors
/// turned into 500s whose text never carries a secret.
///
/// ```swift
/// let invoker = FunctionInvoker(timeout: .seconds(10))
/// let outcome = await invoker.invoke(handler, context: context, event: event)
/// outcome.result.status   // 200, 500, 504...
/// ```
public struct FunctionInvoker: Sendable {
    /// How long a handler has to call back before the answer is a 504.
    public let timeout: Duration
    /// Scrubs secrets from error text.
    public let redactor: SecretRedactor
    private let clock: any Clock<Duration>

    /// Creates an invoker.
    /// - Parameters:
    ///   - timeout: the deadline (Twilio's is 10 seconds).
    ///   - redactor: removes secrets from error answers and log lines.
    ///   - clock: the clock the deadline is measured on.
    public init(timeout: Duration = .seconds(10), redactor: SecretRedactor = SecretRedactor(secrets: []), clock: any Clock<Duration> = ContinuousClock()) {
        self.timeout = timeout
        self.redactor = redactor
        self.clock = clock
    }

    /// Runs `handler` and waits for its first answer, a throw, or the deadline.
    ///
    /// The handler starts at once on the caller's thread and runs until it first suspends, so a
    /// handler that calls back without waiting on anything (most do) answers with no task switch
    /// and no timer; only one that suspends first gets a deadline timer. One that blocks its
    /// thread past the deadline before it suspends cannot be interrupted, but its late answer is
    /// still a 504, as if the timer had fired.
    public func invoke(_ handler: @escaping FunctionHandler, context: FunctionContext, event: FunctionEvent) async -> FunctionOutcome {
        let invocation = Invocation(path: context.path, logger: context.logger)
        let callback = FunctionCallback(invocation: invocation)
        var started: Task<Void, Never>?
        let synchronousPart = clock.measure {
            started = Task.immediate {
                do {
                    try await handler(context, event, callback)
                } catch {
                    invocation.complete(.failed(error), from: .handlerThrew)
                }
            }
        }
        if let outcome = invocation.finishedEnding {
            return makeOutcome(synchronousPart >= timeout ? .timedOut : outcome, path: context.path, event: event)
        }
        guard let work = started else { return makeOutcome(.timedOut, path: context.path, event: event) }
        invocation.attach(work)
        invocation.attach(Task { [clock, timeout] in
            do { try await clock.sleep(for: timeout) } catch { return }
            invocation.complete(.timedOut, from: .deadline)
        })
        let outcome = await withCheckedContinuation { continuation in
            invocation.install(continuation)
        }
        return makeOutcome(outcome, path: context.path, event: event)
    }

    private func makeOutcome(_ ending: Invocation.Ending, path: String, event: FunctionEvent) -> FunctionOutcome {
        switch ending {
        case .answered(nil):
            return FunctionOutcome(result: FunctionResult(status: 200), failure: nil, event: event)
        case .answered(let payload?):
            do {
                return FunctionOutcome(result: try payload.functionResult(), failure: nil, event: event)
            } catch {
                let message = redactor.redact(Self.describe(error))
                return FunctionOutcome(result: .text(500, "The response could not be encoded: \(message)"), failure: "unencodable response: \(message)", event: event)
            }
        case .failed(let error):
            let message = redactor.redact(Self.describe(error))
            return FunctionOutcome(result: .text(500, message), failure: "error: \(message)", event: event)
        case .timedOut:
            let message = "runtime application timed out: \(path) did not call back within \(Self.format(timeout))"
            return FunctionOutcome(result: .text(504, message), failure: message, event: event)
        }
    }

    /// The message of an error as a JavaScript runtime would show it.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as HandlerError: return error.message
        case let error as FunctionsError: return error.message
        case let error as any CustomStringConvertible: return error.description
        default: return String(describing: error)
        }
    }

    static func format(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        if attoseconds == 0 { return "\(seconds) s" }
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return milliseconds >= 1000 ? "\(milliseconds / 1000) s" : "\(Int(milliseconds)) ms"
    }
}
