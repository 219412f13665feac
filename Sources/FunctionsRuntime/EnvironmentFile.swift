import Foundation

/// The values of a dotenv-syntax `environment` file, in file order.
///
/// Supported syntax: `KEY=value`, `export KEY=value`, blank lines, `#` comments (whole-line, or after
/// an unquoted value following whitespace), single quotes (literal), double quotes (`\n`, `\t`, `\"`
/// and `\\` escapes), `=` inside values, and empty values. Errors name the file and line.
///
/// ```swift
/// let environment = try EnvironmentFile.load(path: "environment")
/// environment["ACCOUNT_SID"]   // "ACxxxxxxxx..."
/// ```
public struct EnvironmentFile: Sendable, Equatable {
    /// The file the values came from, as given (used in error messages).
    public let path: String
    /// The values in file order; a repeated key keeps its last value.
    public private(set) var entries: [(key: String, value: String)]

    /// The value of `key`, if the file sets it.
    public subscript(key: String) -> String? {
        entries.last { $0.key == key }?.value
    }

    /// The values as a dictionary.
    public var values: [String: String] {
        Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// Creates a file from values already known (tests, the test kit).
    public init(path: String = "environment", values: [(String, String)]) {
        self.path = path
        self.entries = []
        set(values)
    }

    /// Sets each value in order: a new key is appended, a repeated one keeps its place and takes
    /// the new value. Keys are found through an index, so a file of many lines parses in linear time.
    private mutating func set(_ values: some Sequence<(String, String)>) {
        var positions: [String: Int] = [:]
        for (position, entry) in entries.enumerated() { positions[entry.key] = position }
        for (key, value) in values {
            if let position = positions[key] {
                entries[position].value = value
            } else {
                positions[key] = entries.count
                entries.append((key, value))
            }
        }
    }

    /// Reads and parses the file at `path`.
    /// - Throws: ``FunctionsError`` naming the file (missing, unreadable) or the line at fault.
    public static func load(path: String) throws(FunctionsError) -> EnvironmentFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw FunctionsError(
                .unreadableFile,
                "\(path): the environment file \(reason). Create it (see the shipped `environment`) or pass --env-file PATH."
            )
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FunctionsError(.invalidEnvironment, "\(path): the environment file is not valid UTF-8 text.")
        }
        return try parse(text, path: path)
    }

    /// Parses dotenv text; `path` is used in error messages.
    /// - Throws: the first of the problems ``problems(in:path:)`` reports.
    public static func parse(_ text: String, path: String = "environment") throws(FunctionsError) -> EnvironmentFile {
        let scanned = scan(text, path: path)
        if let problem = scanned.problems.first { throw problem }
        return EnvironmentFile(path: path, values: scanned.assignments.map { ($0.key, $0.value) })
    }

    /// Parses one line: `nil` for a blank line or a comment, else its key and value.
    /// - Throws: ``FunctionsError`` naming the file and line when the line is not `KEY=value`.
    static func parseLine(_ rawLine: Substring, number lineNumber: Int, path: String) throws(FunctionsError) -> (key: String, value: String)? {
        var line = Substring(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine)
        line = line.drop { $0 == " " || $0 == "\t" }
        if line.isEmpty || line.hasPrefix("#") { return nil }
        if line.hasPrefix("export ") || line.hasPrefix("export\t") {
            line = line.dropFirst(7).drop { $0 == " " || $0 == "\t" }
        }
        guard let equals = line.firstIndex(of: "=") else {
            // The line is never quoted: a line without `=` is as likely a pasted secret (a key's
            // second line, a token) as a typo.
            throw FunctionsError(
                .invalidEnvironment,
                "\(path):\(lineNumber): expected KEY=value, found a line without `=` (\(line.count) characters). Write it as KEY=value or comment it out with #."
            )
        }
        let key = String(line[..<equals].trimmingCharacters(in: .whitespaces))
        guard isValidKey(key) else {
            throw FunctionsError(
                .invalidEnvironment,
                "\(path):\(lineNumber): `\(key)` is not a valid key; use letters, digits and underscores, not starting with a digit."
            )
        }
        return (key, try parseValue(line[line.index(after: equals)...], path: path, line: lineNumber, key: key))
    }

    private static func isValidKey(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy { $0 == "_" || $0 == "." || $0 == "-" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    private static func parseValue(_ raw: Substring, path: String, line: Int, key: String) throws(FunctionsError) -> String {
        let value = raw.drop { $0 == " " || $0 == "\t" }
        guard let quote = value.first, quote == "\"" || quote == "'" else {
            // Unquoted: a ` #` starts a comment; trailing whitespace is dropped.
            var text = value
            if let comment = text.range(of: " #") ?? text.range(of: "\t#") {
                text = text[..<comment.lowerBound]
            }
            return String(text).trimmingCharacters(in: .whitespaces)
        }
        var result = ""
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            let character = value[index]
            if character == quote {
                let rest = value[value.index(after: index)...].trimmingCharacters(in: .whitespaces)
                guard rest.isEmpty || rest.hasPrefix("#") else {
                    throw FunctionsError(
                        .invalidEnvironment,
                        "\(path):\(line): unexpected text after the closing quote of \(key). Put the whole value inside the quotes."
                    )
                }
                return result
            }
            if quote == "\"", character == "\\", value.index(after: index) < value.endIndex {
                index = value.index(after: index)
                switch value[index] {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                default: result.append("\\"); result.append(value[index])
                }
            } else {
                result.append(character)
            }
            index = value.index(after: index)
        }
        throw FunctionsError(
            .invalidEnvironment,
            "\(path):\(line): the value of \(key) opens a \(quote) quote that is never closed. Close it on the same line."
        )
    }

    public static func == (lhs: EnvironmentFile, rhs: EnvironmentFile) -> Bool {
        lhs.path == rhs.path && lhs.entries.elementsEqual(rhs.entries) { $0.key == $1.key && $0.value == $1.value }
    }
}
