import Foundation
import FunctionsRuntime
import FunctionsServer
import Testing

/// The server keeps the console's paths for itself: a manifest entry or an asset there is refused
/// when the server loads the project, while the runtime alone reserves nothing.
struct ReservedPathsTests {
    let handlers = ["hello"]

    @Test(arguments: [
        (#"{"functions": [{"path": "/_console", "handler": "hello"}]}"#, "developer console"),
        (#"{"functions": [{"path": "/_console/api/x", "handler": "hello"}]}"#, "under /_console"),
    ])
    func consolePathsAreRefused(text: String, fragment: String) {
        #expect {
            _ = try FunctionsManifest.parse(Array(text.utf8), file: "functions.json", handlerNames: handlers, reserved: .server)
        } throws: { error in
            guard let error = error as? FunctionsError else { return false }
            return error.code == .invalidPath && error.message.hasPrefix("functions.json") && error.message.contains(fragment)
        }
    }

    @Test func theRuntimeAloneReservesNothing() throws {
        let text = #"{"functions": [{"path": "/_console", "handler": "hello"}]}"#
        let manifest = try FunctionsManifest.parse(Array(text.utf8), handlerNames: handlers)
        #expect(manifest.entries.map(\.path) == ["/_console"])
    }

    @Test func anAssetUnderTheConsoleIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reserved-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("_console"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("_console/page.html"))
        #expect(throws: FunctionsError.self) { try AssetCatalog.load(folder: folder.path, reserved: .server) }
        #expect(try AssetCatalog.load(folder: folder.path).assets.map(\.path) == ["/_console/page.html"])
    }
}
