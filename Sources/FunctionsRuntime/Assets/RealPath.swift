#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Canonical file paths, for keeping assets inside their folder.
///
/// `realpath(3)` rather than Foundation's `resolvingSymlinksInPath()`: the latter differs between
/// platforms (it strips `/private` on macOS and leaves some links unresolved on Linux), and a
/// containment check is only as good as the resolution under it.
enum RealPath {
    /// The absolute path with every symbolic link, `.` and `..` resolved, or `nil` when the file
    /// does not exist (a broken link included) or a folder on the way cannot be searched.
    static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether the resolved `path` is `root` or lies under it. Both must come from ``resolve(_:)``.
    /// Compared byte by byte: `String.hasPrefix` compares Unicode-equivalent characters, and a
    /// file system does not.
    static func isInside(_ path: String, root: String) -> Bool {
        if path.utf8.elementsEqual(root.utf8) { return true }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.utf8.starts(with: prefix.utf8)
    }
}
