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

    /// The exit status once known, and who waits for it.
    private final class ExitSignal: Sendable {
        struct State {
            var status: Int32?
            var waiters: [CheckedContinuation<Int32, Never>] = []
        }

        let state = Mutex(State())
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
        let readers = [
            LineReader(handle: output.fileHandleForReading) { onLine(.output, $0) },
            LineReader(handle: error.fileHandleForReading) { onLine(.error, $0) },
        ]
        let exit = self.exit
        process.terminationHandler = { process in
            // The shell's convention, so a crash reads as 139 (SIGSEGV) rather than as exit(11).
            let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
            // Lines still in the pipes are delivered before anyone learns of the exit.
            for reader in readers { reader.drain() }
            let waiters = exit.state.withLock { state in
                state.status = status
                defer { state.waiters.removeAll() }
                return state.waiters
            }
            for waiter in waiters { waiter.resume(returning: status) }
        }
        self.handle = Handle(process: process)
        self.readers = readers
        try process.run()
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

/// Splits what a pipe delivers into lines.
final class LineReader: Sendable {
    private let handle: FileHandleBox
    private let pending = Mutex<[UInt8]>([])
    private let onLine: @Sendable (String) -> Void

    // FileHandle is not Sendable; this one is only read from its readability handler and, once
    // the process has exited, from `drain()`, which first removes that handler.
    private struct FileHandleBox: @unchecked Sendable {
        let handle: FileHandle
    }

    init(handle: FileHandle, onLine: @escaping @Sendable (String) -> Void) {
        self.handle = FileHandleBox(handle: handle)
        self.onLine = onLine
        handle.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            if data.isEmpty {
                handle.readabilityHandler = nil
            } else {
                self?.append(Array(data))
            }
        }
    }

    /// Reads what is left and delivers the last, unterminated line.
    func drain() {
        handle.handle.readabilityHandler = nil
        let rest = (try? handle.handle.readToEnd()) ?? nil
        if let rest { append(Array(rest)) }
        let last = pending.withLock { bytes in
            defer { bytes.removeAll() }
            return bytes
        }
        if !last.isEmpty { onLine(String(decoding: last, as: UTF8.self)) }
    }

    private func append(_ bytes: [UInt8]) {
        let lines: [String] = pending.withLock { buffer in
            buffer += bytes
            var lines: [String] = []
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(String(decoding: buffer[..<newline], as: UTF8.self))
                buffer.removeSubrange(...newline)
            }
            return lines
        }
        for line in lines { onLine(line) }
    }
}
