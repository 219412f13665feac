import Foundation
import TwilioJSON

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
    /// - Parameter handlerNames: the handlers registered in Swift; an entry naming another is an error.
    public static func load(path: String, handlerNames: [String]) throws(FunctionsError) -> FunctionsManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw FunctionsError(
                .unreadableFile,
                "\(path): the manifest \(reason). Run from the project folder or pass --manifest PATH."
            )
        }
        return try parse(Array(data), file: path, handlerNames: handlerNames)
    }

    /// Parses and checks manifest JSON; `file` is used in error messages.
    public static func parse(_ bytes: [UInt8], file: String = "functions.json", handlerNames: [String]) throws(FunctionsError) -> FunctionsManifest {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw FunctionsError(.invalidManifest, "\(file):\(error.line):\(error.column): malformed JSON: \(error.reason).")
        }
        guard let root = json.objectValue else {
            throw FunctionsError(.invalidManifest, "\(file): expected a JSON object with a \"functions\" array at the top level.")
        }
        guard let list = root["functions"] else {
            throw FunctionsError(.invalidManifest, "\(file): the \"functions\" array is missing. Add \"functions\": [{\"path\": \"/hello\", \"handler\": \"hello\"}].")
        }
        guard let items = list.arrayValue else {
            throw FunctionsError(.invalidManifest, "\(file): \"functions\" must be an array of entries.")
        }
        var entries: [Entry] = []
        var firstUse: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let entry = try parseEntry(item, at: "\(file): functions[\(index)]", handlerNames: handlerNames)
            if let earlier = firstUse[entry.path] {
                throw FunctionsError(
                    .duplicatePath,
                    "\(file): functions[\(index)].path \"\(entry.path)\" is already used by functions[\(earlier)]. Each path may appear once."
                )
            }
            firstUse[entry.path] = index
            entries.append(entry)
        }
        return FunctionsManifest(file: file, entries: entries)
    }

    private static let knownKeys: Set<String> = ["path", "handler", "visibility"]

    private static func parseEntry(_ item: JSONValue, at place: String, handlerNames: [String]) throws(FunctionsError) -> Entry {
        guard let object = item.objectValue else {
            throw FunctionsError(.invalidManifest, "\(place) must be an object with \"path\" and \"handler\".")
        }
        if let unknown = object.keys.first(where: { !knownKeys.contains($0) }) {
            throw FunctionsError(
                .invalidManifest,
                "\(place) has an unknown key \"\(unknown)\"; the keys are path, handler and visibility."
            )
        }
        guard let pathValue = object["path"] else {
            throw FunctionsError(.invalidPath, "\(place).path is missing. Add a path such as \"/hello\".")
        }
        guard let path = pathValue.stringValue else {
            throw FunctionsError(.invalidPath, "\(place).path must be a string such as \"/hello\".")
        }
        if let problem = pathProblem(path) {
            throw FunctionsError(.invalidPath, "\(place).path \"\(path)\" \(problem).")
        }
        guard let handler = object["handler"]?.stringValue, !handler.isEmpty else {
            throw FunctionsError(.unknownHandler, "\(place).handler is missing; name a handler registered in Swift.")
        }
        guard handlerNames.contains(handler) else {
            let known = handlerNames.sorted().joined(separator: ", ")
            throw FunctionsError(
                .unknownHandler,
                "\(place).handler \"\(handler)\" is not registered. Registered handlers: \(known.isEmpty ? "(none)" : known)."
            )
        }
        var visibility = FunctionVisibility.public
        if let value = object["visibility"] {
            guard let name = value.stringValue, let parsed = FunctionVisibility(rawValue: name) else {
                throw FunctionsError(
                    .unknownVisibility,
                    "\(place).visibility \(value.jsonString) is not one of \"public\", \"protected\", \"private\"."
                )
            }
            visibility = parsed
        }
        return Entry(path: path, handler: handler, visibility: visibility)
    }

    /// Why Twilio would refuse this path, or `nil` when it is fine (rules of Twilio's path check).
    static func pathProblem(_ path: String) -> String? {
        guard path.hasPrefix("/") else { return "must start with /" }
        guard path.utf8.count < 256 else { return "must be shorter than 256 characters" }
        let forbidden: Set<Character> = ["#", ";", ",", "?", ":", "@", "+", "&", "$", "(", ")", "'", "\"", "%", "\\"]
        if let bad = path.first(where: { forbidden.contains($0) || $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }) {
            return "contains \(bad.isWhitespace ? "whitespace" : "'\(bad)'"), which Twilio does not allow in a path"
        }
        if path.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == "." || $0 == ".." }) {
            return "contains a . or .. segment"
        }
        return nil
    }
}
