import Foundation
import FunctionsRuntime
import Logging

/// Log lines for a terminal: `12:00:01.234 message`, with the level named when it is not info.
/// Writes to standard error so standard output stays for the route listing and command output.
struct TerminalLogHandler: StoredMetadataLogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    func log(event: LogEvent) {
        let time = Date().formatted(.iso8601.time(includingFractionalSeconds: true).timeSeparator(.colon))
        let level = event.level == .info ? "" : "\(event.level): "
        FileHandle.standardError.write(Data("\(time) \(level)\(event.message)\n".utf8))
    }
}
