import Foundation
import Testing
import TwilioWire

@testable import TwilioEmulator

/// Symbolic links: the data lives in the real file, and one server serves it however it is reached.
struct DatabaseFileTests {
    private func serving(_ path: String) -> EmulatorSetup {
        EmulatorSetup(credentials: TestValues.credentials, storage: .file(path), serving: true)
    }

    @Test func aLinkedDatabaseStaysALinkAndItsTargetHoldsTheData() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        let target = folder + "/real/emulator.sqlite"
        let link = folder + "/link.sqlite"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/emulator.sqlite")

        let (emulator, note) = try serving(link).makeEmulator()
        #expect(note.contains("\(link) (→ \(DatabaseFile.resolve(target)))"), "\(note)")
        let created = await emulator.handle(method: "POST", path: "/v1/PlayerStreamers")
        #expect(created.status == 201)

        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/emulator.sqlite")
        #expect(try EmulatorStore.file(at: target).snapshot().playerStreamers.count == 1)
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(beside == ["link.sqlite", "real"], "the -wal, -shm and lock files belong beside the real file")
    }

    @Test(arguments: ["file", "folder"])
    func twoServersReachingOneFileThroughALinkAreRefused(linked: String) throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        let direct = folder + "/real/emulator.sqlite"
        let other: String
        if linked == "file" {
            other = folder + "/alias.sqlite"
            try FileManager.default.createSymbolicLink(atPath: other, withDestinationPath: direct)
        } else {
            try FileManager.default.createSymbolicLink(atPath: folder + "/alias", withDestinationPath: folder + "/real")
            other = folder + "/alias/emulator.sqlite"
        }
        _ = try serving(direct).makeEmulator()
        let error = try #require(throws: EmulatorStoreError.self) { try serving(other).makeEmulator() }
        #expect(error.code == .locked)
        #expect(error.message.contains(other))
        #expect(error.message.contains("invoke, sync and media work beside it"))
        // Not serving, it opens beside the server.
        #expect(throws: Never.self) { try EmulatorSetup(credentials: TestValues.credentials, storage: .file(other)).makeEmulator() }
    }

    @Test func dotDotAfterALinkedFolderIsTheLinksParentAsTheKernelSees() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/real/v2", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/cur", withDestinationPath: "real/v2")
        try FileManager.default.createSymbolicLink(atPath: folder + "/db.sqlite", withDestinationPath: "cur/../emulator.sqlite")
        let store = try EmulatorStore.file(at: folder + "/db.sqlite")
        #expect(store.path == DatabaseFile.resolve(folder + "/real/emulator.sqlite"))
        #expect(FileManager.default.fileExists(atPath: folder + "/real/emulator.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/emulator.sqlite"))
    }

    @Test func aLinkToAFileNotYetMadeCreatesItAtTheTarget() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let link = folder + "/emulator.sqlite"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder + "/later.sqlite")
        let store = try EmulatorStore.file(at: link)
        #expect(store.path == DatabaseFile.resolve(folder + "/later.sqlite"))
        #expect(FileManager.default.fileExists(atPath: folder + "/later.sqlite"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == folder + "/later.sqlite")
    }
}
