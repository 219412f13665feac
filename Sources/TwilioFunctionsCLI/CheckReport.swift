import Foundation
import FunctionsRuntime
import FunctionsServer
import TwilioEmulator
import TwilioWire

/// What `check` prints: every problem of a project's files at once, one per line naming the file
/// and the entry or line, then notes, then a summary.
///
/// ```swift
/// let report = CheckReport(manifestPath: "functions.json", environmentPath: "environment",
///                          seedPath: nil, registry: MyFunctions.registry)
/// print(report.text)   // ... "2 problems"
/// ```
struct CheckReport {
    /// The problems, each a line that names its file (what makes the exit status 1).
    private(set) var problems: [String] = []
    /// Remarks that do not stop a server from starting: notes, and warnings such as a key
    /// marked `# required: true` that is still empty.
    private(set) var notes: [String] = []

    /// The seed fixture checked when `--seed` is not given; a missing one is fine, as for `serve`.
    static let defaultSeedPath = "emulator-seed.json"

    /// Checks the manifest, the environment, their agreement, the handlers and the seed fixture.
    init(manifestPath: String, environmentPath: String, seedPath: String?, registry: FunctionRegistry) {
        var redactor = SecretRedactor(secrets: [])
        var environment: [String: String]?
        if let text = Self.text(atPath: environmentPath) {
            let scanned = EnvironmentFile.scan(text, path: environmentPath)
            environment = Dictionary(scanned.assignments.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
            redactor = SecretRedactor(environment: environment ?? [:])
            let found = scanned.problems + EnvironmentFile.identifierProblems(in: text, path: environmentPath)
            problems += found.map(\.message).sorted { Self.line(of: $0, in: environmentPath) < Self.line(of: $1, in: environmentPath) }
            // A warning, not a problem: the server starts without the value (a freshly ported
            // project must), and only the Functions that read it fail.
            notes += EnvironmentFile.unsetRequiredKeys(in: text, path: environmentPath)
        } else {
            problems += EnvironmentFile.problems(atPath: environmentPath).map(\.message)
        }

        if let data = FileManager.default.contents(atPath: manifestPath) {
            let checked = FunctionsManifest.check(Array(data), file: manifestPath, handlerNames: registry.names, reserved: .server)
            problems += checked.problems.map(\.message)
            if let environment, (environment["AUTH_TOKEN"] ?? "").isEmpty {
                for (index, entry) in checked.entries where entry.visibility == .protected {
                    problems.append(
                        "\(manifestPath): functions[\(index)] (\(entry.path)) is protected, but \(environmentPath) sets no AUTH_TOKEN, "
                            + "so no request to it can be verified. Add AUTH_TOKEN to \(environmentPath)."
                    )
                }
            }
            let listed = Self.handlerNames(in: data)
            for name in registry.names where !listed.contains(name) {
                notes.append("note: handler \"\(name)\" is registered but no entry of \(manifestPath) lists it, so nothing can call it.")
            }
        } else {
            problems += FunctionsManifest.problems(atPath: manifestPath, handlerNames: registry.names, reserved: .server).map(\.message)
        }

        checkSeed(seedPath)
        // Messages quote keys, paths and lines, never values on purpose; this catches the rest.
        problems = problems.map(redactor.redact)
    }

    /// The problems, the notes and the summary, one per line.
    var text: String {
        let summary = switch problems.count {
        case 0: "No problems found"
        case 1: "1 problem"
        default: "\(problems.count) problems"
        }
        return (problems + notes + [summary]).joined(separator: "\n")
    }

    /// The seed fixture, loaded into a throwaway store exactly as `serve` loads it. Placeholder
    /// SIDs are used so a bad SYNC_SERVICE_SID (reported above) does not hide the fixture's own
    /// problems.
    private mutating func checkSeed(_ seedPath: String?) {
        let path = seedPath ?? Self.defaultSeedPath
        guard seedPath != nil || FileManager.default.fileExists(atPath: path) else { return }
        do {
            try EmulatorStore.inMemory().seed(
                from: path,
                syncServiceSid: "IS" + String(repeating: "0", count: 32),
                accountSid: "AC" + String(repeating: "0", count: 32)
            )
        } catch {
            problems.append(error.message)
        }
    }

    /// The line number of a `path:line: ...` message, so bad lines and bad values read in file order.
    private static func line(of message: String, in path: String) -> Int {
        Int(message.dropFirst(path.count + 1).prefix { $0.isNumber }) ?? 0
    }

    private static func text(atPath path: String) -> String? {
        FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Every `handler` string of the manifest's entries, good entries or not, so a handler named
    /// only by a broken entry is not also reported as unlisted.
    private static func handlerNames(in data: Data) -> Set<String> {
        guard let items = (try? JSONParser.parse(Array(data)))?["functions"]?.arrayValue else { return [] }
        return Set(items.compactMap { $0["handler"]?.stringValue })
    }
}
