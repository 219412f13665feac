import Foundation
import TwilioWire

/// The routes of a project, as listed in `functions.json`.
///
/// ```json
/// { "functions": [ { "path": "/token", "handler": "token" },
///                  { "path": "/admin", "handler": "admin", "visibility": "protected" } ] }
/// ```
///
/// Loading checks every entry and names the file and entry at fault:
/// `functions.json: functions[2].path "/x" is already used by functions[0]`.
public struct FunctionsManifest: Sendable, Equatable {
    /// One entry of the manifest.
    public struct Entry: Sendable, Equatable {
        /// The URL path, starting with `/`.
        public let path: String
        /// The name of a handler registered in Swift.
        public let handler: String
        /// Who may call it over HTTP.
        public let visibility: FunctionVisibility

        /// Creates an entry.
        public init(path: String, handler: String, visibility: FunctionVisibility = .public) {
            self.path = path
            self.handler = handler
            self.visibility = visibility
        }
    }

    /// The file the manifest came from (used in error messages).
    public let file: String
    /// The entries in file order.
    public let entries: [Entry]

    /// Creates a manifest from entries already checked.
    public init(file: String = "functions.json", entries: [Entry]) {
        self.file = file
        self.entries = entries
    }

    /// Reads and checks the manifest at `path`.
    /// - Parameters:
    ///   - handlerNames: the handlers registered in Swift; an entry naming another is an error.
    ///   - reserved: paths the server keeps for itself.
    public static func load(path: String, handlerNames: [String], reserved: ReservedPaths = .none) throws(FunctionsError) -> FunctionsManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw FunctionsError(
                .unreadableFile,
                "\(path): the manifest \(reason). Run from the project folder or pass --manifest PATH."
            )
        }
        return try parse(Array(data), file: path, handlerNames: handlerNames, reserved: reserved)
    }

    /// Parses and checks manifest JSON; `file` is used in error messages.
    /// - Throws: the first of the problems ``problems(in:file:handlerNames:)`` reports.
    public static func parse(
        _ bytes: [UInt8],
        file: String = "functions.json",
        handlerNames: [String],
        reserved: ReservedPaths = .none
    ) throws(FunctionsError) -> FunctionsManifest {
        let checked = check(bytes, file: file, handlerNames: handlerNames, reserved: reserved)
        if let problem = checked.problems.first { throw problem }
        return FunctionsManifest(file: file, entries: checked.entries.map(\.entry))
    }

    private static let knownKeys: Set<String> = ["path", "handler", "visibility"]

    /// Checks one entry, reporting every problem it has rather than the first, so `check` can list
    /// them all. `path` is the entry's path when that alone is valid (duplicates are still found);
    /// `entry` is set only when the entry has no problem.
    static func checkEntry(
        _ item: JSONValue,
        at place: String,
        handlerNames: [String],
        reserved: ReservedPaths
    ) -> (path: String?, entry: Entry?, problems: [FunctionsError]) {
        guard let object = item.objectValue else {
            return (nil, nil, [FunctionsError(.invalidManifest, "\(place) must be an object with \"path\" and \"handler\".")])
        }
        var problems: [FunctionsError] = []
        for unknown in object.keys where !knownKeys.contains(unknown) {
            problems.append(
                FunctionsError(.invalidManifest, "\(place) has an unknown key \"\(unknown)\"; the keys are path, handler and visibility.")
            )
        }
        var path: String?
        if let pathValue = object["path"] {
            if let text = pathValue.stringValue {
                if let problem = pathProblem(text, reserved: reserved) {
                    problems.append(FunctionsError(.invalidPath, "\(place).path \"\(text)\" \(problem)."))
                } else {
                    path = text
                }
            } else {
                problems.append(FunctionsError(.invalidPath, "\(place).path must be a string such as \"/hello\"."))
            }
        } else {
            problems.append(FunctionsError(.invalidPath, "\(place).path is missing. Add a path such as \"/hello\"."))
        }
        var handler: String?
        if let name = object["handler"]?.stringValue, !name.isEmpty {
            if handlerNames.contains(name) {
                handler = name
            } else {
                let known = handlerNames.sorted().joined(separator: ", ")
                problems.append(
                    FunctionsError(
                        .unknownHandler,
                        "\(place).handler \"\(name)\" is not registered. Registered handlers: \(known.isEmpty ? "(none)" : known)."
                    )
                )
            }
        } else {
            problems.append(FunctionsError(.unknownHandler, "\(place).handler is missing; name a handler registered in Swift."))
        }
        var visibility = FunctionVisibility.public
        if let value = object["visibility"] {
            if let name = value.stringValue, let parsed = FunctionVisibility(rawValue: name) {
                visibility = parsed
            } else {
                problems.append(
                    FunctionsError(
                        .unknownVisibility,
                        "\(place).visibility \(value.jsonString) is not one of \"public\", \"protected\", \"private\"."
                    )
                )
            }
        }
        guard problems.isEmpty, let path, let handler else { return (path, nil, problems) }
        return (path, Entry(path: path, handler: handler, visibility: visibility), [])
    }

    /// Why Twilio would refuse this path, or `nil` when it is fine (rules of Twilio's path check),
    /// or why the server keeps it for itself (`reserved`).
    static func pathProblem(_ path: String, reserved: ReservedPaths = .none) -> String? {
        guard path.hasPrefix("/") else { return "must start with /" }
        guard path.utf8.count < 256 else { return "must be shorter than 256 characters" }
        let forbidden: Set<Character> = ["#", ";", ",", "?", ":", "@", "+", "&", "$", "(", ")", "'", "\"", "%", "\\"]
        if let bad = path.first(where: { forbidden.contains($0) || $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }) {
            return "contains \(bad.isWhitespace ? "whitespace" : "'\(bad)'"), which Twilio does not allow in a path"
        }
        if path.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == "." || $0 == ".." }) {
            return "contains a . or .. segment"
        }
        return reserved.problem(path)
    }
}
