/// URL paths a server keeps for itself, which a manifest entry or an asset may not take: the
/// runtime reserves none, and a server passes its own when it loads a project.
///
/// ```swift
/// let reserved = ReservedPaths([(prefix: "/_admin", owner: "the admin page")])
/// reserved.problem("/_admin/users")   // "is under /_admin, which the admin page uses; choose another path"
/// ```
public struct ReservedPaths: Sendable {
    /// Each reserved prefix (a path and everything under it) and who uses it.
    public var prefixes: [(prefix: String, owner: String)]

    /// These prefixes.
    public init(_ prefixes: [(prefix: String, owner: String)] = []) {
        self.prefixes = prefixes
    }

    /// Nothing reserved.
    public static let none = ReservedPaths()

    /// Why `path` may not be used, or `nil` when nothing reserves it.
    public func problem(_ path: String) -> String? {
        for (prefix, owner) in prefixes where path == prefix || path.hasPrefix(prefix + "/") {
            return "is under \(prefix), which \(owner) uses; choose another path"
        }
        return nil
    }
}
