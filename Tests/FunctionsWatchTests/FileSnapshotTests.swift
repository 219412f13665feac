import Foundation
import FunctionsWatch
import Testing

@Suite("What a poll of the watched paths sees")
struct FileSnapshotTests {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/Sources/Functions", withIntermediateDirectories: true)
        try write("Sources/Functions/Hello.swift", "a")
        try write("Package.swift", "b")
    }

    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(root)/\(path)"))
    }

    func snapshot() -> FileSnapshot {
        FileSnapshot(paths: ["Sources", "Package.swift", "functions.json"], in: root)
    }

    @Test func nothingChangedIsNoChange() {
        #expect(snapshot().changes(since: snapshot()).isEmpty)
    }

    @Test func seesAddedModifiedAndRemovedFiles() throws {
        let before = snapshot()
        try write("Sources/Functions/Hello.swift", "a longer body")
        try write("Sources/Functions/New.swift", "c")
        try FileManager.default.removeItem(atPath: root + "/Package.swift")
        try write("functions.json", "{}")
        #expect(
            snapshot().changes(since: before) == [
                "Package.swift", "Sources/Functions/Hello.swift", "Sources/Functions/New.swift", "functions.json",
            ]
        )
    }

    @Test("a save through a temporary file and a rename is a change, even with the same size")
    func seesReplacementBySameSizeFile() throws {
        let before = snapshot()
        try write("Sources/Functions/Hello.swift.tmp", "z")
        try FileManager.default.removeItem(atPath: root + "/Sources/Functions/Hello.swift")
        try FileManager.default.moveItem(atPath: root + "/Sources/Functions/Hello.swift.tmp", toPath: root + "/Sources/Functions/Hello.swift")
        #expect(snapshot().changes(since: before) == ["Sources/Functions/Hello.swift"])
    }

    @Test("hidden files and editor backups are not watched")
    func skipsHiddenFiles() throws {
        let before = snapshot()
        try FileManager.default.createDirectory(atPath: root + "/Sources/.build", withIntermediateDirectories: true)
        try write("Sources/.build/output.o", "x")
        try write("Sources/Functions/.Hello.swift.swp", "x")
        try write("Sources/Functions/Hello.swift~", "x")
        #expect(snapshot().changes(since: before).isEmpty)
    }
}

@Suite("The lines a supervised server announces itself with")
struct ServerAnnouncementTests {
    @Test func roundTrips() throws {
        let announcement = ServerAnnouncement(port: 40123, paths: ["/hello", "/a \"quoted\" path"], listing: "Functions:\n  http://127.0.0.1:3000/hello")
        #expect(announcement.line.hasPrefix(ServerAnnouncement.prefix))
        #expect(!announcement.line.dropFirst().contains("\n"))
        #expect(ServerAnnouncement(line: announcement.line) == announcement)
    }

    @Test func pathsOnlyAfterAReload() {
        let announcement = ServerAnnouncement(paths: ["/hello"])
        #expect(ServerAnnouncement(line: announcement.line) == announcement)
        #expect(ServerAnnouncement(line: announcement.line)?.port == nil)
    }

    @Test(arguments: [
        "200 GET /hello 0.21 ms",
        "::twilio-functions:: not json",
        "::twilio-functions:: {\"port\":1}",
        "::twilio-functions:: []",
        "",
    ])
    func otherLinesAreNotAnnouncements(line: String) {
        #expect(ServerAnnouncement(line: line) == nil)
    }
}
