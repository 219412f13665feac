import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import TwilioWire

/// The event a handler receives for a real HTTP request (spec §3), seen through the shipped `/echo`.
@Suite("The event over HTTP (/echo)")
struct EventOverHTTPTests {
    /// Sends one request to `/echo` and returns the echoed event.
    private func echo(
        _ method: HTTPRequest.Method = .get,
        query: String = "",
        headers: [(String, String)] = [],
        contentType: String? = nil,
        body: String? = nil
    ) async throws -> JSONValue {
        var fields = HTTPFields.lines(headers)
        if let contentType { fields[.contentType] = contentType }
        let requestFields = fields
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run { client in
            try await client.send(method, "/echo" + (query.isEmpty ? "" : "?" + query), headers: requestFields, body: body)
        }
        try #require(response.status == .ok, "\(response.status): \(response.text)")
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        return try response.json()
    }

    // MARK: - Parameters

    @Test("query and form are merged; the body wins for the same key")
    func queryAndFormMerged() async throws {
        let event = try await echo(
            .post, query: "k=query&onlyQuery=q", contentType: "application/x-www-form-urlencoded", body: "k=body&onlyBody=b"
        )
        #expect(event["k"] == "body")
        #expect(event["onlyQuery"] == "q")
        #expect(event["onlyBody"] == "b")
    }

