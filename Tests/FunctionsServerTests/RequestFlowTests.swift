import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import TwilioWire

/// Route → visibility → method → body: what the runtime answers before (or instead of) a handler.
@Suite("Request flow")
struct RequestFlowTests {
    /// A project with a counting handler at each visibility, plus the shipped routes.
    private static func countingHarness(
        calls: Counter,
        configuration: ServerConfiguration = ServerConfiguration()
    ) throws -> Harness {
        var registry = FunctionRegistry()
        registry.register("counted") { _, _, callback in
            calls.increment()
            callback(nil, "ran")
        }
        return try Harness(
            routes: Harness.shippedRoutes + [
                .init(path: "/counted", handler: "counted"),
                .init(path: "/secret", handler: "counted", visibility: .private),
                .init(path: "/webhook", handler: "counted", visibility: .protected),
            ],
            handlers: registry,
            configuration: configuration
        )
    }

    // MARK: - Routes and visibility

    @Test("an unknown path is a 404 naming the path", arguments: ["/nope", "/", "/hello/", "/HELLO", "/hello/extra"])
    func unknownPath(path: String) async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run { client in try await client.get(path) }
        #expect(response.status == .notFound)
        #expect(response.text.contains(path))
        let lines = harness.recorder.requestLines
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("404 GET \(path) ") == true, "\(lines)")
    }

    @Test("the query does not take part in route lookup")
    func queryIgnoredForRouting() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run { client in try await client.get("/hello?x=1") }
        #expect(response.status == .ok)
        #expect(response.text == "Hello World")
    }

    @Test("a private Function is a 404 over HTTP and its handler does not run", arguments: [HTTPRequest.Method.get, .post, .options])
    func privateRoute(method: HTTPRequest.Method) async throws {
        let calls = Counter()
        let harness = try Self.countingHarness(calls: calls)
        let response = try await harness.run { client in try await client.send(method, "/secret") }
        #expect(response.status == .notFound)
        #expect(calls.value == 0)
    }

    @Test("a protected Function without X-Twilio-Signature is refused with 401")
    func protectedRouteWithoutSignature() async throws {
        let calls = Counter()
        let harness = try Self.countingHarness(calls: calls)
        let response = try await harness.run { client in try await client.postForm("/webhook", "Body=hi") }
        #expect(response.status == .unauthorized)
        #expect(response.text.contains("X-Twilio-Signature"))
        #expect(calls.value == 0)
        #expect(harness.recorder.requestLines.first?.hasPrefix("401 POST /webhook") == true)
    }

    // MARK: - OPTIONS preflight

    /// Spec §6: the preflight answer of Twilio's local runtime, exactly.
    static let preflightHeaders: [String: String] = [
        "access-control-allow-origin": "*",
        "access-control-allow-headers":
            "Accept, Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, User-Agent",
        "access-control-allow-methods": "GET, POST, OPTIONS",
        "access-control-expose-headers": "ETag",
        "access-control-max-age": "86400",
        "access-control-allow-credentials": "true",
        "content-type": "text/plain; charset=UTF-8",
        "content-length": "0",
    ]

    @Test("OPTIONS on a known path → 204 with exactly the preflight headers; the handler does not run",
          arguments: ["/counted", "/token", "/webhook"])
    func preflight(path: String) async throws {
        let calls = Counter()
        let harness = try Self.countingHarness(calls: calls)
        let response = try await harness.run { client in
            try await client.send(
                .options,
                path,
                headers: .lines([("Origin", "http://example.com"), ("Access-Control-Request-Method", "POST")])
            )
        }
        #expect(response.status == .noContent)
        #expect(response.body.readableBytes == 0)
        var seen: [String: String] = [:]
        for field in response.headers {
            #expect(seen[field.name.canonicalName] == nil, "\(field.name) is sent twice")
            seen[field.name.canonicalName] = field.value
        }
        #expect(seen == Self.preflightHeaders)
        #expect(calls.value == 0)
    }

    @Test("OPTIONS on an unknown path → 404")
    func preflightUnknownPath() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run { client in try await client.send(.options, "/nope") }
        #expect(response.status == .notFound)
        #expect(response.header("Access-Control-Allow-Origin") == nil)
    }

    @Test("ordinary answers carry no CORS headers the handler did not set")
    func noCORSOnNormalAnswers() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run { client in try await client.get("/hello") }
        #expect(response.header("Access-Control-Allow-Origin") == nil)
        #expect(response.header("Access-Control-Allow-Methods") == nil)
    }

    // MARK: - Methods

    @Test("methods other than GET, POST and OPTIONS → 405 with Allow",
          arguments: [HTTPRequest.Method.put, .delete, .patch, .head])
    func methodNotAllowed(method: HTTPRequest.Method) async throws {
        let calls = Counter()
        let harness = try Self.countingHarness(calls: calls)
        let response = try await harness.run { client in try await client.send(method, "/counted", body: "x=1") }
        #expect(response.status == .methodNotAllowed)
        #expect(response.values("Allow") == ["GET, POST, OPTIONS"])
        #expect(calls.value == 0)
        #expect(harness.recorder.requestLines.first?.hasPrefix("405 \(method.rawValue) /counted") == true)
    }

    @Test("an unknown path is a 404 whatever the method")
    func unknownPathBeatsMethod() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run { client in try await client.send(.delete, "/nope") }
        #expect(response.status == .notFound)
    }

    @Test("GET and POST both run the handler", arguments: [HTTPRequest.Method.get, .post])
    func getAndPost(method: HTTPRequest.Method) async throws {
        let calls = Counter()
        let harness = try Self.countingHarness(calls: calls)
        let response = try await harness.run { client in try await client.send(method, "/counted") }
        #expect(response.status == .ok)
        #expect(response.text == "ran")
        #expect(calls.value == 1)
    }

    // MARK: - Bodies

    @Test("a malformed JSON body → 400 naming the line and column; the handler does not run")
    func malformedJSON() async throws {
        let calls = Counter()
        let harness = try Self.countingHarness(calls: calls)
        let response = try await harness.run { client in
            try await client.postJSON("/counted", "{\n  \"a\": 1,\n  \"b\": ]\n}")
        }
        #expect(response.status == .badRequest)
        #expect(response.text.contains("line 3"), "\(response.text)")
        #expect(response.text.contains("column 8"), "\(response.text)")
        #expect(response.header("Content-Type") == "text/plain; charset=utf-8")
        #expect(calls.value == 0)
        #expect(harness.recorder.requestLines.first?.hasPrefix("400 POST /counted") == true)
    }

    @Test("a JSON primitive at the top level → 400", arguments: ["42", "\"text\"", "true", "null"])
    func jsonPrimitive(body: String) async throws {
        let calls = Counter()
        let harness = try Self.countingHarness(calls: calls)
        let response = try await harness.run { client in try await client.postJSON("/counted", body) }
        #expect(response.status == .badRequest)
        #expect(calls.value == 0)
    }

    @Test("a body over the limit → 413; the handler does not run")
    func bodyTooLarge() async throws {
        let calls = Counter()
        let harness = try Self.countingHarness(calls: calls, configuration: ServerConfiguration(maxBodySize: 1024))
        let (tooLarge, atLimit) = try await harness.run { client in
            let tooLarge = try await client.postForm("/counted", "a=" + String(repeating: "x", count: 2048))
            let atLimit = try await client.postForm("/counted", "a=" + String(repeating: "x", count: 1022))
            return (tooLarge, atLimit)
        }
        #expect(tooLarge.status == .contentTooLarge)
        #expect(tooLarge.text.contains("1024"))
        #expect(atLimit.status == .ok, "exactly the limit is accepted")
        #expect(calls.value == 1)
    }

    @Test("invalid percent-encoding → 400 naming the parameter", arguments: [
        ("/counted?a=%zz", nil as String?, "\"a\""),
        ("/counted?ok=1&bad=%4", nil, "\"bad\""),
        ("/counted", "field=%zz", "\"field\""),
        ("/counted", "x=1&other=50%", "\"other\""),
    ])
    func invalidPercentEncoding(uri: String, form: String?, named: String) async throws {
        let calls = Counter()
        let harness = try Self.countingHarness(calls: calls)
        let response = try await harness.run { client in
            if let form { return try await client.postForm(uri, form) }
            return try await client.get(uri)
        }
        #expect(response.status == .badRequest)
        #expect(response.text.contains(named), "\(response.text)")
        #expect(response.text.contains("%"), "\(response.text)")
        #expect(calls.value == 0)
    }

    @Test("invalid UTF-8 once decoded → 400", arguments: [
        ("/counted?name=%ff", nil as String?),
        ("/counted?name=%c3%28", nil),
        ("/counted", "name=%ff"),
    ])
    func invalidUTF8(uri: String, form: String?) async throws {
        let calls = Counter()
        let harness = try Self.countingHarness(calls: calls)
        let response = try await harness.run { client in
            if let form { return try await client.postForm(uri, form) }
            return try await client.get(uri)
        }
        #expect(response.status == .badRequest)
        #expect(response.text.contains("UTF-8"))
        #expect(response.text.contains("\"name\""))
        #expect(calls.value == 0)
    }

    @Test("a bad request does not stop the server")
    func serverKeepsAnswering() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let statuses = try await harness.run { client in
            [
                try await client.postJSON("/echo", "{").status,
                try await client.get("/echo?a=%zz").status,
                try await client.get("/hello").status,
            ]
        }
        #expect(statuses == [.badRequest, .badRequest, .ok])
    }
}
