import Subprocess
import Synchronization
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A process started by watch mode (a build, a server), whose standard output and error arrive
/// line by line and whose exit can be awaited.
///
/// swift-subprocess runs it: it spawns the process, reads both pipes through its own event loop
/// and reaps the process through a pidfd, so no dispatch source or reading thread of ours is
/// involved. Its `run` lasts as long as the process; a task of this object's own holds it.
final class ChildProcess: Sendable {
    /// Which stream a line came from.
    enum Stream: Sendable {
        case output
        case error
    }

    /// The process id.
    let pid: Int32
    private let exit: ExitSignal

    /// The exit status once the process has ended and its output has been read, and who waits for it.
    private final class ExitSignal: Sendable {
        struct State {
            var status: Int32?
            var waiters: [CheckedContinuation<Int32, Never>] = []
        }

        let state = Mutex(State())

        func settle(_ status: Int32) {
            let waiters = state.withLock { state -> [CheckedContinuation<Int32, Never>] in
                guard state.status == nil else { return [] }
                state.status = status
                defer { state.waiters.removeAll() }
                return state.waiters
            }
            for waiter in waiters { waiter.resume(returning: status) }
        }
    }

    /// Starts `executable` with `arguments` in `directory`; `onLine` receives each line of output.
    /// Returns once the process is running.
    /// - Throws: swift-subprocess's error when the process cannot be started.
    init(
        executable: String,
        arguments: [String],
        directory: String,
        environment: [String: String]? = nil,
        onLine: @escaping @Sendable (Stream, String) -> Void
    ) async throws {
        let exit = ExitSignal()
        var processEnvironment = Environment.inherit
        if let environment {
            var values: [Environment.Key: String] = [:]
            for (name, value) in environment {
                if let key = Environment.Key(rawValue: name) { values[key] = value }
            }
            processEnvironment = .custom(values)
        }
        let (started, announce) = AsyncStream.makeStream(of: Result<Int32, any Error>.self)
        self.exit = exit
        // The task holds swift-subprocess's `run`, which lasts as long as the process does.
        Task { [processEnvironment] in
            do {
                let result = try await run(
                    .path(FilePath(executable)),
                    arguments: Arguments(arguments),
                    environment: processEnvironment,
                    workingDirectory: FilePath(directory),
                    input: .none,
                    output: .sequence,
                    error: .sequence
                ) { execution in
                    announce.yield(.success(execution.processIdentifier.value))
                    announce.finish()
                    async let errors: Void = Self.forward(execution.standardError, as: .error, to: onLine)
                    await Self.forward(execution.standardOutput, as: .output, to: onLine)
                    await errors
                }
                switch result.terminationStatus {
                case .exited(let code): exit.settle(code)
                // The shell's convention, so a crash reads as 139 (SIGSEGV) rather than as exit(11).
                case .signaled(let signal): exit.settle(128 + signal)
                }
            } catch {
                announce.yield(.failure(error))
                announce.finish()
                exit.settle(127)
            }
        }
        var iterator = started.makeAsyncIterator()
        guard let outcome = await iterator.next() else { throw CancellationError() }
        self.pid = try outcome.get()
    }

    /// Passes each line of `sequence` on; a line too long to buffer or a read error ends the
    /// stream, and the process's exit is still awaited.
    private static func forward(
        _ sequence: SubprocessOutputSequence,
        as stream: Stream,
        to onLine: @escaping @Sendable (Stream, String) -> Void
    ) async {
        do {
            for try await line in sequence.strings() { onLine(stream, line) }
        } catch {
            onLine(.error, "(output could not be read: \(error))")
        }
    }

    /// Waits for the process to exit and returns its status (128 + n for a signal n).
    func waitForExit() async -> Int32 {
        await withCheckedContinuation { continuation in
            let status: Int32? = exit.state.withLock { state in
                if let status = state.status { return status }
                state.waiters.append(continuation)
                return nil
            }
            if let status { continuation.resume(returning: status) }
        }
    }

    /// The exit status, or `nil` while it runs.
    var exitStatus: Int32? { exit.state.withLock { $0.status } }

    /// Sends `signal` (SIGTERM, SIGHUP...) if the process still runs.
    func send(_ signal: Int32) {
        guard exitStatus == nil else { return }
        kill(pid, signal)
    }

    /// Asks the process to stop (SIGTERM) and waits; after `grace`, kills it.
    func stop(grace: Duration = .seconds(10)) async {
        send(SIGTERM)
        guard exitStatus == nil else { return }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { _ = await self.waitForExit() }
            group.addTask {
                guard (try? await Task.sleep(for: grace)) != nil else { return }
                self.send(SIGKILL)
            }
            await group.next()
            group.cancelAll()
        }
    }
}
