import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The emulator's database file: the path as given, the real file it reaches, the checks made
/// before SQLite touches it, and the lock that keeps one server per file.
struct DatabaseFile: Sendable {
    /// The path as the user gave it, for messages.
    let given: String
    /// The real file: absolute, every symbolic link (of the file and of its folders) followed.
    let resolved: String

    init(_ path: String) {
        given = path
        resolved = Self.resolve(path)
    }

    /// The path as given, with the real file after it when a link leads elsewhere.
    var described: String {
        let absolute = Self.absolute(given)
        return absolute == resolved || given == resolved ? given : "\(given) (→ \(resolved))"
    }

    /// Refuses, before SQLite opens it, a file SQLite would fail on or change: a folder, a file
    /// that is not an SQLite database (such as an old JSON state file), and when `forWriting`, a
    /// read-only file.
    func checkUsable(forWriting: Bool) throws(EmulatorStoreError) {
        var status = stat()
        guard stat(resolved, &status) == 0 else {
            guard errno == ENOENT else { throw unusable(.unreadableFile, "cannot be read (\(String(cString: strerror(errno))))") }
            let folder = (resolved as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw unusable(.unreadableFile, "cannot be created: its folder \(folder) cannot be made")
            }
            return
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw unusable(.unreadableFile, "is not a regular file") }
        // No write bit for anyone is read-only even to root, who passes access(2).
        guard !forWriting || (status.st_mode & 0o222 != 0 && access(resolved, W_OK) == 0) else {
            throw unusable(.readOnly, "is read-only; the emulator writes to it. Make it writable (chmod u+w) or pass --in-memory")
        }
        guard status.st_size > 0 else { return }
        guard let handle = FileHandle(forReadingAtPath: resolved) else {
            throw unusable(.unreadableFile, "cannot be read (permission denied)")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        guard header == Data("SQLite format 3\0".utf8) else {
            let hint =
                header.first == UInt8(ascii: "{")
                ? ". It looks like a JSON state or export file: load it with `twilio-functions emulator import \(given)`"
                : ""
            throw unusable(.notADatabase, "is not an SQLite database, so the emulator leaves it alone\(hint)")
        }
    }

    /// Takes an exclusive lock on `<real file>.lock` for the rest of the process's life, so two
    /// servers never serve one database, however their paths reach it.
    func lockForServing() throws(EmulatorStoreError) {
        let lockPath = resolved + ".lock"
        let descriptor = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw unusable(.unreadableFile, "cannot be locked: \(lockPath) cannot be created (\(String(cString: strerror(errno))))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw EmulatorStoreError(
                .locked,
                path: given,
                "\(described) is served by another twilio-functions server. Stop it, or pass --database PATH or --in-memory; "
                    + "invoke, sync and media work beside it."
            )
        }
        // The descriptor stays open, and so the lock held, until the process exits.
    }

    /// A database of a newer schema than this version knows.
    func newerSchema(_ unknown: [String]) -> EmulatorStoreError {
        unusable(
            .newerSchema,
            "was written by a newer twilio-functions (schema \(unknown.joined(separator: ", "))); it was left unchanged. "
                + "Use that version, or export the data with it and import the export here"
        )
    }

    /// An SQLite database that another program made.
    func foreign(tables: [String]) -> EmulatorStoreError {
        let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
        return unusable(
            .notADatabase,
            "is another program's SQLite database (tables \(shown)), so the emulator leaves it alone. Pass another --database"
        )
    }

    /// SQLite could not open the file.
    func openingFailed(_ error: any Error) -> EmulatorStoreError {
        guard let error = error as? DatabaseError else { return unusable(.unreadableFile, "cannot be opened (\(error))") }
        switch error.resultCode.primaryResultCode {
        case .SQLITE_NOTADB: return unusable(.notADatabase, "is not an SQLite database, so the emulator leaves it alone")
        case .SQLITE_READONLY, .SQLITE_PERM: return unusable(.readOnly, "cannot be written (\(Self.describe(error)))")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return unusable(.locked, "is locked by another process (\(Self.describe(error)))")
        default: return unusable(.unreadableFile, "cannot be opened (\(Self.describe(error)))")
        }
    }

    private func unusable(_ code: EmulatorStoreError.Code, _ problem: String) -> EmulatorStoreError {
        EmulatorStoreError(code, path: given, "\(described): the emulator database \(problem).")
    }

    /// SQLite's message, e.g. `database or disk is full`.
    static func describe(_ error: DatabaseError) -> String {
        error.message ?? error.resultCode.description
    }

    /// `path` made absolute against the working folder.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// The real file `path` reaches: links followed one by one (a link to a file that does not
    /// exist yet reaches where the file will be), then the folder resolved by `realpath`. A folder
    /// that does not exist yet stays as written; the lock still meets any other path to the file,
    /// since `flock` locks the file, not its name.
    static func resolve(_ path: String) -> String {
        // Joined as text, never standardized: `..` after a linked folder means the link's parent,
        // which only the kernel (realpath below) gets right.
        var current = absolute(path)
        for _ in 0..<32 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { break }
            let folder = (current as NSString).deletingLastPathComponent
            current = destination.hasPrefix("/") ? destination : folder + "/" + destination
        }
        let folder = (current as NSString).deletingLastPathComponent
        guard let real = realpath(folder, nil) else { return current }
        defer { free(real) }
        let name = (current as NSString).lastPathComponent
        let realFolder = String(cString: real)
        return realFolder == "/" ? "/" + name : realFolder + "/" + name
    }
}
