import ArgumentParser
import Foundation
import Functions
import FunctionsRuntime
import FunctionsServer
import FunctionsWatch
import Logging
import Testing
@testable import TwilioFunctionsCLI

/// `twilio-functions serve` options, parsed in-process, and the project they load.
@Suite("serve options", .shippedCommandLine)
struct ServeOptionsTests {
    typealias Serve = TwilioFunctionsCommand.Serve

    @Test("defaults: 127.0.0.1:3000, 10 s, functions.json and environment")
    func defaults() throws {
        let serve = try Serve.parse([])
        #expect(serve.host == "127.0.0.1")
        #expect(serve.port == 3000)
        #expect(serve.timeout == 10)
        #expect(serve.logLevel == .info)
        #expect(serve.project.manifestPath == "functions.json")
        #expect(serve.project.environmentPath == "environment")
        let configuration = serve.serverConfiguration
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 3000)
        #expect(configuration.timeout == .seconds(10))
        #expect(configuration.maxBodySize == ServerConfiguration().maxBodySize)
    }

    @Test("--executor: the global pool by default, the event loops on request, passed on to watch mode's server builds")
    func executor() throws {
        #expect(try Serve.parse([]).executor == .pool)
        let loops = try Serve.parse(["--executor", "event-loops"])
        #expect(loops.executor == .eventLoops)
        let arguments = loops.serverArguments(for: WatchAddresses(publicPort: 3000))
        let index = try #require(arguments.firstIndex(of: "--executor"))
        #expect(arguments[index + 1] == "event-loops")
        #expect(throws: (any Error).self) { try Serve.parse(["--executor", "threads"]) }
    }

    @Test("`serve` is a subcommand of the root command")
    func subcommand() throws {
        let command = try TwilioFunctionsCommand.parseAsRoot(["serve", "--port", "0"])
        let serve = try #require(command as? Serve)
        #expect(serve.port == 0)
    }

    @Test("every option is read")
    func allOptions() throws {
        let serve = try Serve.parse([
            "--host", "::1", "--port", "0", "--timeout", "2.5", "--log-level", "debug",
            "--manifest", "config/routes.json", "--env-file", "environment.local",
        ])
        #expect(serve.host == "::1")
        #expect(serve.port == 0)
        #expect(serve.logLevel == .debug)
        #expect(serve.project.manifestPath == "config/routes.json")
        #expect(serve.project.environmentPath == "environment.local")
        let configuration = serve.serverConfiguration
        #expect(configuration.host == "::1")
        #expect(configuration.port == 0)
        #expect(configuration.timeout == .milliseconds(2500))
    }

    @Test("--public-url and --api-port reach the server configuration")
    func publicURLAndAPIPort() throws {
        let serve = try Serve.parse(["--public-url", "https://abc.example/", "--api-port", "0"])
        #expect(serve.serverConfiguration.publicBaseURL == "https://abc.example")
        #expect(serve.serverConfiguration.apiPort == 0)
        #expect(throws: (any Error).self) { try Serve.parse(["--public-url", "abc.example"]) }
    }

    @Test("--timeout in seconds becomes a Duration", arguments: [
        ("2.5", Duration.milliseconds(2500)),
        ("0.2", .milliseconds(200)),
        ("1", .seconds(1)),
        ("3600", .seconds(3600)),
        ("0.001", .milliseconds(1)),
    ])
    func timeoutConversion(text: String, expected: Duration) throws {
        let serve = try Serve.parse(["--timeout", text])
        #expect(serve.serverConfiguration.timeout == expected)
    }

    @Test("ports 0...65535 are accepted", arguments: ["0", "1", "8080", "65535"])
    func validPorts(port: String) throws {
        #expect(try Serve.parse(["--port", port]).port == Int(port))
    }

    @Test("out-of-range ports fail validation", arguments: ["70000", "65536", "-1"])
    func invalidPort(port: String) {
        #expect(throws: (any Error).self) { try Serve.parse(["--port=\(port)"]) }
        // The message says what to do.
        let message = Self.message { _ = try Serve.parse(["--port=\(port)"]) }
        #expect(message.contains("--port"), "\(message)")
        #expect(message.contains("65535"), "\(message)")
    }

    @Test("a timeout that is not more than 0 and at most 3600 fails validation", arguments: ["0", "-1", "3601", "nan"])
    func invalidTimeout(timeout: String) {
        #expect(throws: (any Error).self) { try Serve.parse(["--timeout=\(timeout)"]) }
    }

    @Test("the timeout error names the option", arguments: ["0", "3601"])
    func invalidTimeoutMessage(timeout: String) {
        let message = Self.message { _ = try Serve.parse(["--timeout=\(timeout)"]) }
        #expect(message.contains("--timeout"), "\(message)")
    }

    @Test("an unknown log level fails to parse")
    func invalidLogLevel() {
        #expect(throws: (any Error).self) { try Serve.parse(["--log-level", "loud"]) }
    }

    /// The message ArgumentParser would print for the error `body` throws ("" when it throws none).
    private static func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return ""
        } catch {
            return Serve.message(for: error)
        }
    }

    @Test("a timeout that passes validation is never a zero deadline", arguments: ["0.0001", "0.0004"])
    func tinyTimeout(timeout: String) {
        // Either refused, or a deadline above zero: a zero deadline would answer 504 to every request.
        guard let serve = try? Serve.parse(["--timeout", timeout]) else { return }
        #expect(serve.serverConfiguration.timeout > .zero, "--timeout \(timeout) became \(serve.serverConfiguration.timeout)")
    }

    // MARK: - ProjectOptions.load()

    @Test("load() reads the manifest and environment of a folder")
    func loadProject() throws {
        let folder = try TemporaryFolder()
        let manifest = try folder.write("functions.json", Fake.manifestText)
        let environment = try folder.write("environment", Fake.environmentText)
        let options = try ProjectOptions.parse(["--manifest", manifest, "--env-file", environment])
        let project = try options.load()
        #expect(project.routes.map(\.path) == ["/hello", "/echo", "/token"])
        #expect(project.environment["API_KEY"] == Fake.apiKey)
        #expect(project.environment.path == environment)
    }

    static let badManifests: [(String, String)] = [
        ("malformed JSON", #"{"functions": [ "#),
        ("no functions array", #"{"routes": []}"#),
        ("unknown handler", #"{"functions": [{"path": "/x", "handler": "not-registered"}]}"#),
        ("bad path", #"{"functions": [{"path": "no-slash", "handler": "hello"}]}"#),
        ("duplicate path", #"{"functions": [{"path": "/a", "handler": "hello"}, {"path": "/a", "handler": "echo"}]}"#),
        ("bad visibility", #"{"functions": [{"path": "/a", "handler": "hello", "visibility": "secret"}]}"#),
    ]

    @Test("load() with a bad manifest throws ExitCode.failure", arguments: badManifests)
    func loadBadManifest(name: String, manifestText: String) throws {
        let folder = try TemporaryFolder()
        let manifest = try folder.write("functions.json", manifestText)
        let environment = try folder.write("environment", Fake.environmentText)
        let options = try ProjectOptions.parse(["--manifest", manifest, "--env-file", environment])
        #expect { try options.load() } throws: { ($0 as? ExitCode) == .failure }
    }

    static let missingOrBadFiles: [(manifest: String?, environment: String?)] = [
        (nil, "API_KEY=x\n"),
        (Fake.manifestText, nil),
        (Fake.manifestText, "this line has no equals sign\n"),
    ]

    @Test("load() with a missing file or a bad environment throws ExitCode.failure", arguments: missingOrBadFiles)
    func loadMissingOrBadFiles(manifestText: String?, environmentText: String?) throws {
        let folder = try TemporaryFolder()
        let manifest = try manifestText.map { try folder.write("functions.json", $0) } ?? folder.path("functions.json")
        let environment = try environmentText.map { try folder.write("environment", $0) } ?? folder.path("environment")
        let options = try ProjectOptions.parse(["--manifest", manifest, "--env-file", environment])
        #expect { try options.load() } throws: { ($0 as? ExitCode) == .failure }
    }
}

/// The route listing `serve` prints once the server is bound (RouteListing, in FunctionsServer).
@Suite("Route listing", .shippedCommandLine)
struct RouteListingTests {
    static func project(_ entries: [FunctionsManifest.Entry], file: String = "functions.json") throws -> FunctionsProject {
        try FunctionsProject(
            manifest: FunctionsManifest(file: file, entries: entries),
            environment: EnvironmentFile(values: []),
            registry: Functions.registry
        )
    }

    @Test("public URLs use the base URL; protected and private routes are marked")
    func listing() throws {
        let project = try Self.project([
            .init(path: "/hello", handler: "hello"),
            .init(path: "/webhook", handler: "echo", visibility: .protected),
            .init(path: "/internal", handler: "token", visibility: .private),
            .init(path: "/token", handler: "token"),
        ])
        let text = RouteListing.text(for: project, baseURL: "http://127.0.0.1:3000")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines.first == "Functions:")
        #expect(lines[1].trimmingCharacters(in: .whitespaces) == "http://127.0.0.1:3000/hello")
        #expect(lines[2].contains("[protected]"))
        #expect(lines[2].contains("http://127.0.0.1:3000/webhook"))
        #expect(lines[3].contains("[private]"))
        #expect(lines[3].contains("/internal"))
        #expect(!lines[3].contains("http://"), "a private route has no URL: it is not reachable over HTTP")
        #expect(lines[4].trimmingCharacters(in: .whitespaces) == "http://127.0.0.1:3000/token")
        #expect(!lines[1].contains("["))
    }

    @Test("the listing follows manifest order and the base URL given", arguments: [
        "http://127.0.0.1:54321", "http://[::1]:3000", "http://localhost:8080",
    ])
    func baseURL(baseURL: String) throws {
        let project = try Self.project([.init(path: "/b", handler: "hello"), .init(path: "/a", handler: "echo")])
        let text = RouteListing.text(for: project, baseURL: baseURL)
        #expect(text == "Functions:\n  \(baseURL)/b\n  \(baseURL)/a")
    }

    @Test("an empty manifest says so, naming the manifest file")
    func empty() throws {
        let project = try Self.project([], file: "config/functions.json")
        let text = RouteListing.text(for: project, baseURL: "http://127.0.0.1:3000")
        #expect(text.contains("No functions"))
        #expect(text.contains("config/functions.json"))
    }
}
