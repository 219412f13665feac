import FunctionsRuntime
import Logging
import Synchronization

/// One line a Function (or the runtime around it) logged during a ``FunctionsTestKit`` request.
///
/// ```swift
/// _ = await kit.get("/token")
/// #expect(kit.logs.contains { $0.level == .error && $0.message.hasPrefix("500 GET /token") })
/// ```
public struct FunctionLogEntry: Sendable, CustomStringConvertible {
    /// The severity.
    public let level: Logger.Level
    /// The message, as logged.
    public let message: String

    /// Creates an entry.
    public init(level: Logger.Level, message: String) {
        self.level = level
        self.message = message
    }

    /// `level: message`, e.g. `error: 500 GET /token — error: ...`.
    public var description: String { "\(level): \(message)" }
}

/// Keeps every entry of the kit's logger; shared by all requests of one kit.
final class LogCapture: Sendable {
    private let storage = Mutex<[FunctionLogEntry]>([])

    var entries: [FunctionLogEntry] { storage.withLock { $0 } }

    func append(_ entry: FunctionLogEntry) { storage.withLock { $0.append(entry) } }

    func removeAll() { storage.withLock { $0.removeAll() } }

    /// A logger at `trace` whose every event lands here, so a test can assert on debug lines too.
    func logger(label: String) -> Logger {
        var logger = Logger(label: label) { _ in Handler(capture: self) }
        logger.logLevel = .trace
        return logger
    }

    /// The tiny handler behind ``logger(label:)``: metadata is kept per logger copy, as swift-log
    /// expects, and appended to the message so assertions can see it.
    private struct Handler: StoredMetadataLogHandler {
        let capture: LogCapture
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
            let suffix = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            capture.append(FunctionLogEntry(level: event.level, message: "\(event.message)\(suffix)"))
        }
    }
}
