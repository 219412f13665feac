import ArgumentParser
import Foundation
import FunctionsHost
import FunctionsRuntime
import FunctionsServer
import Testing
import TwilioEmulator
import TwilioAccessToken
import TwilioWire

@testable import TwilioFunctionsCLI

/// `invoke PATH`: one request through the server's request flow, no port.
@Suite("invoke", .shippedCommandLine)
struct InvokeTests {
    static let manifest = """
        {
          "functions": [
            { "path": "/hello", "handler": "hello" },
            { "path": "/echo", "handler": "echo" },
            { "path": "/token", "handler": "token" },
            { "path": "/live-access-token", "handler": "live-access-token" },
            { "path": "/voice", "handler": "voice", "visibility": "protected" }
          ]
        }
        """

    /// A project folder and the options that point `invoke` at it.
    struct Project: ~Copyable {
        let folder: TemporaryFolder
        let options: [String]

        init(environment: String = Fake.environmentText, inMemory: Bool = true) throws {
            let folder = try TemporaryFolder()
            let manifest = try folder.write("functions.json", InvokeTests.manifest)
            let environmentPath = try folder.write("environment", environment)
            var options = ["--manifest", manifest, "--env-file", environmentPath, "--seed", folder.path("none.json")]
            if inMemory { options.append("--in-memory") }
            self.options = options
            self.folder = folder
        }

        func command(_ arguments: [String]) throws -> TwilioFunctionsCommand.Invoke {
            try TwilioFunctionsCommand.Invoke.parse(options + arguments)
        }
    }

