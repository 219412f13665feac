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
import TwilioWire

@Suite("The developer console's page and JSON API")
struct ConsoleTests {
    /// The router test client always sends `Host: localhost`.
    static let console: HTTPFields = [HTTPField.Name("X-Console")!: "1", .contentType: "application/json"]

    /// The shipped routes plus a protected and a private one, with an emulator behind the handlers.
    static func app(twilio: TwilioBackend? = nil, configuration: ServerConfiguration = ServerConfiguration()) throws -> some ApplicationProtocol {
        var registry = FunctionRegistry()
        registry.register("signed-echo") { _, event, callback in callback(nil, event.jsonValue) }
        let harness = try Harness(
            routes: Harness.shippedRoutes + [
                .init(path: "/webhook", handler: "signed-echo", visibility: .protected),
                .init(path: "/internal", handler: "hello", visibility: .private),
            ],
            handlers: registry,
            configuration: configuration
        )
        return buildApplication(project: harness.project, configuration: configuration, twilio: twilio)
    }

    static func post(_ client: some TestClientProtocol, _ uri: String, _ json: String, headers: HTTPFields = console) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: json))
    }

    @Test func servesThePageWithItsSecurityHeaders() async throws {
        try await Self.app().test(.router) { client in
            let page = try await client.get("/_console")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            #expect(page.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            #expect(try await client.get("/_console/console.js").headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(try await client.get("/_console/console.css").status == .ok)
            #expect(try await client.get("/_console/secrets.txt").status == .notFound)
            #expect(try await client.get("/_console/../environment").status == .notFound)
        }
    }

    @Test("over a socket: other Host names are refused (no DNS rebinding), loopback ones answered", arguments: [
        ("evil.example", 403), ("evil.example:3000", 403), ("10.0.0.5:3000", 403), ("127.0.0.1.evil.example", 403),
        ("127.0.0.1:3000", 200), ("localhost", 200), ("[::1]:3000", 200),
    ])
    func answersOnlyLoopbackHosts(host: String, status: Int) async throws {
        try await Self.app(configuration: ServerConfiguration(port: 0)).test(.live) { client in
            let port = try #require(client.port)
            let exchange = await RawHTTPClient(port: port).exchange([.send(Array("GET /_console/api/overview HTTP/1.1\r\nHost: \(host)\r\n\r\n".utf8))])
            let answer = try #require(exchange.responses.first)
            #expect(answer.status == status)
            if status == 403 { #expect(answer.text.contains("loopback")) }
        }
    }

    @Test("the overview lists the Functions and masks every secret of the environment")
    func overviewMasksSecrets() async throws {
        try await Self.app().test(.router) { client in
            let response = try await client.get("/_console/api/overview")
            #expect(response.status == .ok)
            for secret in Fake.secrets { #expect(!response.text.contains(secret)) }
            let json = try response.json()
            #expect(json["baseURL"] == "http://localhost")
            let functions = try #require(json["functions"]?.arrayValue)
            #expect(functions.map { $0["path"]?.stringValue } == ["/hello", "/echo", "/token", "/webhook", "/internal"])
            #expect(functions[3]["visibility"] == "protected")
            #expect(functions[4]["url"] == .null)
            #expect(functions[2]["url"] == "http://localhost/token")
            let environment = try #require(json["environment"]?.arrayValue)
            let secret = try #require(environment.first { $0["key"] == "API_SECRET" })
            #expect(secret["masked"] == .bool(true) && secret["value"] == "••••••••")
            #expect(environment.first { $0["key"] == "ACCOUNT_SID" }?["value"] == .string(Fake.accountSid))
            #expect(json["accountSid"] == .string(Fake.accountSid))
        }
    }

    @Test("invoking /token answers the token decoded, with a verified signature")
    func invokeDecodesTokens() async throws {
        try await Self.app().test(.router) { client in
            let response = try await Self.post(client, "/_console/api/invoke", #"{"method":"GET","path":"/token","query":[["identity","alice"]]}"#)
            #expect(response.status == .ok)
            let json = try response.json()
            #expect(json["status"] == .int(200))
            #expect(json["signed"] == .bool(false))
            #expect(json["durationMs"]?.doubleValue != nil)
            let token = try #require(json["tokens"]?[0])
            #expect(token["identity"] == "alice")
            #expect(token["signature"] == "valid")
            #expect(token["grants"]?["data_sync"]?["service_sid"] == .string(Fake.syncServiceSid))
            #expect(token["payload"]?["iss"] == .string(Fake.apiKey))
        }
    }

    @Test("protected Functions are signed by the server, form and JSON bodies alike; private ones stay 404")
    func invokeSignsProtectedFunctions() async throws {
        try await Self.app().test(.router) { client in
            let form = try await Self.post(client, "/_console/api/invoke", #"{"method":"POST","path":"/webhook","form":[["From","+15005550006"],["Body","hi there"]]}"#).json()
            #expect(form["status"] == .int(200))
            #expect(form["signed"] == .bool(true))
            #expect(form["body"]?.stringValue?.contains(#""Body":"hi there""#) == true)
            let json = try await Self.post(client, "/_console/api/invoke", #"{"method":"POST","path":"/webhook","json":"{\"n\":1}"}"#).json()
            #expect(json["status"] == .int(200))
            let privateOne = try await Self.post(client, "/_console/api/invoke", #"{"path":"/internal"}"#).json()
            #expect(privateOne["status"] == .int(404))
        }
    }

    @Test(arguments: [
        ("not json", "not JSON"),
        ("[1,2]", "JSON object"),
        (#"{"method":"GET"}"#, #""path" is missing"#),
        (#"{"path":"token"}"#, #""path" must start with "/""#),
        (#"{"path":"/echo","query":{"a":"b"}}"#, #""query" must be a list"#),
        (#"{"path":"/echo","headers":[["X-A"]]}"#, #""headers"[0] must be a [name, value] pair"#),
        (#"{"path":"/echo","method":"POST","form":[["a","b"]],"json":"{}"}"#, #"Send "form" or "json", not both"#),
        (#"{"path":"/echo","json":{"a":1}}"#, #""json" must be the JSON body as text"#),
        (#"{"path":7}"#, #""path" must be a non-empty string"#),
    ])
    func invokeRejectsBadInput(body: String, expected: String) async throws {
        try await Self.app().test(.router) { client in
            let response = try await Self.post(client, "/_console/api/invoke", body)
            #expect(response.status == .badRequest)
            #expect(try response.json()["error"]?.stringValue?.contains(expected) == true, "\(response.text)")
        }
    }

    @Test("changes need the console's header and its own origin; the API answers no preflight")
    func refusesCrossSiteChanges() async throws {
        try await Self.app().test(.router) { client in
            let body = #"{"path":"/hello"}"#
            var noHeader = Self.console
            noHeader[HTTPField.Name("X-Console")!] = nil
            #expect(try await Self.post(client, "/_console/api/invoke", body, headers: noHeader).status == .forbidden)
            var otherSite = Self.console
            otherSite[.origin] = "http://evil.example"
            let refused = try await Self.post(client, "/_console/api/invoke", body, headers: otherSite)
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("evil.example"))
            var sameSite = Self.console
            sameSite[.origin] = "http://localhost"
            #expect(try await Self.post(client, "/_console/api/invoke", body, headers: sameSite).status == .ok)
            let preflight = try await client.execute(uri: "/_console/api/invoke", method: .options, headers: [.origin: "http://evil.example"])
            #expect(preflight.status == .forbidden)
            #expect(preflight.headers[.accessControlAllowOrigin] == nil)
            #expect(try await client.execute(uri: "/_console/api/overview", method: .post, headers: Self.console).status == .methodNotAllowed)
            #expect(try await client.get("/_console/api/nothing").status == .notFound)
        }
    }

    @Test func decodesPastedTokens() async throws {
        var token = AccessToken(Fake.accountSid, Fake.apiKey, Fake.apiSecret, identity: "bob")
        token.addGrant(SyncGrant(serviceSid: Fake.syncServiceSid))
        let jwt = try token.toJwt()
        let forged = try AccessToken(Fake.accountSid, Fake.apiKey, "another-secret", identity: "bob").toJwt()
        try await Self.app().test(.router) { client in
            let valid = try await Self.post(client, "/_console/api/decode-token", #"{"token":" \#(jwt) "}"#).json()
            #expect(valid["identity"] == "bob")
            #expect(valid["signature"] == "valid")
            #expect(valid["expiresAt"]?.intValue != nil)
            let invalid = try await Self.post(client, "/_console/api/decode-token", #"{"token":"\#(forged)"}"#).json()
            #expect(invalid["signature"] == "invalid")
            for bad in [#"{"token":"abc"}"#, #"{"token":"e30.e30"}"#, #"{"jwt":"x"}"#, "nope"] {
                let response = try await Self.post(client, "/_console/api/decode-token", bad)
                #expect(response.status == .badRequest)
                #expect(try response.json()["error"]?.stringValue?.isEmpty == false)
            }
        }
    }

    @Test("the console is off when asked, and by default on a non-loopback address")
    func availability() async throws {
        #expect(ConsoleAvailability.loopbackOnly.isServed(boundTo: "127.0.0.1"))
        #expect(ConsoleAvailability.loopbackOnly.isServed(boundTo: "::1"))
        #expect(!ConsoleAvailability.loopbackOnly.isServed(boundTo: "0.0.0.0"))
        #expect(ConsoleAvailability.always.isServed(boundTo: "0.0.0.0"))
        for configuration in [ServerConfiguration(console: .off), ServerConfiguration(host: "0.0.0.0")] {
            try await Self.app(configuration: configuration).test(.router) { client in
                let response = try await client.get("/_console")
                #expect(response.status == .notFound)
            }
        }
    }
}
