import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The built `twilio-functions` executable, run as a child process for what only a real process
/// shows: a kill -9 in the middle of writes.
final class ServerProcess: Sendable {
    /// The executable next to the test bundle (`.build/<configuration>/twilio-functions`).
    static let executable: URL? = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("twilio-functions"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("twilio-functions"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/debug/twilio-functions"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    private let process: Process
    private let output = SharedText()

    /// Starts the executable in `folder`; with `capturingErrors`, standard error is read into
    /// the same output as standard output.
    init(arguments: [String], in folder: URL, capturingErrors: Bool = false) throws {
        guard let executable = Self.executable else { throw CocoaError(.fileNoSuchFile) }
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = capturingErrors ? pipe : FileHandle.nullDevice
        try process.run()
        StartedProcesses.shared.add(process.processIdentifier)
        // A blocking read on a thread of its own, not a readability handler: those use a
        // dispatch source that can fire on a descriptor already closed and reused, which crashes
        // libdispatch when many processes come and go.
        let reader = pipe.fileHandleForReading
        Thread { [output] in
            var buffer = [UInt8](repeating: 0, count: 16_384)
            while true {
                let count = read(reader.fileDescriptor, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                output.append(String(decoding: buffer[..<count], as: UTF8.self))
            }
            _ = reader
        }.start()
    }

    /// Everything printed so far.
    var printed: String { output.value }

    /// Waits until the output holds `text` `count` times; `false` if it did not within `timeout`.
    func waitFor(_ text: String, count: Int = 1, timeout: Duration = .seconds(20)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if output.value.components(separatedBy: text).count - 1 >= count { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    /// Waits for standard output to print `prefix` and returns the word that follows it.
    func waitFor(wordAfter prefix: String, timeout: Duration = .seconds(20)) async -> String? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let text = output.value
            if let range = text.firstRange(of: prefix) {
                let word = text[range.upperBound...].prefix { !$0.isWhitespace }
                if !word.isEmpty, text[range.upperBound...].contains(where: \.isWhitespace) { return String(word) }
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    /// The process id.
    var pid: Int32 { process.processIdentifier }

    /// Sends `signal` without waiting.
    func send(_ signal: Int32) {
        Glibc.kill(process.processIdentifier, signal)
    }

    /// The ids of the processes this one started (from /proc).
    var childPIDs: [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> Int32? in
            guard let pid = Int32(entry), ProcessTable.entry(pid)?.parent == process.processIdentifier else { return nil }
            return pid
        }
    }

    /// Kills the process with SIGKILL: no chance to finish a write or flush anything.
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        StartedProcesses.shared.remove(process.processIdentifier)
    }

    /// Sends `signal` and waits for the process to exit; returns its exit status, or `nil` if
    /// it was still running after `timeout`.
    func stop(with signal: Int32, timeout: Duration = .seconds(15)) async -> Int32? {
        Glibc.kill(process.processIdentifier, signal)
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return process.isRunning ? nil : process.terminationStatus
    }

    deinit {
        if process.isRunning { kill() }
    }
}

/// Text appended from any thread.
final class SharedText: Sendable {
    private let storage = Mutex("")
    var value: String { storage.withLock { $0 } }
    func append(_ text: String) { storage.withLock { $0 += text } }
}

/// A list appended to from any task.
final class SharedList<Element: Sendable>: Sendable {
    private let storage = Mutex<[Element]>([])
    var values: [Element] { storage.withLock { $0 } }
    var count: Int { storage.withLock { $0.count } }
    func append(_ element: Element) { storage.withLock { $0.append(element) } }
}

/// Every server a test started, stopped when the test process exits: a test whose value is never
/// released (the runner exits as soon as the last test ends) must not leave a server running,
/// nor a watch mode that goes on running its own.
final class StartedProcesses: Sendable {
    static let shared: StartedProcesses = {
        atexit { StartedProcesses.shared.stopAll() }
        return StartedProcesses()
    }()

    private let pids = Mutex<Set<Int32>>([])

    func add(_ pid: Int32) { _ = pids.withLock { $0.insert(pid) } }

    func remove(_ pid: Int32) { _ = pids.withLock { $0.remove(pid) } }

    /// SIGTERM first, so a watch mode stops its server builds; SIGKILL to whatever is left.
    /// Only processes that are still this one's children are signalled (a pid may be reused).
    func stopAll() {
        let me = getpid()
        let remaining = pids.withLock { $0 }.filter { pid in
            guard let entry = ProcessTable.entry(pid) else { return false }
            return entry.isRunning && entry.parent == me
        }
        for pid in remaining { Glibc.kill(pid, SIGTERM) }
        guard !remaining.isEmpty else { return }
        usleep(300_000)
        for pid in remaining { Glibc.kill(pid, SIGKILL) }
    }
}

/// What /proc says of a process: its state and its parent.
enum ProcessTable {
    struct Entry {
        /// The state letter (`R`, `S`, `Z` for an exited process not yet reaped...).
        var state: Character
        var parent: Int32

        var isRunning: Bool { state != "Z" }
    }

    static func entry(_ pid: Int32) -> Entry? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let afterName = stat.range(of: ") ", options: .backwards)
        else { return nil }
        // After the command name: state, then the parent's pid.
        let fields = stat[afterName.upperBound...].split(separator: " ")
        guard fields.count > 1, let state = fields[0].first, let parent = Int32(fields[1]) else { return nil }
        return Entry(state: state, parent: parent)
    }
}
