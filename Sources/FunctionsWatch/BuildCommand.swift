import Foundation
import Synchronization

/// The command that rebuilds the server after a source change: by default the same
/// `swift build` (and configuration) that built the running binary; tests pass a stand-in.
///
/// ```swift
/// let build = BuildCommand("swift build --product twilio-functions", directory: ".")
/// let result = await build.run()
/// if !result.succeeded { print(result.output) }
/// ```
public struct BuildCommand: Sendable {
    /// What one build did.
    public struct Result: Sendable {
        /// Whether the command exited with status 0.
        public var succeeded: Bool
        /// The exit status.
        public var status: Int32
        /// Its standard output and error, interleaved as they arrived.
        public var output: String
        /// How long it ran.
        public var duration: Duration
    }

    /// A shell command line, run with `/bin/sh -c`.
    public var command: String
    /// The folder it runs in.
    public var directory: String

    /// A build that runs `command` in `directory`.
    public init(_ command: String, directory: String) {
        self.command = command
        self.directory = directory
    }

    /// Runs the command to its end.
    public func run() async -> Result {
        let start = ContinuousClock.now
        let lines = Mutex<[String]>([])
        let process: ChildProcess
        do {
            process = try await ChildProcess(executable: "/bin/sh", arguments: ["-c", command], directory: directory) { _, line in
                lines.withLock { $0.append(line) }
            }
        } catch {
            return Result(succeeded: false, status: 127, output: "\(command): could not be started in \(directory): \(error)", duration: .zero)
        }
        let status = await process.waitForExit()
        let output = lines.withLock { $0.joined(separator: "\n") }
        return Result(succeeded: status == 0, status: status, output: output, duration: ContinuousClock.now - start)
    }
}