    @Test("query and JSON body are merged; the body wins for the same key")
    func queryAndJSONMerged() async throws {
        let event = try await echo(.post, query: "k=query&q=1", contentType: "application/json; charset=utf-8", body: #"{"k": 2}"#)
        #expect(event["k"] == 2)
        #expect(event["q"] == "1")
    }

    @Test("repeated keys become arrays, in order")
    func repeatedKeys() async throws {
        let fromQuery = try await echo(query: "a=1&a=2&a=3&b=x")
        #expect(fromQuery["a"] == ["1", "2", "3"])
        #expect(fromQuery["b"] == "x")

        let fromForm = try await echo(.post, contentType: "application/x-www-form-urlencoded", body: "t=x&t=y")
        #expect(fromForm["t"] == ["x", "y"])
    }

    @Test("a repeated body key replaces the query's value entirely")
    func repeatedBodyKeyReplacesQuery() async throws {
        let event = try await echo(.post, query: "a=q", contentType: "application/x-www-form-urlencoded", body: "a=1&a=2")
        #expect(event["a"] == ["1", "2"])
    }

    @Test("form decoding: + is a space, %XX is decoded, empty values are \"\", brackets are not parsed")
    func formDecoding() async throws {
        let event = try await echo(
            .post,
            contentType: "application/x-www-form-urlencoded",
            body: "Body=hello+world&emoji=%F0%9F%91%8B&empty=&y%5Bz%5D=3&flag"
        )
        #expect(event["Body"] == "hello world")
        #expect(event["emoji"] == "👋")
        #expect(event["empty"] == "")
        #expect(event["y[z]"] == "3")
        #expect(event["flag"] == "")
    }

    @Test("a JSON body keeps nested values, numbers, Booleans and null")
    func jsonBodyNested() async throws {
        let event = try await echo(
            .post,
            contentType: "application/json",
            body: #"{"profile": {"name": "Ada", "tags": [1, 2.5, true, null]}, "count": 3, "ok": false, "none": null}"#
        )
        #expect(event["profile"] == ["name": "Ada", "tags": [1, 2.5, true, nil]])
        #expect(event["count"] == 3)
        #expect(event["ok"] == false)
        #expect(event["none"] == .null)
    }

    @Test("a top-level JSON array is spread into keys \"0\", \"1\", ...")
    func topLevelArray() async throws {
        let event = try await echo(.post, contentType: "application/json", body: #"[10, "twenty", {"x": 1}]"#)
        #expect(event["0"] == 10)
        #expect(event["1"] == "twenty")
        #expect(event["2"] == ["x": 1])
    }

    @Test("bodies of other media types are ignored", arguments: ["text/plain", "application/vnd.api+json", "application/xml"])
    func otherMediaTypesIgnored(contentType: String) async throws {
        let event = try await echo(.post, query: "q=1", contentType: contentType, body: #"{"a": 1}"#)
        #expect(event["a"] == nil)
        #expect(event["q"] == "1")
    }

    @Test("GET /echo with a text/plain body: the body is ignored")
    func getWithPlainTextBody() async throws {
        let event = try await echo(.get, query: "q=1", contentType: "text/plain", body: "a=1&b=2")
        #expect(event["a"] == nil)
        #expect(event["b"] == nil)
        #expect(event["q"] == "1")
    }

    @Test("GET /echo with a form body: the body is parsed, as Twilio's local runtime does")
    func getWithFormBody() async throws {
        let event = try await echo(.get, contentType: "application/x-www-form-urlencoded", body: "a=1")
        #expect(event["a"] == "1")
    }

    @Test("a media type is matched without case and parameters")
    func mediaTypeCase() async throws {
        let event = try await echo(.post, contentType: "Application/JSON ; charset=UTF-8", body: #"{"a": 1}"#)
        #expect(event["a"] == 1)
    }

    // MARK: - `request` cannot be spoofed

    @Test("a parameter named request never replaces event.request", arguments: [
        ("request=spoof", nil as String?, nil as String?),
        ("", "application/x-www-form-urlencoded", "request=spoof"),
        ("", "application/json", #"{"request": {"headers": {"x-twilio-signature": "forged"}}}"#),
    ])
    func requestCannotBeSpoofed(query: String, contentType: String?, body: String?) async throws {
        let event = try await echo(
            body == nil ? .get : .post,
            query: query,
            headers: [("X-Real-Header", "real")],
            contentType: contentType,
            body: body
        )
        let request = try #require(event["request"]?.objectValue)
        #expect(request.keys == ["headers", "cookies"])
        #expect(request["headers"]?["x-real-header"] == "real")
        #expect(request["headers"]?["x-twilio-signature"] == nil)
        #expect(event.objectValue?.keys.last == "request")
        #expect(event.objectValue?.keys.filter { $0 == "request" }.count == 1)
    }

    // MARK: - Headers

    @Test("header names are lower-cased; a repeated header becomes an array in arrival order")
    func headers() async throws {
        let event = try await echo(headers: [
            ("X-Custom-Header", "Value Kept"),
            ("X-Multi", "one"),
            ("x-multi", "two"),
            ("X-MULTI", "three"),
            ("User-Agent", "TwilioProxy/1.1"),
        ])
        let headers = try #require(event["request"]?["headers"]?.objectValue)
        #expect(headers["x-custom-header"] == "Value Kept")
        #expect(headers["X-Custom-Header"] == nil)
        #expect(headers["x-multi"] == ["one", "two", "three"])
        #expect(headers["user-agent"] == "TwilioProxy/1.1")
        #expect(headers.keys.allSatisfy { $0 == $0.lowercased() })
    }

    static let restrictedHeaders = [
        "Host", "Connection", "Proxy-Connection", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host",
        "X-Real-IP", "Via", "Referer", "Upgrade", "Expect", "Trailer", "Proxy-Authorization", "Proxy-Authenticate",
        "X-Accel-Buffering",
    ]

    @Test("restricted headers are dropped", arguments: restrictedHeaders)
    func restrictedHeaderDropped(name: String) async throws {
        let event = try await echo(headers: [(name, "restricted-value"), ("X-Kept", "kept")])
        let headers = try #require(event["request"]?["headers"]?.objectValue)
        #expect(headers[name.lowercased()] == nil)
        #expect(!headers.entries.contains { $0.value == "restricted-value" })
        #expect(headers["x-kept"] == "kept")
    }

    @Test("X-Twilio-Signature, Cookie and Authorization are passed through")
    func passedThroughHeaders() async throws {
        let event = try await echo(headers: [
            ("X-Twilio-Signature", "c2lnbmF0dXJl"),
            ("Cookie", "a=1"),
            ("Authorization", "Basic dXNlcjpwYXNz"),
        ])
        let headers = try #require(event["request"]?["headers"]?.objectValue)
        #expect(headers["x-twilio-signature"] == "c2lnbmF0dXJl")
        #expect(headers["cookie"] == "a=1")
        #expect(headers["authorization"] == "Basic dXNlcjpwYXNz")
    }

    // MARK: - Cookies

    @Test("cookies are parsed and percent-decoded")
    func cookies() async throws {
        let event = try await echo(headers: [
            ("Cookie", #"session=abc123; name=two%20words; quoted="q v"; plus=a+b; bad=%zz"#),
        ])
        let cookies = try #require(event["request"]?["cookies"]?.objectValue)
        #expect(cookies["session"] == "abc123")
        #expect(cookies["name"] == "two words")
        #expect(cookies["quoted"] == "q v")
        #expect(cookies["plus"] == "a+b", "+ is not a space in a cookie")
        #expect(cookies["bad"] == "%zz", "a value that does not decode is kept as sent")
    }

    @Test("several Cookie headers are combined; the first value of a name wins")
    func severalCookieHeaders() async throws {
        let event = try await echo(headers: [("Cookie", "a=1; b=2"), ("Cookie", "a=3; c=4")])
        let cookies = try #require(event["request"]?["cookies"]?.objectValue)
        #expect(cookies["a"] == "1")
        #expect(cookies["b"] == "2")
        #expect(cookies["c"] == "4")
    }

    @Test("without a Cookie header, cookies is {}")
    func noCookies() async throws {
        let event = try await echo()
        #expect(event["request"]?["cookies"] == .object([:]))
    }

    // MARK: - The handler's view

    @Test("event accessors agree with the echoed event")
    func eventAccessors() async throws {
        let seen = Box<FunctionEvent>()
        let harness = try Harness(handler: { _, event, callback in
            seen.set(event)
            callback(nil)
        })
        _ = try await harness.run { client in
            try await client.postForm("/test?tag=a&Identity=q", "tag=b&tag=c", headers: .lines([("X-Token", "t")]))
        }
        let event = try #require(seen.value)
        #expect(event.values("tag") == ["b", "c"])
        #expect(event.Identity == "q")
        #expect(event.request.header("X-TOKEN") == "t")
        #expect(event.request.header("content-type") == "application/x-www-form-urlencoded")
    }
}
