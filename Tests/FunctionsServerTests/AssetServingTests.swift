import Foundation
import Functions
import FunctionsHost
import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TwilioAccessToken

/// A project in a temporary folder: an `assets` folder, an `environment` file beside it holding a
/// value no response may ever contain, and the application built around them.
struct AssetSite {
    static let publicURL = "https://example-1234-dev.twil.io"
    /// Written to the environment file next to the assets folder: the target of every traversal.
    static let outsideSecret = "outside-secret-9f8e7d"

    let root: URL
    let recorder = LogRecorder()

    init() throws {
        root = FileManager.default.temporaryDirectory.appending(path: "asset-serving-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appending(path: "assets"), withIntermediateDirectories: true)
        try write("environment", "AUTH_TOKEN=\(Fake.authToken)\nLEAK=\(Self.outsideSecret)\n")
    }

    var assetsPath: String { root.appending(path: "assets").path }

    /// Writes `contents` to `relative` (under the project root), creating folders on the way.
    @discardableResult
    func write(_ relative: String, _ contents: String) throws -> String {
        try write(relative, bytes: Array(contents.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let url = root.appending(path: relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root.appending(path: relative).path, withDestinationPath: destination)
    }

    /// The project: the shipped routes plus `routes`, and the assets folder as it is now.
    func project(routes: [FunctionsManifest.Entry] = [], handlers: FunctionRegistry = FunctionRegistry()) throws -> FunctionsProject {
        try FunctionsProject(
            manifest: FunctionsManifest(entries: Harness.shippedRoutes + routes),
            environment: EnvironmentFile(path: Fake.environmentPath, values: Fake.environment),
            registry: Functions.registry.merging(handlers),
            assets: AssetCatalog.load(folder: assetsPath)
        )
    }

    /// Builds the application for `project` and runs `body` against it in-process.
    func run<Value: Sendable>(
        _ project: FunctionsProject,
        _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let app = buildApplication(
            project: project,
            configuration: ServerConfiguration(publicBaseURL: Self.publicURL),
            logger: recorder.logger()
        )
        return try await app.test(.router, body)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite("Serving assets")
struct AssetServingTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0x00, 0x10]

    @Test func publicFilesAreServedWithTheirTypeAndBytes() async throws {
        let site = try AssetSite()
        defer { site.remove() }
        try site.write("assets/index.html", "<h1>héllo</h1>")
        try site.write("assets/style.css", "body { color: red; }")
        try site.write("assets/img/logo.png", bytes: Self.png)
        try site.write("assets/my file.txt", "spaced")
        let project = try site.project()
        let (html, css, png, spaced) = try await site.run(project) { client in
            (try await client.get("/index.html"), try await client.get("/style.css"), try await client.get("/img/logo.png"),
             try await client.get("/my-file.txt"))
        }
        #expect(html.status == .ok)
        #expect(html.headers[.contentType] == "text/html; charset=utf-8")
        #expect(html.text == "<h1>héllo</h1>")
        #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        #expect(css.text == "body { color: red; }")
        #expect(png.headers[.contentType] == "image/png")
        #expect(Array(buffer: png.body) == Self.png)
        #expect(spaced.text == "spaced")
        #expect(site.recorder.requestLines.map { $0.prefix(20) }.allSatisfy { $0.hasPrefix("200 GET /") })
    }

    @Test func rootFallsBackToTheIndexPage() async throws {
        let site = try AssetSite()
        defer { site.remove() }
        try site.write("assets/index.html", "home")
        let project = try site.project()
        let (get, options) = try await site.run(project) { client in
            (try await client.get("/"), try await client.send(.options, "/"))
        }
        #expect(get.status == .ok)
        #expect(get.text == "home")
        #expect(get.headers[.contentType] == "text/html; charset=utf-8")
        #expect(options.status == .noContent)
        #expect(options.headers[.accessControlAllowOrigin] == "*")
    }

    @Test func twiliosLegacyAssetsIndexIsAlsoAFallbackAndAFunctionAtRootWins() async throws {
        let site = try AssetSite()
        defer { site.remove() }
        try site.write("assets/assets/index.html", "legacy")
        let legacy = try await site.run(try site.project()) { client in try await client.get("/") }
        #expect(legacy.text == "legacy")

        var registry = FunctionRegistry()
        registry.register("root") { _, _, callback in callback(nil, "function") }
        let project = try site.project(routes: [.init(path: "/", handler: "root")], handlers: registry)
        let function = try await site.run(project) { client in try await client.get("/") }
        #expect(function.text == "function")
    }

    @Test func withoutAnIndexPageRootIsA404() async throws {
        let site = try AssetSite()
        defer { site.remove() }
        try site.write("assets/style.css", "x")
        try site.write("assets/index.private.html", "hidden home")
        let response = try await site.run(try site.project()) { client in try await client.get("/") }
        #expect(response.status == .notFound)
        #expect(!response.text.contains("hidden home"))
    }

    @Test("a private asset answers exactly like an unknown path", arguments: [HTTPRequest.Method.get, .post, .options])
    func privateAssetIsNotFound(method: HTTPRequest.Method) async throws {
        let site = try AssetSite()
        defer { site.remove() }
        try site.write("assets/data.private.json", #"{"secret":true}"#)
        let (hidden, unknown) = try await site.run(try site.project()) { client in
            (try await client.send(method, "/data.json"), try await client.send(method, "/nope.json"))
        }
        #expect(hidden.status == .notFound)
        #expect(hidden.text == unknown.text.replacingOccurrences(of: "/nope.json", with: "/data.json"))
        #expect(hidden.headers[.contentType] == unknown.headers[.contentType])
        #expect(hidden.headers[.accessControlAllowOrigin] == nil)
        #expect(!hidden.text.contains("secret"))
    }

    @Test func aHandlerReadsAPrivateAssetThroughItsContext() async throws {
        let site = try AssetSite()
        defer { site.remove() }
        try site.write("assets/data.private.json", #"{"greeting":"hi"}"#)
        var registry = FunctionRegistry()
        registry.register("reader") { context, _, callback in
            callback(nil, try context.getAssets()["/data.json"]?.open() ?? "missing")
        }
        let project = try site.project(routes: [.init(path: "/reader", handler: "reader")], handlers: registry)
        let response = try await site.run(project) { client in try await client.get("/reader") }
        #expect(response.status == .ok)
        #expect(response.text == #"{"greeting":"hi"}"#)
    }

    @Test func aProtectedAssetNeedsAValidSignature() async throws {
        let site = try AssetSite()
        defer { site.remove() }
        try site.write("assets/twiml/hold.protected.xml", "<Response><Say>Please hold</Say></Response>")
        let validator = RequestValidator(authToken: Fake.authToken)
        let signed = HTTPFields.lines([("X-Twilio-Signature", validator.signature(url: AssetSite.publicURL + "/twiml/hold.xml"))])
        let wrong = HTTPFields.lines([("X-Twilio-Signature", validator.signature(url: AssetSite.publicURL + "/other.xml"))])
        let form = [("CallSid", "CA123")]
        let signedPost = HTTPFields.lines([
            ("X-Twilio-Signature", validator.signature(url: AssetSite.publicURL + "/twiml/hold.xml", parameters: form))
        ])
        let (none, bad, good, post, options) = try await site.run(try site.project()) { client in
            (try await client.get("/twiml/hold.xml"), try await client.get("/twiml/hold.xml", headers: wrong),
             try await client.get("/twiml/hold.xml", headers: signed),
             try await client.postForm("/twiml/hold.xml", "CallSid=CA123", headers: signedPost),
             try await client.send(.options, "/twiml/hold.xml"))
        }
        #expect(none.status == .unauthorized)
        #expect(none.text.contains("X-Twilio-Signature"))
        #expect(!none.text.contains("Please hold"))
        #expect(bad.status == .unauthorized)
        #expect(good.status == .ok)
        #expect(good.text == "<Response><Say>Please hold</Say></Response>")
        #expect(good.headers[.contentType] == "application/xml; charset=utf-8")
        #expect(post.status == .ok, "Twilio fetches static TwiML with the webhook's method")
        #expect(options.status == .noContent, "the preflight needs no signature, as for protected Functions")
    }

    @Test func optionsOnAnAssetIsThePreflightAndOtherMethodsAre405() async throws {
        let site = try AssetSite()
        defer { site.remove() }
        try site.write("assets/style.css", "x")
        let (options, delete) = try await site.run(try site.project()) { client in
            (try await client.send(.options, "/style.css"), try await client.send(.delete, "/style.css"))
        }
        #expect(options.status == .noContent)
        #expect(options.headers[.accessControlAllowOrigin] == "*")
        #expect(options.headers[.accessControlAllowMethods] == "GET, POST, OPTIONS")
        #expect(options.body.readableBytes == 0)
        #expect(delete.status == .methodNotAllowed)
        #expect(delete.headers[.allow] == "GET, POST, OPTIONS")
    }

    @Test func aFileEditedAfterStartIsServedAsItIsNow() async throws {
        let site = try AssetSite()
        defer { site.remove() }
        try site.write("assets/status.json", #"{"v":1}"#)
        let (before, after) = try await site.run(try site.project()) { client in
            let before = try await client.get("/status.json")
            try site.write("assets/status.json", #"{"v":2}"#)
            return (before, try await client.get("/status.json"))
        }
        #expect(before.text == #"{"v":1}"#)
        #expect(after.text == #"{"v":2}"#)
    }

    @Test func aFileDeletedAfterStartIsA404WithTheReasonLogged() async throws {
        let site = try AssetSite()
        defer { site.remove() }
        let file = try site.write("assets/gone.txt", "here")
        let response = try await site.run(try site.project()) { client in
            try FileManager.default.removeItem(atPath: file)
            return try await client.get("/gone.txt")
        }
        #expect(response.status == .notFound)
        #expect(!response.text.contains(site.root.path), "the client does not learn local paths")
        let line = try #require(site.recorder.requestLines.first)
        #expect(line.hasPrefix("404 GET /gone.txt"))
        #expect(line.contains("assets/gone.txt no longer exists"))
    }

    @Test func aFunctionAndAnAssetAtOnePathFailToLoad() throws {
        let site = try AssetSite()
        defer { site.remove() }
        try site.write("assets/hello", "static hello")
        let manifest = try site.write("functions.json", #"{"functions": [{"path": "/hello", "handler": "hello"}]}"#)
        let error = try #require(throws: FunctionsError.self) {
            try FunctionsProject.load(
                manifestPath: manifest,
                environmentPath: site.root.appending(path: "environment").path,
                registry: Functions.registry,
                assetsPath: site.assetsPath
            )
        }
        #expect(error.code == .duplicatePath)
        #expect(error.message.contains("assets/hello"))
        #expect(error.message.contains("functions.json"))
    }

    @Test func theListingShowsAssetsByVisibilityAndWarnsAboutSkippedLinks() throws {
        let site = try AssetSite()
        defer { site.remove() }
        try site.write("assets/index.html", "home")
        try site.write("assets/report.protected.pdf", "pdf")
        try site.write("assets/data.private.json", "{}")
        try site.link("assets/leak", to: "../environment")
        let text = RouteListing.text(for: try site.project(), baseURL: "http://127.0.0.1:3000")
        let lines = text.split(separator: "\n").map(String.init)
        let assets = try #require(lines.firstIndex { $0.hasPrefix("Assets (") })
        #expect(lines[assets + 1].contains("[private]") && lines[assets + 1].contains("/data.json"))
        #expect(lines[assets + 1].contains("not reachable over HTTP") && !lines[assets + 1].contains("http://"))
        #expect(lines[assets + 2].trimmingCharacters(in: .whitespaces) == "http://127.0.0.1:3000/index.html")
        #expect(lines[assets + 3].contains("[protected] http://127.0.0.1:3000/report.pdf"))
        #expect(lines[assets + 4].contains("http://127.0.0.1:3000/ ") && lines[assets + 4].contains("/index.html"))
        #expect(lines.contains { $0.contains("warning:") && $0.contains("assets/leak") })
        #expect(lines.first == "Functions:")
    }
}

/// Requests that try to leave the assets folder or reach a private asset: each is the plain 404,
/// over HTTP and straight through the pipeline (which no URL parser normalises first).
@Suite("Asset path traversal")
struct AssetTraversalTests {
    static func site() throws -> AssetSite {
        let site = try AssetSite()
        try site.write("assets/style.css", "body {}")
        try site.write("assets/img/a.png", bytes: AssetServingTests.png)
        try site.write("assets/secret.private.txt", "private words")
        try site.write("outside/secret.txt", AssetSite.outsideSecret)
        try site.link("assets/leak.txt", to: "../environment")
        try site.link("assets/linked", to: "../outside")
        return site
    }

    static let attempts = [
        "/../environment", "/%2e%2e/environment", "/%2E%2E/environment", "/..%2fenvironment", "/..%2Fenvironment",
        "/img/../secret.private.txt", "/img/../secret.txt", "/img/%2e%2e/secret.txt", "/img/..%2f..%2fenvironment",
        "/img/..%5c..%5cenvironment", "//etc/passwd", "/..", "/../../../../etc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/assets/../environment", "/secret.private.txt", "/secret.txt", "/leak.txt", "/linked/secret.txt", "/linked",
        "/style.css/../../environment", "/./style.css", "/img//a.png", "/STYLE.CSS",
    ]

    @Test("a traversal attempt over HTTP is a 404 that leaks nothing", arguments: attempts)
    func overHTTP(path: String) async throws {
        let site = try Self.site()
        defer { site.remove() }
        let (attempt, control) = try await site.run(try site.project()) { client in
            (try await client.get(path), try await client.get("/style.css"))
        }
        #expect(attempt.status == .notFound)
        #expect(!attempt.text.contains(AssetSite.outsideSecret))
        #expect(!attempt.text.contains("private words"))
        #expect(control.status == .ok, "the site itself works")
    }

    @Test("a traversal attempt through the pipeline is a 404", arguments: attempts)
    func throughThePipeline(path: String) async throws {
        let site = try Self.site()
        defer { site.remove() }
        let pipeline = FunctionsPipeline(project: try site.project())
        for method in ["GET", "POST", "OPTIONS"] {
            let outcome = await pipeline.handle(IncomingRequest(method: method, path: path))
            #expect(outcome.result.status == 404, "\(method) \(path)")
            #expect(!outcome.result.bodyText.contains(AssetSite.outsideSecret))
        }
    }

    @Test func linksOutOfTheFolderAreSkippedAtLoad() throws {
        let site = try Self.site()
        defer { site.remove() }
        let catalog = try site.project().assets
        #expect(catalog.assets.map(\.path) == ["/img/a.png", "/secret.txt", "/style.css"])
        #expect(catalog.skipped.count == 2)
        #expect(catalog.skipped.contains { $0.contains("assets/leak.txt") })
        #expect(catalog.skipped.contains { $0.contains("assets/linked") })
    }
}