    @Test func printsStatusHeadersABlankLineAndTheBody() async throws {
        let project = try Project()
        let invocation = try await project.command(["/token", "-p", "identity=alice"]).invoke()
        #expect(invocation.succeeded)
        let lines = invocation.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "HTTP 200")
        #expect(lines.contains("Access-Control-Allow-Origin: *"))
        #expect(lines.contains("Content-Type: application/json; charset=utf-8"))
        let blank = try #require(lines.firstIndex(of: ""))
        let body = lines[(blank + 1)...].joined(separator: "\n")
        let jwt = try #require(try JSONParser.parse(body)["token"]?.stringValue)
        let token = try DecodedAccessToken(jwt: jwt)
        #expect(token.identity == "alice")
        #expect(token.verifySignature(secret: Fake.apiSecret))
        try await project.command(["/token?identity=alice"]).run()
    }

    @Test func aFailingFunctionExitsWithStatus1() async throws {
        let project = try Project()
        let invocation = try await project.command(["/token"]).invoke()
        #expect(invocation.result.status == 500)
        #expect(invocation.text.hasPrefix("HTTP 500\nContent-Type: text/plain; charset=utf-8\n\n"))
        #expect(invocation.text.contains("identity"))
        await #expect(throws: ExitCode.failure) { try await project.command(["/token"]).run() }
        await #expect(throws: ExitCode.failure) { try await project.command(["/nowhere"]).run() }
    }

    @Test func parametersGoToTheQueryOfAGETAndTheFormOfAPOST() async throws {
        let project = try Project()
        let get = try project.command(["/echo?a=1", "-p", "b=two words", "-H", "X-Custom: yes"]).makeRequest(authToken: nil, environmentPath: "environment")
        #expect(get.method == "GET")
        #expect(get.path == "/echo")
        #expect(get.query == "a=1&b=two+words")
        #expect(get.header("X-Custom") == "yes")
        #expect(get.url == "http://localhost:3000/echo?a=1&b=two+words")

        let post = try project.command(["/echo", "-X", "post", "-p", "b=2"]).makeRequest(authToken: nil, environmentPath: "environment")
        #expect(post.method == "POST")
        #expect(post.query == nil)
        #expect(post.body == Array("b=2".utf8))
        #expect(post.header("Content-Type") == "application/x-www-form-urlencoded")

        let json = try project.command(["/echo", "--json", #"{"n": 1}"#, "-p", "q=1"]).makeRequest(authToken: nil, environmentPath: "environment")
        #expect(json.method == "POST")
        #expect(json.query == "q=1")
        #expect(json.header("Content-Type") == "application/json")

        let echoed = try await project.command(["/echo", "--json", #"{"n": {"m": 1}}"#, "-p", "q=1"]).invoke()
        let event = try JSONParser.parse(String(echoed.text.split(separator: "\n\n", maxSplits: 1)[1]))
        #expect(event["n"]?["m"] == 1)
        #expect(event["q"] == "1")
    }

    @Test func signedRequestsReachProtectedFunctions() async throws {
        let project = try Project()
        let unsigned = try await project.command(["/voice", "-X", "POST", "-p", "From=+15005550006"]).invoke()
        #expect(unsigned.result.status == 401)
        let form = try await project.command(["/voice", "-X", "POST", "-p", "From=+15005550006", "--sign"]).invoke()
        #expect(form.result.status == 200)
        #expect(form.text.contains("Hello +15005550006!"))
        let json = try await project.command(["/voice", "--json", #"{"From": "+1"}"#, "--sign"]).invoke()
        #expect(json.result.status == 200)
        let tunnel = try await project.command(["/voice", "--sign", "--url", "https://abc.example/voice"]).invoke()
        #expect(tunnel.result.status == 200)

        let request = try project.command(["/voice", "-p", "x=1", "--sign"]).makeRequest(authToken: Fake.authToken, environmentPath: "environment")
        let expected = RequestValidator(authToken: Fake.authToken).signature(url: "http://localhost:3000/voice?x=1")
        #expect(request.header("X-Twilio-Signature") == expected)
    }

    @Test func signingWithoutAnAuthTokenFails() async throws {
        let project = try Project(environment: Fake.environmentText.split(separator: "\n").filter { !$0.hasPrefix("AUTH_TOKEN") }.joined(separator: "\n"))
        await #expect(throws: ExitCode.failure) { try await project.command(["/voice", "--sign"]).run() }
    }

    @Test func usesTheDatabaseAndSeedAsServeDoesEvenBesideARunningServer() async throws {
        let project = try Project(inMemory: false)
        let seed = try project.folder.write(
            "seed.json",
            #"{"playerStreamers": [{"sid": "VJ00000000000000000000000000000000", "status": "started"}], "#
                + #""documents": [{"uniqueName": "streaming_info", "data": {"playerStreamerSid": "VJ00000000000000000000000000000000"}}]}"#
        )
        let database = project.folder.path("data/emulator.sqlite")
        let live = try await project.command(["/live-access-token", "--database", database, "--seed", seed]).invoke()
        #expect(live.result.status == 200, "\(live.text)")
        #expect(FileManager.default.fileExists(atPath: database))

        // A server now holds the database: invoke still runs on the same data.
        let serving = EmulatorSetup(credentials: EmulatorCredentials(accountSid: Fake.accountSid), storage: .file(database), serving: true)
        let store = try serving.openStore()
        try store.removeAll()
        let beside = try await project.command(["/live-access-token", "--database", database, "--seed", seed]).invoke()
        #expect(beside.result.status == 200, "\(beside.text)")
        #expect(!store.isEmpty, "invoke seeded the database the server holds")
        let inMemory = try await project.command(["/live-access-token", "--database", database, "--seed", seed, "--in-memory"]).invoke()
        #expect(inMemory.result.status == 200)
    }

    @Test(arguments: [
        ["token"],
        ["/token", "-p", "novalue"],
        ["/token", "-H", "NoColon"],
        ["/token", "-H", ": value"],
        ["/token", "--timeout", "0"],
        ["/token", "--url", "ftp://x"],
        ["/token", "-X", "G E T"],
    ])
    func badArgumentsAreRefused(arguments: [String]) {
        #expect(throws: (any Error).self) {
            _ = try TwilioFunctionsCommand.Invoke.parse(arguments)
        }
    }
}
