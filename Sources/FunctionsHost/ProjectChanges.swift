import FunctionsRuntime
import TwilioWire

/// What differs between two loads of a project: which of its files changed, and which URL paths
/// appeared or vanished. `serve` prints its ``summary`` after each reload.
///
/// ```swift
/// let changes = ProjectChanges(from: old, to: new)
/// changes.summary   // "reloaded functions.json, environment: + /status, − /hello"
/// ```
public struct ProjectChanges: Sendable, Equatable {
    /// The files that changed, as their paths read: the manifest, the environment file, the assets folder.
    public var files: [String]
    /// URL paths served now and not before (Functions and assets, private ones included), in manifest order.
    public var addedPaths: [String]
    /// URL paths served before and not now.
    public var removedPaths: [String]

    /// The changes from `old` to `new`.
    public init(from old: FunctionsProject, to new: FunctionsProject) {
        var files: [String] = []
        if old.manifest != new.manifest { files.append(new.manifest.file) }
        if old.environment != new.environment { files.append(new.environment.path) }
        if old.assets.assets != new.assets.assets || old.assets.skipped != new.assets.skipped {
            files.append(new.assets.folder)
        }
        let oldPaths = Self.paths(of: old)
        let newPaths = Self.paths(of: new)
        let oldSet = Set(oldPaths)
        let newSet = Set(newPaths)
        self.files = files
        self.addedPaths = newPaths.filter { !oldSet.contains($0) }
        self.removedPaths = oldPaths.filter { !newSet.contains($0) }
    }

    /// Whether nothing differs.
    public var isEmpty: Bool { files.isEmpty && addedPaths.isEmpty && removedPaths.isEmpty }

    /// The routes part of a reload line: `+ /a, − /b`, or `routes unchanged`.
    public var routeSummary: String { Self.routeSummary(added: addedPaths, removed: removedPaths) }

    /// `+ /a, − /b` for the paths in `new` and not `old` and the other way round, or
    /// `routes unchanged`: the same words for a reload in place and for a new build.
    public static func routeSummary(from old: [String], to new: [String]) -> String {
        let oldSet = Set(old)
        let newSet = Set(new)
        return routeSummary(added: new.filter { !oldSet.contains($0) }, removed: old.filter { !newSet.contains($0) })
    }

    private static func routeSummary(added: [String], removed: [String]) -> String {
        let routes = added.map { "+ \($0)" } + removed.map { "− \($0)" }
        return routes.isEmpty ? "routes unchanged" : routes.joined(separator: ", ")
    }

    /// One line for the console: `reloaded functions.json: + /status, − /hello`.
    public var summary: String {
        let what = files.isEmpty ? "nothing changed" : files.joined(separator: ", ")
        return "reloaded \(what): \(routeSummary)"
    }

    private static func paths(of project: FunctionsProject) -> [String] {
        var seen = Set<String>()
        var paths: [String] = []
        for path in project.routes.map(\.path) + project.assets.assets.map(\.path) where seen.insert(path).inserted {
            paths.append(path)
        }
        return paths
    }
}
