import Foundation

extension EnvironmentFile {
    /// One assignment of dotenv text with the comment lines right above it, as Twilio's `.env`
    /// files describe their keys (`# description:`, `# format:`, `# required:`, `# link:`,
    /// `# configurable:`).
    ///
    /// ```swift
    /// let scanned = EnvironmentFile.annotatedScan("# format: secret\n# required: true\nAPI_SECRET=\n", path: ".env")
    /// scanned.entries[0].metadata["format"]   // "secret"
    /// scanned.entries[0].isRequired            // true
    /// ```
    public struct AnnotatedEntry: Sendable, Equatable {
        /// The key.
        public var key: String
        /// The value, unquoted.
        public var value: String
        /// The 1-based line of the assignment.
        public var line: Int
        /// The comment lines of the block directly above the assignment (no blank line between),
        /// each without its `#` and the space after it; metadata lines included.
        public var comments: [String]

        /// An entry of these parts.
        public init(key: String, value: String, line: Int, comments: [String]) {
            self.key = key
            self.value = value
            self.line = line
            self.comments = comments
        }

        /// The `# name: value` lines among ``comments`` whose name is one of ``metadataNames``,
        /// by lowercased name; a repeated name keeps its last value.
        public var metadata: [String: String] {
            var metadata: [String: String] = [:]
            for comment in comments {
                if let (name, value) = EnvironmentFile.metadata(in: comment) { metadata[name] = value }
            }
            return metadata
        }

        /// Whether a `# required: true` line marks the key as one the Functions need.
        public var isRequired: Bool { metadata["required"]?.lowercased() == "true" }
    }

    /// The comment names Twilio's `.env` files use to describe a key.
    public static let metadataNames: Set<String> = ["description", "format", "required", "link", "configurable"]

    /// The metadata name and value of one comment line (without its `#`), or `nil` when it is
    /// free text.
    public static func metadata(in comment: String) -> (name: String, value: String)? {
        guard let colon = comment.firstIndex(of: ":") else { return nil }
        let name = comment[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        guard metadataNames.contains(name) else { return nil }
        return (name, comment[comment.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    /// Every assignment with its comment block, and every bad line, in line order.
    public static func annotatedScan(_ text: String, path: String) -> (entries: [AnnotatedEntry], problems: [FunctionsError]) {
        let scanned = scan(text, path: path)
        var commentsAbove: [Int: [String]] = [:]
        var block: [String] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = (rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") {
                let comment = line.dropFirst()
                block.append(String(comment.hasPrefix(" ") ? comment.dropFirst() : comment))
            } else {
                if !line.isEmpty { commentsAbove[offset + 1] = block }
                block = []
            }
        }
        let entries = scanned.assignments.map {
            AnnotatedEntry(key: $0.key, value: $0.value, line: $0.line, comments: commentsAbove[$0.line] ?? [])
        }
        return (entries, scanned.problems)
    }

    /// A warning for each key marked `# required: true` whose value is empty, naming the file,
    /// the line and the key: the Functions that read it will fail until it is set. Keys set
    /// again later in the file are judged by their last value.
    ///
    /// ```swift
    /// EnvironmentFile.unsetRequiredKeys(in: "# required: true\nVERIFY_SERVICE_SID=\n", path: "environment")
    /// // ["warning: environment:2: VERIFY_SERVICE_SID is marked `# required: true` but is empty. ..."]
    /// ```
    public static func unsetRequiredKeys(in text: String, path: String) -> [String] {
        let entries = annotatedScan(text, path: path).entries
        var lastValue: [String: String] = [:]
        for entry in entries { lastValue[entry.key] = entry.value }
        var reported: Set<String> = []
        return entries.filter { $0.isRequired && (lastValue[$0.key] ?? "").isEmpty && reported.insert($0.key).inserted }.map {
            "warning: \(path):\($0.line): \($0.key) is marked `# required: true` but is empty. Set it in \(path), "
                + "or pass --env-file with a file that sets it (such as environment.local)."
        }
    }
}
