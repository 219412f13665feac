import Foundation

/// Where watch mode writes: its own one-line reports and the servers' output, which it passes on.
///
/// ```swift
/// let output = WatchOutput.standard   // standard output and standard error, flushed per line
/// ```
public struct WatchOutput: Sendable {
    /// Receives a line for standard output.
    public var line: @Sendable (String) -> Void
    /// Receives a line for standard error.
    public var error: @Sendable (String) -> Void

    /// An output to these functions.
    public init(line: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void) {
        self.line = line
        self.error = error
    }

    /// The process's standard output and error; each line is written at once, so a pipe or a file
    /// sees it as soon as a terminal would.
    public static let standard = WatchOutput(
        line: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
        error: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    )
}
