import Foundation

extension EnvironmentFile {
    /// Every bad line of dotenv text, in line order, instead of only the first one
    /// ``parse(_:path:)`` throws.
    ///
    /// ```swift
    /// EnvironmentFile.problems(in: "A=1\nnot a line\nB=\"open\n", path: "environment").map(\.message)
    /// // ["environment:2: expected KEY=value, found a line without `=` (10 characters). ...",
    /// //  "environment:3: the value of B opens a \" quote that is never closed. ..."]
    /// ```
    /// - Returns: one problem per bad line, each naming the file and line; empty when the text parses.
    public static func problems(in text: String, path: String = "environment") -> [FunctionsError] {
        scan(text, path: path).problems
    }

    /// Every problem of the environment file at `path`, including a file that is missing,
    /// unreadable or not UTF-8.
    public static func problems(atPath path: String) -> [FunctionsError] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            // `load` words the unreadable file exactly as `serve` reports it.
            do {
                _ = try load(path: path)
            } catch {
                return [error]
            }
            return []
        }
        return problems(in: text, path: path)
    }

    /// The Twilio identifiers of dotenv text that are set but are not of their kind: ACCOUNT_SID
    /// must be `AC`, API_KEY `SK` and SYNC_SERVICE_SID `IS`, each followed by 32 hex digits.
    /// Empty or unset keys are not reported (a handler that needs one says so when it runs), and
    /// no message quotes a value.
    /// - Returns: one problem per key, naming the file and the line that sets it.
    public static func identifierProblems(in text: String, path: String = "environment") -> [FunctionsError] {
        let assignments = scan(text, path: path).assignments
        var problems: [FunctionsError] = []
        for (key, prefix, kind) in Self.identifiers {
            guard let last = assignments.last(where: { $0.key == key }), !last.value.isEmpty else { continue }
            guard let reason = Self.identifierProblem(last.value, prefix: prefix) else { continue }
            problems.append(
                FunctionsError(
                    .invalidEnvironment,
                    "\(path):\(last.line): \(key) is not \(kind): expected \(prefix) followed by 32 hex digits, but \(reason). "
                        + "Copy it from the Twilio console."
                )
            )
        }
        return problems
    }

    /// The one pass behind ``parse(_:path:)`` and ``problems(in:path:)``: each assignment with its
    /// line number, and each bad line's problem.
    package static func scan(
        _ text: String,
        path: String
    ) -> (assignments: [(key: String, value: String, line: Int)], problems: [FunctionsError]) {
        var assignments: [(key: String, value: String, line: Int)] = []
        var problems: [FunctionsError] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            do {
                if let (key, value) = try parseLine(line, number: offset + 1, path: path) {
                    assignments.append((key, value, offset + 1))
                }
            } catch {
                problems.append(error)
            }
        }
        return (assignments, problems)
    }

    private static let identifiers = [
        ("ACCOUNT_SID", "AC", "an Account SID"),
        ("API_KEY", "SK", "an API key SID"),
        ("SYNC_SERVICE_SID", "IS", "a Sync Service SID"),
    ]

    /// What is wrong with `value` as a `prefix` SID, described without quoting it.
    private static func identifierProblem(_ value: String, prefix: String) -> String? {
        guard value.hasPrefix(prefix) else {
            let start = String(value.prefix(2))
            if let other = identifiers.first(where: { $0.1 == start }) {
                return "it starts with \(start), which is \(other.2)"
            }
            return "it does not start with \(prefix)"
        }
        let digits = value.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
        guard digits.count == 32 else {
            return "it has \(digits.count) characters after \(prefix)"
        }
        guard digits.allSatisfy({ $0.properties.isASCIIHexDigit }) else {
            return "the characters after \(prefix) are not all hex digits (0-9, a-f)"
        }
        return nil
    }
}
