import Foundation
import Synchronization

/// One build of the server, running as a child process on a loopback port of its own, behind the
/// supervisor's proxy. It is ready once it announces its port (see ``ServerAnnouncement``).
final class ServerChild: Sendable {
    /// The process.
    let process: ChildProcess
    /// The port it answers on.
    let port: Int
    /// The route listing it printed when it started.
    let listing: String
    private let paths: SharedPaths

    private init(process: ChildProcess, port: Int, listing: String, paths: SharedPaths) {
        self.process = process
        self.port = port
        self.listing = listing
        self.paths = paths
    }

    /// The URL paths it answers now (updated when it reloads in place).
    var currentPaths: [String] { paths.value.withLock { $0 } }

    /// Starts `executable` with `arguments` and waits until it announces its port.
    /// - Parameters:
    ///   - timeout: how long it may take to be ready.
    ///   - onLine: each line it prints, other than announcements.
    /// - Throws: ``WatchError`` with the lines it printed when it exits (a bad manifest...) or does not
    ///   become ready in time.
    static func start(
        executable: String,
        arguments: [String],
        directory: String,
        timeout: Duration = .seconds(60),
        onLine: @escaping @Sendable (ChildProcess.Stream, String) -> Void
    ) async throws(WatchError) -> ServerChild {
        let paths = SharedPaths()
        let ready = ReadySignal()
        let process: ChildProcess
        do {
            process = try await ChildProcess(executable: executable, arguments: arguments, directory: directory) { stream, line in
                if stream == .output, let announcement = ServerAnnouncement(line: line) {
                    paths.value.withLock { $0 = announcement.paths }
                    if let port = announcement.port { ready.announce(port: port, listing: announcement.listing ?? "") }
                    return
                }
                ready.record(line)
                onLine(stream, line)
            }
        } catch {
            throw WatchError(.serverDidNotStart, "\(executable) could not be started: \(error)")
        }
        Task {
            let status = await process.waitForExit()
            ready.settle(.exited(status))
        }
        let timer = Task {
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            ready.settle(.timedOut)
        }
        let outcome = await ready.wait()
        timer.cancel()
        switch outcome {
        case .ready(let port, let listing):
            return ServerChild(process: process, port: port, listing: listing, paths: paths)
        case .exited(let status):
            let output = ready.recentLines.joined(separator: "\n")
            throw WatchError(.serverDidNotStart, "the server exited with status \(status) before it was ready" + (output.isEmpty ? "." : ":\n\(output)"))
        case .timedOut:
            await process.stop(grace: .seconds(2))
            throw WatchError(.serverStartTimedOut, "the server was not ready within \(timeout); it was stopped.")
        }
    }
}

/// The paths a server last announced, written by its output reader.
private final class SharedPaths: Sendable {
    let value = Mutex<[String]>([])
}

/// How a server's start ended: the first of its announcement, its exit and the timeout.
private final class ReadySignal: Sendable {
    enum Outcome: Sendable {
        case ready(port: Int, listing: String)
        case exited(Int32)
        case timedOut
    }

    private struct State {
        var outcome: Outcome?
        var waiter: CheckedContinuation<Outcome, Never>?
        var lines: [String] = []
    }

    private let state = Mutex(State())

    func announce(port: Int, listing: String) {
        settle(.ready(port: port, listing: listing))
    }

    /// Records the outcome unless one is already known.
    func settle(_ outcome: Outcome) {
        let waiter = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
            guard state.outcome == nil else { return nil }
            state.outcome = outcome
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(returning: outcome)
    }

    /// Keeps the last lines printed before the outcome, to explain a failed start.
    func record(_ line: String) {
        state.withLock { state in
            guard state.outcome == nil else { return }
            state.lines.append(line)
            if state.lines.count > 50 { state.lines.removeFirst() }
        }
    }

    var recentLines: [String] { state.withLock { $0.lines } }

    func wait() async -> Outcome {
        await withCheckedContinuation { continuation in
            let known: Outcome? = state.withLock { state in
                if let outcome = state.outcome { return outcome }
                state.waiter = continuation
                return nil
            }
            if let known { continuation.resume(returning: known) }
        }
    }
}
