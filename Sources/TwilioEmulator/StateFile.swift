import Foundation
import TwilioWire

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The JSON file that keeps the emulator's state across restarts.
///
/// It is read once, when the store opens, and replaced whole after every change. A file that
/// cannot be used is reported and never touched: it may hold the only copy of someone's data.
struct StateFile: Sendable {
    /// The file, as given.
    let path: String

    /// The state the file holds, or `nil` when there is no file yet.
    /// - Throws: ``EmulatorStoreError`` naming the file, what is wrong and what to do.
    func load() throws(EmulatorStoreError) -> EmulatorState? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw unreadable(String(cString: strerror(errno)))
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw unreadable("it is a folder")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw unreadable("permission denied or I/O error") }
        return try EmulatorState.decode(
            Array(data),
            shapeProblem: "is not an emulator state file as this version writes it",
            invalid: invalid
        )
    }

    /// Replaces the file with `state`.
    /// - Throws: ``EmulatorStoreError`` with code `writeFailed`; the file is unchanged.
    func save(_ state: EmulatorState) throws(EmulatorStoreError) {
        var bytes: [UInt8] = []
        JSONWriter.writePretty(state.jsonValue, into: &bytes)
        bytes.append(0x0A)
        do {
            try AtomicFileWriter.replace(path, with: bytes)
        } catch {
            throw EmulatorStoreError(.writeFailed, path: path, "\(path): the emulator state could not be saved: \(error.reason)")
        }
    }

    private func unreadable(_ reason: String) -> EmulatorStoreError {
        EmulatorStoreError(
            .unreadableFile,
            path: path,
            "\(path): the emulator state file cannot be read (\(reason)). Fix its permissions, or move it aside "
                + "to start with an empty state."
        )
    }

    private func invalid(_ problem: String) -> EmulatorStoreError {
        EmulatorStoreError(
            .invalidStateFile,
            path: path,
            "\(path): the emulator state file \(problem). It was left untouched; move it aside or delete it "
                + "to start with an empty state (the seed fixture is applied again), or fix it by hand."
        )
    }
}
