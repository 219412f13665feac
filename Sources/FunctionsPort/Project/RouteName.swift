public import FunctionsRuntime
import TwilioWire

/// The names one file of `functions/` gets, by Twilio's rules: its URL path, its visibility,
/// the handler name `functions.json` uses, and the Swift name of its module body.
///
/// ```swift
/// let route = try RouteName(file: "functions/admin/list users.protected.js")
/// route.path         // "/admin/list-users"
/// route.visibility   // .protected
/// route.handler      // "admin/list-users"
/// route.swiftName    // "adminListUsers"
/// route.fileName     // "AdminListUsers.swift"
/// ```
public struct RouteName: Sendable, Equatable {
    /// The file's path in the project, e.g. `functions/voice-ivr.protected.js`.
    public let file: String
    /// The URL path: `/`, the file's path under `functions/` without `.js` and without its
    /// `.protected`/`.private` marker, whitespace replaced by `-`.
    public let path: String
    /// Who may call it: from the marker, public without one.
    public let visibility: FunctionVisibility
    /// The Swift name of the module body: lowerCamelCase of the path (`modules` and `registry`,
    /// the registry's own members, get `Function` after them).
    public let swiftName: String

    /// The handler name in `functions.json`: the path without its leading `/`.
    public var handler: String { String(path.dropFirst()) }
    /// The Swift file that holds the module body.
    public var fileName: String { SwiftIdentifier.upperCamelCase(swiftName) + ".swift" }

    /// The names of `file`, a path that starts with `functions/` and ends with `.js`.
    /// - Throws: ``PortError`` naming the file when Twilio would refuse its URL path.
    public init(file: String) throws(PortError) {
        self.file = file
        var name = String(file.dropFirst("functions/".count))
        if name.hasSuffix(".js") { name.removeLast(3) }
        var visibility = FunctionVisibility.public
        for marker in [FunctionVisibility.protected, .private] where name.hasSuffix(".\(marker.rawValue)") {
            visibility = marker
            name.removeLast(marker.rawValue.count + 1)
        }
        let path = "/" + String(name.map { $0.isWhitespace ? "-" : $0 })
        if let problem = Self.pathProblem(path) {
            throw PortError("\(file): its URL path \"\(path)\" \(problem). Rename the file.")
        }
        self.path = path
        self.visibility = visibility
        let swiftName = SwiftIdentifier.lowerCamelCase(String(path.dropFirst()))
        self.swiftName = Self.registryMembers.contains(swiftName) ? swiftName + "Function" : swiftName
    }

    /// The members of the generated registry enum: inside it, a module body of the same name
    /// would be hidden by them.
    static let registryMembers: Set<String> = ["modules", "registry"]

    /// The names of every file, checked against each other: two files may not share a URL path,
    /// a Swift name, or a Swift file name that differs only in case.
    /// - Throws: ``PortError`` naming both files.
    public static func routes(for files: [String]) throws(PortError) -> [RouteName] {
        var routes: [RouteName] = []
        var byPath: [String: RouteName] = [:]
        var bySwiftName: [String: RouteName] = [:]
        var byFileName: [String: RouteName] = [:]
        for file in files {
            let route = try RouteName(file: file)
            if let other = byPath[route.path] {
                throw PortError("\(other.file) and \(route.file) both map to the URL path \(route.path). Rename one of them.")
            }
            if let other = bySwiftName[route.swiftName] {
                throw PortError(
                    "\(other.file) and \(route.file) both map to the Swift name \(route.swiftName) (\(other.path) and \(route.path)). Rename one of them."
                )
            }
            if let other = byFileName[route.fileName.lowercased()] {
                throw PortError(
                    "\(other.file) and \(route.file) would be written as \(other.fileName) and \(route.fileName), which a case-insensitive file system cannot tell apart. Rename one of them."
                )
            }
            byPath[route.path] = route
            bySwiftName[route.swiftName] = route
            byFileName[route.fileName.lowercased()] = route
            routes.append(route)
        }
        return routes
    }

    /// Why a manifest would refuse `path` (the runtime's own check, through a one-entry
    /// manifest), or `nil`.
    private static func pathProblem(_ path: String) -> String? {
        let manifest = #"{"functions": [{"path": \#(JSONValue.string(path).jsonString), "handler": "x"}]}"#
        guard let problem = FunctionsManifest.problems(in: Array(manifest.utf8), file: "f", handlerNames: ["x"]).first else { return nil }
        let prefix = "f: functions[0].path \"\(path)\" "
        var reason = problem.message.hasPrefix(prefix) ? String(problem.message.dropFirst(prefix.count)) : problem.message
        if reason.hasSuffix(".") { reason.removeLast() }
        return reason
    }
}
