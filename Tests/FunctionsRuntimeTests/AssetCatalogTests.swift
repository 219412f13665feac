import Foundation
import FunctionsRuntime
import Testing

/// A project folder in the temporary directory with an `assets` folder inside, removed by `remove()`.
struct AssetFolder {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appending(path: "asset-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appending(path: "assets"), withIntermediateDirectories: true)
    }

    /// The assets folder's path.
    var assets: String { root.appending(path: "assets").path }

    /// Writes `text` to `relative` (under the project root), creating folders on the way.
    @discardableResult
    func write(_ relative: String, _ text: String = "content") throws -> String {
        let url = root.appending(path: relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Makes `relative` (under the project root) a symbolic link to `destination` (as written).
    func link(_ relative: String, to destination: String) throws {
        let url = root.appending(path: relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    func load() throws -> AssetCatalog { try AssetCatalog.load(folder: assets) }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite("Asset catalog")
struct AssetCatalogTests {
    @Test("file names map to URL paths and visibilities as in Twilio", arguments: [
        ("index.html", "/index.html", FunctionVisibility.public),
        ("img/logo.png", "/img/logo.png", .public),
        ("img/logo.private.png", "/img/logo.png", .private),
        ("api/report.protected.pdf", "/api/report.pdf", .protected),
        ("my file.txt", "/my-file.txt", .public),
        ("sub dir/a b.css", "/sub-dir/a-b.css", .public),
        (".well-known/security.txt", "/.well-known/security.txt", .public),
        ("README", "/README", .public),
        ("archive.tar.gz", "/archive.tar.gz", .public),
        ("a.private.txt.txt", "/a.txt.txt", .private),
        ("deep/er/data.private.json", "/deep/er/data.json", .private),
    ])
    func pathRules(file: String, path: String, visibility: FunctionVisibility) throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        let filePath = try folder.write("assets/" + file)
        let catalog = try folder.load()
        #expect(catalog.assets.map(\.path) == [path])
        let asset = try #require(catalog[path: path])
        #expect(asset.visibility == visibility)
        #expect(asset.filePath.hasSuffix("/assets/" + file))
        #expect(try asset.open() == "content")
        #expect(FileManager.default.contentsEqual(atPath: asset.fileURL.path, andPath: filePath))
    }

    @Test func lookupIsExactAndCaseSensitive() throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        try folder.write("assets/img/Logo.png")
        let catalog = try folder.load()
        #expect(catalog[path: "/img/Logo.png"] != nil)
        for miss in ["/img/logo.png", "img/Logo.png", "/img/Logo.png/", "//img/Logo.png", "/img/./Logo.png", "/img/Logo%2Epng"] {
            #expect(catalog[path: miss] == nil, "\(miss)")
        }
    }

    @Test("the Content-Type comes from the extension, with a charset for text", arguments: [
        ("a.html", "text/html; charset=utf-8"), ("b.HTM", "text/html; charset=utf-8"), ("s.css", "text/css; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"), ("m.mjs", "text/javascript; charset=utf-8"),
        ("d.json", "application/json; charset=utf-8"), ("app.js.map", "application/json; charset=utf-8"),
        ("t.txt", "text/plain; charset=utf-8"), ("c.csv", "text/csv; charset=utf-8"), ("f.xml", "application/xml; charset=utf-8"),
        ("i.svg", "image/svg+xml; charset=utf-8"), ("p.png", "image/png"), ("j.jpg", "image/jpeg"), ("k.JPEG", "image/jpeg"),
        ("g.gif", "image/gif"), ("w.webp", "image/webp"), ("favicon.ico", "image/x-icon"), ("v.avif", "image/avif"),
        ("a.mp3", "audio/mpeg"), ("b.wav", "audio/wav"), ("c.ogg", "audio/ogg"), ("d.mp4", "video/mp4"), ("e.webm", "video/webm"),
        ("live.m3u8", "application/vnd.apple.mpegurl"), ("doc.pdf", "application/pdf"), ("f.woff", "font/woff"),
        ("f.woff2", "font/woff2"), ("f.ttf", "font/ttf"), ("f.otf", "font/otf"), ("mod.wasm", "application/wasm"),
        ("z.zip", "application/zip"), ("LICENSE", "application/octet-stream"), ("x.unknown", "application/octet-stream"),
        (".env", "application/octet-stream"), ("data.private.json", "application/json; charset=utf-8"),
    ])
    func contentTypes(file: String, contentType: String) throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        try folder.write("assets/" + file)
        let asset = try #require(try folder.load().assets.first)
        #expect(asset.contentType == contentType)
    }

    @Test("two files mapping to one path are an error naming both", arguments: [
        ("a b.txt", "a-b.txt"), ("x.txt", "x.private.txt"), ("img/p.png", "img/p.protected.png"),
    ])
    func duplicates(first: String, second: String) throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        try folder.write("assets/" + first)
        try folder.write("assets/" + second)
        let error = try #require(throws: FunctionsError.self) { try folder.load() }
        #expect(error.code == .duplicatePath)
        #expect(error.message.contains(first))
        #expect(error.message.contains(second))
    }

    @Test("a name whose path Twilio refuses, or whose marker would not count, is an error naming it", arguments: [
        "a+b.png", "x#y.css", "100%.png", "it's.txt", "semi;colon.txt", "q?.txt", "call(1).txt", "a:b.txt",
        "secret.private", "secret.protected", "report.private.pdf.zip", "x.protected.y.txt",
        String(repeating: "d", count: 200) + "/" + String(repeating: "f", count: 60) + ".txt",
    ])
    func badNames(file: String) throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        try folder.write("assets/" + file)
        let error = try #require(throws: FunctionsError.self) { try folder.load() }
        #expect(error.code == .invalidPath)
        #expect(error.message.contains(file), "the message names the file: \(error.message)")
        #expect(error.message.contains("Rename"))
    }

