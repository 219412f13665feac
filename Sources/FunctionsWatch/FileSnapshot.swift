#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files under some paths with what identifies their contents' version (modification time,
/// size, inode), compared between two polls to find what a save touched.
///
/// Polling a project's sources costs a few hundred `stat` calls a poll, works on every file
/// system (including mounted and container volumes where inotify is silent) and sees editors'
/// write-to-temp-then-rename saves as changes.
///
/// ```swift
/// let before = FileSnapshot(paths: ["Sources", "Package.swift"], in: "/work/app")
/// // ... a file is saved ...
/// FileSnapshot(paths: ["Sources", "Package.swift"], in: "/work/app").changes(since: before)
/// // ["Sources/Functions/Hello.swift"]
/// ```
public struct FileSnapshot: Sendable, Equatable {
    /// What changes when a file's contents are rewritten.
    struct Stamp: Sendable, Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int
        var inode: UInt
    }

    /// Each file by its path relative to the root.
    private(set) var files: [String: Stamp] = [:]

    /// The files found under `paths` (files or folders, relative to `root`) now. Hidden files and
    /// folders (`.build`, `.git`, editor swap files) are skipped; a missing path is simply absent.
    public init(paths: [String], in root: String) {
        for path in paths {
            scan(relative: path, root: root, depth: 0)
        }
    }

    /// The relative paths added, removed or modified since `earlier`, sorted.
    public func changes(since earlier: FileSnapshot) -> [String] {
        var changed: [String] = []
        for (path, stamp) in files where earlier.files[path] != stamp {
            changed.append(path)
        }
        for path in earlier.files.keys where files[path] == nil {
            changed.append(path)
        }
        return changed.sorted()
    }

    private mutating func scan(relative path: String, root: String, depth: Int) {
        // Deep enough for any source tree, and a guard against a link cycle.
        guard depth < 32 else { return }
        var info = stat()
        let full = root.isEmpty || path.hasPrefix("/") ? path : "\(root)/\(path)"
        guard stat(full, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard let directory = opendir(full) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix("."), !name.hasSuffix("~") else { continue }
                scan(relative: "\(path)/\(name)", root: root, depth: depth + 1)
            }
        } else {
            files[path] = Stamp(
                seconds: Int(info.st_mtim.tv_sec),
                nanoseconds: Int(info.st_mtim.tv_nsec),
                size: Int(info.st_size),
                inode: UInt(info.st_ino)
            )
        }
    }
}
