import Foundation
import TwilioWire

extension FunctionsManifest {
    /// Every problem of a manifest, in file order, instead of only the first one ``parse(_:file:handlerNames:reserved:)``
    /// throws: each bad entry (each of its bad keys), and each path used twice. Malformed JSON or
    /// a top level without a `functions` array is one problem, since no entry can be read then.
    ///
    /// ```swift
    /// for problem in FunctionsManifest.problems(in: bytes, file: "functions.json", handlerNames: registry.names) {
    ///     print(problem.message)   // functions.json: functions[2].handler "admn" is not registered. ...
    /// }
    /// ```
    /// - Parameters:
    ///   - bytes: the manifest's JSON.
    ///   - file: the file name messages start with.
    ///   - handlerNames: the handlers registered in Swift.
    /// - Returns: the problems, each naming the file and the entry; empty when the manifest loads.
    public static func problems(
        in bytes: [UInt8],
        file: String = "functions.json",
        handlerNames: [String],
        reserved: ReservedPaths = .none
    ) -> [FunctionsError] {
        check(bytes, file: file, handlerNames: handlerNames, reserved: reserved).problems
    }

    /// Every problem of the manifest at `path`, including a file that is missing or unreadable.
    public static func problems(atPath path: String, handlerNames: [String], reserved: ReservedPaths = .none) -> [FunctionsError] {
        guard let data = FileManager.default.contents(atPath: path) else {
            // `load` words the missing or unreadable file exactly as `serve` reports it.
            do {
                _ = try load(path: path, handlerNames: handlerNames, reserved: reserved)
            } catch {
                return [error]
            }
            return []
        }
        return problems(in: Array(data), file: path, handlerNames: handlerNames, reserved: reserved)
    }

    /// The one pass behind both ``parse(_:file:handlerNames:reserved:)`` (which throws the first problem)
    /// and ``problems(in:file:handlerNames:reserved:)`` (which lists them all): the entries without a
    /// problem, with their index in the file, and every problem found.
    package static func check(
        _ bytes: [UInt8],
        file: String,
        handlerNames: [String],
        reserved: ReservedPaths = .none
    ) -> (entries: [(index: Int, entry: Entry)], problems: [FunctionsError]) {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            return ([], [FunctionsError(.invalidManifest, "\(file):\(error.line):\(error.column): malformed JSON: \(error.reason).")])
        }
        guard let root = json.objectValue else {
            return ([], [FunctionsError(.invalidManifest, "\(file): expected a JSON object with a \"functions\" array at the top level.")])
        }
        guard let list = root["functions"] else {
            return (
                [],
                [
                    FunctionsError(
                        .invalidManifest,
                        "\(file): the \"functions\" array is missing. Add \"functions\": [{\"path\": \"/hello\", \"handler\": \"hello\"}]."
                    )
                ]
            )
        }
        guard let items = list.arrayValue else {
            return ([], [FunctionsError(.invalidManifest, "\(file): \"functions\" must be an array of entries.")])
        }
        var entries: [(index: Int, entry: Entry)] = []
        var problems: [FunctionsError] = []
        var firstUse: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let checked = checkEntry(item, at: "\(file): functions[\(index)]", handlerNames: handlerNames, reserved: reserved)
            problems += checked.problems
            guard let path = checked.path else { continue }
            if let earlier = firstUse[path] {
                problems.append(
                    FunctionsError(
                        .duplicatePath,
                        "\(file): functions[\(index)].path \"\(path)\" is already used by functions[\(earlier)]. Each path may appear once."
                    )
                )
                continue
            }
            firstUse[path] = index
            if let entry = checked.entry { entries.append((index, entry)) }
        }
        return (entries, problems)
    }
}
