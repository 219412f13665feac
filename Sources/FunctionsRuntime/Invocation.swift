import Logging
import Synchronization

/// One run of a handler: collects the first outcome (a callback, a throw or the deadline) and
/// hands it to the waiting request exactly once, whatever order these arrive in.
final class Invocation: Sendable {
    /// How an invocation ended.
    enum Ending: Sendable {
        case answered((any FunctionPayload)?)
        case failed(any Error)
        case timedOut
    }

    enum Source {
        case callback
        case handlerThrew
        case deadline
    }

    private struct State {
        /// The first outcome, kept until someone waits for it.
        var outcome: Ending?
        var continuation: CheckedContinuation<Ending, Never>?
        var finished = false
        var tasks: [Task<Void, Never>] = []
    }

    private let state = Mutex(State())
    private let path: String
    private let logger: Logger

    init(path: String, logger: Logger) {
        self.path = path
        self.logger = logger
    }

    /// The outcome, if the invocation already finished (a handler that called back before its
    /// first suspension).
    var finishedEnding: Ending? {
        state.withLock { $0.outcome }
    }

    /// Waits for the outcome: resumes at once if it is already known.
    func install(_ continuation: CheckedContinuation<Ending, Never>) {
        let ready = state.withLock { state -> Ending? in
            if let outcome = state.outcome { return outcome }
            state.continuation = continuation
            return nil
        }
        if let ready { continuation.resume(returning: ready) }
    }

    /// Keeps `task` to cancel it once the invocation finishes (or cancels it now if it has).
    func attach(_ task: Task<Void, Never>) {
        let alreadyFinished = state.withLock { state -> Bool in
            if !state.finished { state.tasks.append(task) }
            return state.finished
        }
        if alreadyFinished { task.cancel() }
    }

    /// Records the outcome if it is the first; returns whether it was.
    @discardableResult
    func complete(_ outcome: Ending, from source: Source) -> Bool {
        let taken = state.withLock { state -> (CheckedContinuation<Ending, Never>?, [Task<Void, Never>])? in
            guard !state.finished else { return nil }
            state.finished = true
            defer { state.continuation = nil; state.tasks = [] }
            if state.continuation == nil { state.outcome = outcome }
            return (state.continuation, state.tasks)
        }
        guard let (continuation, tasks) = taken else {
            if source == .callback {
                logger.warning("\(path): callback called again after the invocation finished; the later call was ignored")
            }
            return false
        }
        // Resumed outside the lock; then, as Twilio does after the callback, the handler's pending
        // work and the deadline timer are cancelled.
        continuation?.resume(returning: outcome)
        for task in tasks { task.cancel() }
        return true
    }
}
