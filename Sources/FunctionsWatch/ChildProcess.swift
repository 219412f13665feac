import Foundation
import Synchronization

/// A process started by watch mode (a build, a server), whose standard output and error arrive
/// line by line and whose exit can be awaited.
final class ChildProcess: Sendable {
    /// Which stream a line came from.
    enum Stream: Sendable {
        case output
        case error
    }

    // Process is not Sendable, but only `run()` (in init), `processIdentifier` and `terminate()`
    // are used after start, each safe from any thread; the wrapper says so once, here.
    private struct Handle: @unchecked Sendable {
        let process: Process
    }

    private let handle: Handle
    private let exit = ExitSignal()
    private let readers: [LineReader]

    /// The exit status, known once the process has ended and both of its output streams have
    /// been read to their end, and who waits for it.
    private final class ExitSignal: Sendable {
        struct State {
            var terminated: Int32?
            var openStreams = 2
            var status: Int32?
            var waiters: [CheckedContinuation<Int32, Never>] = []
        }

        let state = Mutex(State())

        func terminated(_ status: Int32) { settle { $0.terminated = status } }

        func streamEnded() { settle { $0.openStreams -= 1 } }

        private func settle(_ change: (inout State) -> Void) {
            let (status, waiters) = state.withLock { state -> (Int32?, [CheckedContinuation<Int32, Never>]) in
                change(&state)
                guard state.status == nil, let terminated = state.terminated, state.openStreams <= 0 else { return (nil, []) }
                state.status = terminated
                defer { state.waiters.removeAll() }
                return (terminated, state.waiters)
            }
            if let status { for waiter in waiters { waiter.resume(returning: status) } }
        }
    }

    /// The process id.
    var pid: Int32 { handle.process.processIdentifier }

    /// Starts `executable` with `arguments` in `directory`; `onLine` receives each line of output.
    init(
        executable: String,
        arguments: [String],
        directory: String,
        environment: [String: String]? = nil,
        onLine: @escaping @Sendable (Stream, String) -> Void
    ) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        if let environment { process.environment = environment }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        let exit = self.exit
        let readers = [
            LineReader(handle: output.fileHandleForReading, onLine: { onLine(.output, $0) }, onEnd: { exit.streamEnded() }),
            LineReader(handle: error.fileHandleForReading, onLine: { onLine(.error, $0) }, onEnd: { exit.streamEnded() }),
        ]
        process.terminationHandler = { process in
            // The shell's convention, so a crash reads as 139 (SIGSEGV) rather than as exit(11).
            let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
            exit.terminated(status)
        }
        self.handle = Handle(process: process)
        self.readers = readers
        try process.run()
        for reader in readers { reader.start() }
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
        guard exit.state.withLock({ $0.terminated }) == nil else { return }
        kill(pid, signal)
    }

    /// Asks the process to stop (SIGTERM) and waits; after `grace`, kills it.
    func stop(grace: Duration = .seconds(10)) async {
        send(SIGTERM)
        let status = exitStatus
        guard status == nil else { return }
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

/// Reads a pipe to its end on a thread of its own and splits what arrives into lines.
///
/// A plain blocking `read` loop: FileHandle's readability handlers go through a dispatch source
/// that can fire on a descriptor number already closed and reused, which crashes libdispatch.
final class LineReader: Sendable {
    // FileHandle is not Sendable; this one is read only by the reading thread, and kept open by
    // this reference until that thread has seen the end of the stream.
    private struct FileHandleBox: @unchecked Sendable {
        let handle: FileHandle
    }

    private let handle: FileHandleBox
    private let onLine: @Sendable (String) -> Void
    private let onEnd: @Sendable () -> Void

    init(handle: FileHandle, onLine: @escaping @Sendable (String) -> Void, onEnd: @escaping @Sendable () -> Void) {
        self.handle = FileHandleBox(handle: handle)
        self.onLine = onLine
        self.onEnd = onEnd
    }

    /// Starts reading; `onEnd` is called once the writer has closed the pipe.
    func start() {
        Thread { [self] in
            let descriptor = handle.handle.fileDescriptor
            var pending: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 16_384)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                pending += buffer[..<count]
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    onLine(String(decoding: pending[..<newline], as: UTF8.self))
                    pending.removeSubrange(...newline)
                }
            }
            if !pending.isEmpty { onLine(String(decoding: pending, as: UTF8.self)) }
            onEnd()
        }.start()
    }
}
