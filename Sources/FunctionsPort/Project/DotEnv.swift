public import FunctionsRuntime

/// A Twilio Serverless project's `.env`: every key in file order, with the comment block that
/// describes it (`# description:`, `# format:`, `# required:`, `# link:`, `# configurable:`).
///
/// ```swift
/// let env = try DotEnv.parse("# format: secret\nAPI_SECRET=abc\nNAME=Ada\n", file: ".env")
/// env.entries.map(\.key)          // ["API_SECRET", "NAME"]
/// env.entries[0].isCredential     // true: it goes to environment.local, not environment
/// ```
public struct DotEnv: Sendable, Equatable {
    /// The file, as messages name it.
    public let file: String
    /// The keys in the order they first appear; a key set twice keeps its first place, its last
    /// value and the first comment block that describes it.
    public let entries: [EnvironmentFile.AnnotatedEntry]

    /// A `.env` with these entries.
    public init(file: String, entries: [EnvironmentFile.AnnotatedEntry]) {
        self.file = file
        self.entries = entries
    }

    /// Parses dotenv text with the syntax `serve` reads.
    /// - Throws: ``PortError`` naming the file and the first line that is not `KEY=value`.
    public static func parse(_ text: String, file: String) throws(PortError) -> DotEnv {
        let scanned = EnvironmentFile.annotatedScan(text, path: file)
        if let problem = scanned.problems.first { throw PortError(problem.message) }
        var entries: [EnvironmentFile.AnnotatedEntry] = []
        var positions: [String: Int] = [:]
        for entry in scanned.entries {
            guard let position = positions[entry.key] else {
                positions[entry.key] = entries.count
                entries.append(entry)
                continue
            }
            entries[position].value = entry.value
            if entries[position].comments.isEmpty { entries[position].comments = entry.comments }
        }
        return DotEnv(file: file, entries: entries)
    }

    /// The entry for `key`, if the file sets it.
    public subscript(key: String) -> EnvironmentFile.AnnotatedEntry? {
        entries.first { $0.key == key }
    }
}
