import FunctionsRuntime

/// The environment of a ported package, from the project's `.env`: `environment`, which is
/// committed, holds every key in order with its description, and `environment.local`, which git
/// ignores, holds the same keys with the credentials too. ACCOUNT_SID and AUTH_TOKEN, which
/// Twilio gives every Function, get placeholders, so the package serves and signs offline.
///
/// ```swift
/// let environment = PortEnvironment(project: project, package: "sync-token")
/// environment.committed      // "...API_SECRET=\n..." (the value is not committed)
/// environment.credentials    // ["API_SECRET"]
/// environment.local          // "...API_SECRET=the-secret\n..."
/// ```
public struct PortEnvironment: Sendable {
    /// One key as the package gets it.
    public struct Line: Sendable, Equatable {
        /// The key.
        public var key: String
        /// The value `environment` gets (empty for a credential, a placeholder for an injected key).
        public var committedValue: String
        /// The value `environment.local` gets.
        public var localValue: String
        /// The comment lines above it, without `# `.
        public var comments: [String]
        /// A last comment line only `environment` gets: where the value is instead.
        public var committedNote: String?
    }

    /// The keys, in order: the injected ones first, then `.env`'s.
    public let lines: [Line]
    /// The keys whose `.env` value is a credential, kept out of `environment`.
    public let credentials: [String]
    /// The injected keys given a placeholder.
    public let placeholders: [String]
    /// The keys marked `# required: true` that `.env` leaves empty.
    public let unsetRequired: [String]
    /// `environment`.
    public let committed: String
    /// `environment.local`, when some value had to stay out of `environment`.
    public let local: String?

    /// The environment of `project`, ported as the package `package`.
    public init(project: ServerlessProject, package: String) {
        let dotEnv = project.environment
        var lines: [Line] = []
        var placeholders: [String] = []
        // Twilio gives every Function these; one .env leaves out or empty gets a placeholder of the
        // right shape where .env has it (else at the top), so the package serves and signs offline.
        let placeholder = { (key: String, value: String, comments: [String]) in
            placeholders.append(key)
            let note = "A placeholder: Twilio gives every Function its own \(key)."
            lines.append(Line(key: key, committedValue: value, localValue: value, comments: comments + [note]))
        }
        for (key, value) in PlaceholderEnvironment.injected where dotEnv[key] == nil {
            placeholder(key, value, [])
        }
        var credentials: [String] = []
        for entry in dotEnv.entries {
            let comments = Self.comments(of: entry)
            let injected = PlaceholderEnvironment.injected.first { $0.key == entry.key }
            if let injected, entry.value.isEmpty {
                placeholder(entry.key, injected.value, comments)
                continue
            }
            guard entry.isCredential else {
                lines.append(Line(key: entry.key, committedValue: entry.value, localValue: entry.value, comments: comments))
                continue
            }
            credentials.append(entry.key)
            let note = injected == nil
                ? "A credential: its value is in environment.local (git ignores it), not here."
                : "A credential: its value is in environment.local (git ignores it); this placeholder serves and signs locally."
            lines.append(Line(key: entry.key, committedValue: injected?.value ?? "", localValue: entry.value, comments: comments, committedNote: note))
        }
        self.lines = lines
        self.credentials = credentials
        self.placeholders = placeholders
        self.unsetRequired = dotEnv.entries.filter { $0.isRequired && $0.value.isEmpty }.map(\.key)
        self.committed = Self.render(
            lines, header: Self.header(package: package, placeholders: placeholders, credentials: credentials), local: false
        )
        self.local = credentials.isEmpty
            ? nil
            : Self.render(lines, header: Self.localHeader(package: package), local: true)
    }

    /// The comments of `entry` as `environment` shows them: the description as plain text, the
    /// other lines (`format:`, `required:`, ...) as they were, so `check` still reads them.
    private static func comments(of entry: EnvironmentFile.AnnotatedEntry) -> [String] {
        entry.comments.map { comment in
            EnvironmentFile.metadata(in: comment).flatMap { $0.name == "description" ? $0.value : nil } ?? comment
        }
    }

    private static func header(package: String, placeholders: [String], credentials: [String]) -> String {
        var header = "# Values every Function receives as `context` (dotenv syntax), ported from .env by twilio-functions port."
        if !placeholders.isEmpty {
            let (names, are) = placeholders.count == 1 ? (placeholders[0], "is a placeholder") : (placeholders.joined(separator: " and "), "are placeholders")
            header += """

                # \(names), which Twilio gives every Function, \(are) of the right shape (not a real
                # credential), so the server and the tests work offline.
                """
        }
        if !credentials.isEmpty {
            header += """

                #
                # The credentials of .env (\(credentials.joined(separator: ", "))) are not in this file, which is
                # committed, but in environment.local, which git ignores: swift run \(package) serve --env-file environment.local
                """
        }
        return header
    }

    private static func localHeader(package: String) -> String {
        """
        # The values of `environment` with the credentials of .env: git ignores this file, so keep real
        # credentials here. Serve with: swift run \(package) serve --env-file environment.local
        """
    }

    private static func render(_ lines: [Line], header: String, local: Bool) -> String {
        var text = header + "\n"
        for line in lines {
            let comments = line.comments + (local ? [] : line.committedNote.map { [$0] } ?? [])
            text += "\n" + comments.map { "# \($0)\n" }.joined()
            text += "\(line.key)=\(quoted(local ? line.localValue : line.committedValue))\n"
        }
        return text
    }

    /// `value` as dotenv writes it: bare when it reads back the same, else in double quotes
    /// with `\\`, `\"`, `\n`, `\r` and `\t` escaped.
    static func quoted(_ value: String) -> String {
        let special: Set<Character> = ["#", "\"", "'", "\\", "\n", "\r", "\t", "\r\n"]
        let bare = !value.contains(where: special.contains) && value.first != " " && value.last != " "
        if bare { return value }
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"" + escaped + "\""
    }
}
