import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps one server per state file: two processes writing the same file would each overwrite
/// the other's changes with their own copy of the state.
enum StateFileLock {
    /// Takes an exclusive lock on `<state>.lock` for the rest of the process's life.
    static func acquire(for statePath: String) throws(EmulatorStoreError) {
        let lockPath = statePath + ".lock"
        let folder = (lockPath as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let descriptor = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw EmulatorStoreError(
                .unreadableFile,
                path: lockPath,
                "cannot create \(lockPath): \(String(cString: strerror(errno))). Check the folder's permissions or choose another state file."
            )
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw EmulatorStoreError(
                .locked,
                path: statePath,
                "\(statePath) is in use by another twilio-functions server. Stop it, or pass --state PATH or --in-memory."
            )
        }
        // The descriptor stays open, and so the lock held, until the process exits.
    }
}
