import Foundation

/// Every file of a project's assets folder, found once when the server starts and looked up by
/// exact URL path.
///
/// ```swift
/// let catalog = try AssetCatalog.load(folder: "assets")
/// catalog[path: "/index.html"]?.contentType   // "text/html; charset=utf-8"
/// ```
///
/// Lookup is exact and case-sensitive on the paths found at load, as Twilio's is: a request path
/// holding `..`, `%2e` or a doubled slash names no key, so nothing outside the folder is reachable.
public struct AssetCatalog: Sendable {
    /// The folder that was scanned, as given (e.g. `assets`).
    public let folder: String
    /// Every asset, sorted by URL path.
    public let assets: [Asset]
    /// Files found but never served, each with the reason: symbolic links that lead out of the
    /// folder or nowhere, link loops, and special files. The CLI prints them as warnings.
    public let skipped: [String]
    private let byPath: [String: Asset]

    /// An empty catalog: a project without assets.
    public init() {
        self.init(folder: "assets", assets: [], skipped: [])
    }

    init(folder: String, assets: [Asset], skipped: [String]) {
        self.folder = folder
        self.assets = assets.sorted { $0.path < $1.path }
        self.skipped = skipped
        var byPath: [String: Asset] = [:]
        for asset in assets { byPath[asset.path] = asset }
        self.byPath = byPath
    }

    /// Whether the catalog holds no asset.
    public var isEmpty: Bool { assets.isEmpty }

    /// The asset at exactly `path` (case-sensitive, no normalisation), whatever its visibility.
    public subscript(path path: String) -> Asset? { byPath[path] }

    /// The asset `/` falls back to when no Function answers it: `/assets/index.html`, Twilio's
    /// legacy fallback (`assets/assets/index.html` on disk), else `/index.html`, which is what a
    /// plain `assets/index.html` maps to.
    package var rootFallback: Asset? { byPath["/assets/index.html"] ?? byPath["/index.html"] }

    /// Scans `folder` recursively. A missing folder is an empty catalog, as a project without
    /// assets is normal; `.DS_Store` files are ignored.
    ///
    /// - Throws: ``FunctionsError`` naming the file when a name maps to a path Twilio refuses
    ///   (`invalidPath`), when two files map to one path (`duplicatePath`), or when the folder
    ///   cannot be read (`unreadableFile`), or when a file's path is one the server keeps (`reserved`).
    public static func load(folder: String, reserved: ReservedPaths = .none) throws(FunctionsError) -> AssetCatalog {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            return AssetCatalog(folder: folder, assets: [], skipped: [])
        }
        guard isDirectory.boolValue, let root = RealPath.resolve(folder) else {
            throw FunctionsError(.unreadableFile, "\(folder) is not a folder. Pass --assets with the folder of static files.")
        }
        var scanner = AssetScanner(folder: folder, root: root, reserved: reserved)
        try scanner.scan()
        var first: [String: Asset] = [:]
        for asset in scanner.found {
            if let earlier = first[asset.path] {
                throw FunctionsError(
                    .duplicatePath,
                    "\(earlier.file) and \(asset.file) both map to the URL path \(asset.path). Rename one of them."
                )
            }
            first[asset.path] = asset
        }
        return AssetCatalog(folder: folder, assets: scanner.found, skipped: scanner.skipped)
    }
}
