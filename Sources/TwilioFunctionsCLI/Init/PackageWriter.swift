import Foundation
import FunctionsPort

/// Writes a package (`init`'s ``PackageTemplate``, `port`'s plan) into a new or empty folder, all
/// or nothing: the files go to a hidden folder beside it, which is then renamed into place.
enum PackageWriter {
    /// Why the package was not written; nothing was.
    struct Failure: Error, Equatable {
        let message: String
    }

    /// Writes `template`'s files into `directory`, which must not exist or be an empty folder,
    /// inside a folder that exists.
    /// - Throws: ``Failure`` naming the folder and what to do; nothing is left behind.
    static func write(_ template: PackageTemplate, to directory: String) throws(Failure) {
        try write(template.files, to: directory, command: "init")
    }

    /// Writes `files` (paths inside the package, exact bytes) into `directory`, which must not
    /// exist or be an empty folder, inside a folder that exists; `command` names the command in
    /// messages.
    /// - Throws: ``Failure`` naming the folder and what to do; nothing is left behind.
    static func write(_ files: [PortFile], to directory: String, command: String) throws(Failure) {
        let fileManager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: target.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw Failure(message: "\(directory) is a file; \(command) writes a package into a new or empty folder. Nothing was written.")
            }
            let entries = ((try? fileManager.contentsOfDirectory(atPath: target.path)) ?? []).sorted()
            guard entries.isEmpty else {
                let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
                throw Failure(message: "\(directory) is not empty (\(shown)); \(command) writes into a new or empty folder. Nothing was written.")
            }
        }
        guard fileManager.fileExists(atPath: parent.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure(message: "\(parent.path) does not exist (or is not a folder); create it first. Nothing was written.")
        }
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).\(command)-\(UUID().uuidString.prefix(8))")
        do {
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
            // rename(2) replaces an empty folder, and moves the whole package at once.
            guard rename(staging.path, target.path) == 0 else {
                throw Failure(message: String(cString: strerror(errno)))
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            let reason = (error as? Failure)?.message ?? Self.reason(error)
            throw Failure(message: "cannot write \(directory): \(reason). Nothing was written.")
        }
    }

    /// The system's reason, without Foundation's wrapping.
    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return (error as NSError).localizedDescription
    }
}
