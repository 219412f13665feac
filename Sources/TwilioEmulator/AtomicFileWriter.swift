import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file so that a crash at any moment leaves either the old bytes or the new ones,
/// never a mix: write a temporary file in the same folder, flush it to disk, rename it over the
/// target, then flush the folder so the rename itself survives a power loss.
///
/// Foundation's `.atomic` option renames but does not flush, so a crash soon after a write can
/// leave an empty file; hence the system calls.
enum AtomicFileWriter {
    /// Why the file could not be replaced; the target was left as it was.
    struct Failure: Error, Sendable {
        let reason: String
    }

    /// Replaces the contents of `path` with `bytes`, creating its folder if needed.
    /// - Throws: ``Failure`` with the step and the system's reason; the target is unchanged.
    static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(reason: "cannot create the folder \(directory): \(error.localizedDescription)")
        }
        // A random name, opened with O_EXCL, so two writers or a leftover from a crash never collide.
        let temporary = directory + "/." + target.lastPathComponent + ".tmp-" + SID.randomHex(byteCount: 8)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw systemFailure("cannot create \(temporary)") }
        var renamed = false
        defer { if !renamed { unlink(temporary) } }

        do throws(Failure) {
            try writeAll(bytes, to: descriptor, path: temporary)
            try flush(descriptor, path: temporary)
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw systemFailure("cannot close \(temporary)") }
        guard rename(temporary, path) == 0 else { throw systemFailure("cannot rename \(temporary) to \(path)") }
        renamed = true

        // After the rename the new state is what the file holds, so a failure to flush the folder
        // is not reported: the caller must not roll back to a state the disk no longer has.
        let folder = open(directory, O_RDONLY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw systemFailure("cannot write \(path)")
            }
            offset += count
        }
    }

    private static func flush(_ descriptor: Int32, path: String) throws(Failure) {
        #if canImport(Darwin)
        // On Apple platforms fsync stops at the drive's cache; F_FULLFSYNC reaches the medium.
        if fcntl(descriptor, F_FULLFSYNC) == 0 { return }
        #endif
        guard fsync(descriptor) == 0 else { throw systemFailure("cannot flush \(path) to disk") }
    }

    private static func systemFailure(_ step: String) -> Failure {
        Failure(reason: "\(step): \(String(cString: strerror(errno)))")
    }
}