    @Test func missingFolderIsAnEmptyCatalog() throws {
        let catalog = try AssetCatalog.load(folder: "/nonexistent-\(UUID().uuidString)/assets")
        #expect(catalog.isEmpty)
        #expect(catalog.skipped.isEmpty)
        #expect(AssetCatalog().isEmpty)
    }

    @Test func aFileInPlaceOfTheFolderIsAnError() throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        let file = try folder.write("not-a-folder")
        let error = try #require(throws: FunctionsError.self) { try AssetCatalog.load(folder: file) }
        #expect(error.code == .unreadableFile)
        #expect(error.message.contains(file))
    }

    @Test func dsStoreIsIgnored() throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        try folder.write("assets/.DS_Store")
        try folder.write("assets/img/.DS_Store")
        try folder.write("assets/img/a.png")
        let catalog = try folder.load()
        #expect(catalog.assets.map(\.path) == ["/img/a.png"])
        #expect(catalog.skipped.isEmpty)
    }
}

/// Symbolic links, reads after start-up, and what handlers see through `context.getAssets()`.
@Suite("Asset links and reads")
struct AssetLinkTests {
    @Test func linksOutOfTheFolderAreSkippedAndReported() throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        try folder.write("environment", "AUTH_TOKEN=outside")
        try folder.write("outside/secret.txt", "secret")
        try folder.write("assets/ok.txt")
        try folder.link("assets/leak.txt", to: "../environment")
        try folder.link("assets/absolute.txt", to: folder.root.appending(path: "environment").path)
        try folder.link("assets/linked", to: "../outside")
        try folder.link("assets/img/deep.txt", to: "../../outside/secret.txt")
        try folder.link("assets/broken.txt", to: "does-not-exist")
        let catalog = try folder.load()
        #expect(catalog.assets.map(\.path) == ["/ok.txt"])
        #expect(catalog.skipped.count == 5)
        for name in ["leak.txt", "absolute.txt", "linked", "img/deep.txt", "broken.txt"] {
            #expect(catalog.skipped.contains { $0.contains("assets/" + name + ":") }, "\(name) is reported: \(catalog.skipped)")
        }
        #expect(catalog.skipped.filter { $0.contains("outside") }.count == 4)
    }

    @Test func linksInsideTheFolderAreServedAndLoopsStop() throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        try folder.write("assets/real/a.txt", "a")
        try folder.link("assets/alias.txt", to: "real/a.txt")
        try folder.link("assets/mirror", to: "real")
        try folder.link("assets/real/loop", to: "..")
        let catalog = try folder.load()
        #expect(catalog.assets.map(\.path) == ["/alias.txt", "/mirror/a.txt", "/real/a.txt"])
        #expect(try catalog[path: "/alias.txt"]?.open() == "a")
        #expect(catalog.skipped.count == 2, "the loop is met under real/ and under mirror/: \(catalog.skipped)")
        #expect(catalog.skipped.allSatisfy { $0.contains("loop") })
    }

    @Test func aLinkedAssetsFolderIsResolvedFirst() throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        try folder.write("site/index.html", "<h1>hi</h1>")
        let linked = folder.root.appending(path: "public").path
        try FileManager.default.createSymbolicLink(atPath: linked, withDestinationPath: folder.root.appending(path: "site").path)
        let catalog = try AssetCatalog.load(folder: linked)
        #expect(catalog.assets.map(\.path) == ["/index.html"])
        #expect(catalog.skipped.isEmpty)
    }

    @Test func readsSeeTheCurrentFileAndNameItWhenItIsGone() throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        let file = try folder.write("assets/note.txt", "first")
        let asset = try #require(try folder.load()[path: "/note.txt"])
        #expect(try asset.open() == "first")
        try folder.write("assets/note.txt", "second")
        #expect(try asset.bytes() == Array("second".utf8))
        try FileManager.default.removeItem(atPath: file)
        let error = try #require(throws: FunctionsError.self) { try asset.open() }
        #expect(error.code == .unreadableFile)
        #expect(error.message.contains("assets/note.txt"))
    }

    @Test func aFileSwappedForALinkOutAfterLoadIsRefused() throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        try folder.write("environment", "AUTH_TOKEN=outside")
        let file = try folder.write("assets/note.txt", "fine")
        let asset = try #require(try folder.load()[path: "/note.txt"])
        try FileManager.default.removeItem(atPath: file)
        try folder.link("assets/note.txt", to: "../environment")
        let error = try #require(throws: FunctionsError.self) { try asset.open() }
        #expect(error.code == .unreadableFile)
        #expect(error.message.contains("outside the assets folder"))
    }

    @Test func getAssetsListsOnlyPrivateAssetsWithTheLeadingSlash() throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        try folder.write("assets/index.html")
        try folder.write("assets/report.protected.pdf")
        try folder.write("assets/data.private.json", #"{"n":1}"#)
        try folder.write("assets/config/keys.private.txt", "k")
        let project = try FunctionsProject(
            manifest: FunctionsManifest(entries: []),
            environment: EnvironmentFile(values: []),
            registry: FunctionRegistry(),
            assets: folder.load()
        )
        let logger = FunctionContext(environment: project.environment).logger
        let context = project.makeContextStorage().context(path: "/x", domainName: "localhost:3000", logger: logger)
        let assets = context.getAssets()
        #expect(Set(assets.keys) == ["/data.json", "/config/keys.txt"])
        #expect(try assets["/data.json"]?.open() == #"{"n":1}"#)
        #expect(assets["/data.json"]?.filePath.hasPrefix("/") == true)
        #expect(FunctionContext(environment: project.environment).getAssets().isEmpty, "a context without a project has no assets")
    }

    @Test func anAssetAndAFunctionAtOnePathAreAnErrorNamingBoth() throws {
        let folder = try AssetFolder()
        defer { folder.remove() }
        try folder.write("assets/hello.private.txt")
        var registry = FunctionRegistry()
        registry.register("hello") { _, _, callback in callback(nil, "hi") }
        let error = try #require(throws: FunctionsError.self) {
            try FunctionsProject(
                manifest: FunctionsManifest(file: "my-functions.json", entries: [.init(path: "/hello.txt", handler: "hello")]),
                environment: EnvironmentFile(values: []),
                registry: registry,
                assets: folder.load()
            )
        }
        #expect(error.code == .duplicatePath)
        #expect(error.message.contains("assets/hello.private.txt"))
        #expect(error.message.contains("my-functions.json"))
        #expect(error.message.contains("/hello.txt"))
    }
}
