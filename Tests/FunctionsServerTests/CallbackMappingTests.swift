import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import TwilioWire

/// `callback(nil, payload)` → HTTP, per the behaviour table of DESIGN.md and spec §4–§5.
@Suite("Callback payloads over HTTP")
struct CallbackMappingTests {
    /// Serves `handler` at /test and returns the answer to `GET /test`.
    private func answer(_ handler: @escaping FunctionHandler) async throws -> TestResponse {
        let harness = try Harness(handler: handler)
        return try await harness.run { client in try await client.get("/test") }
    }

    // MARK: - Plain payloads

    @Test("callback(nil, nil) → 200 with an empty body")
    func nilPayload() async throws {
        let response = try await answer { _, _, callback in callback(nil, nil) }
        #expect(response.status == .ok)
        #expect(response.body.readableBytes == 0)
        #expect(response.header("Content-Type") == nil)
    }

    @Test("callback(nil) → 200 with an empty body")
    func noPayload() async throws {
        let response = try await answer { _, _, callback in callback(nil) }
        #expect(response.status == .ok)
        #expect(response.body.readableBytes == 0)
    }

    @Test("a string → 200 text/plain; charset=utf-8, body as is")
    func stringPayload() async throws {
        let response = try await answer { _, _, callback in callback(nil, "Grüße <b>not html</b>") }
        #expect(response.status == .ok)
        #expect(response.values("Content-Type") == ["text/plain; charset=utf-8"])
        #expect(response.text == "Grüße <b>not html</b>")
    }

    struct JSONCase: Sendable, CustomTestStringConvertible {
        let name: String
        let payload: any FunctionPayload
        let body: String
        var testDescription: String { name }
    }

    static let jsonCases: [JSONCase] = [
        JSONCase(name: "object", payload: ["a": 1, "b": ["c": "d"]] as JSONValue, body: #"{"a":1,"b":{"c":"d"}}"#),
        JSONCase(name: "array", payload: [1, "two", nil, false] as JSONValue, body: #"[1,"two",null,false]"#),
        JSONCase(name: "Int 42 (JSON, not a status code)", payload: 42 as Int, body: "42"),
        JSONCase(name: "Int 404 (JSON, not a status code)", payload: 404 as Int, body: "404"),
        JSONCase(name: "Double", payload: 1.5 as Double, body: "1.5"),
        JSONCase(name: "true", payload: true as Bool, body: "true"),
        JSONCase(name: "false", payload: false as Bool, body: "false"),
        JSONCase(name: "[String: String]", payload: ["token": "abc"] as [String: String], body: #"{"token":"abc"}"#),
        JSONCase(name: "[Int]", payload: [3, 1, 2] as [Int], body: "[3,1,2]"),
        JSONCase(name: "JSONObject keeps key order", payload: JSONObject([("z", 1), ("a", 2)]), body: #"{"z":1,"a":2}"#),
    ]

    @Test("JSON payloads → 200 application/json; charset=utf-8", arguments: jsonCases)
    func jsonPayload(_ testCase: JSONCase) async throws {
        let payload = testCase.payload
        let response = try await answer { _, _, callback in callback(nil, payload) }
        #expect(response.status == .ok)
        #expect(response.values("Content-Type") == ["application/json; charset=utf-8"])
        #expect(response.text == testCase.body)
    }

    @Test("callback(nil, 42) is a 200 whose body is 42")
    func literalNumber() async throws {
        let response = try await answer { _, _, callback in callback(nil, 42) }
        #expect(response.status == .ok)
        #expect(response.text == "42")
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
    }

    @Test("a handler registered with `returning:` answers like callback(nil, value)")
    func returningHandler() async throws {
        var registry = FunctionRegistry()
        registry.register("time", returning: { _, event in ["who": .string(event.name ?? "nobody")] as JSONValue })
        let harness = try Harness(routes: [.init(path: "/time", handler: "time")], handlers: registry)
        let response = try await harness.run { client in try await client.get("/time?name=ada") }
        #expect(response.status == .ok)
        #expect(response.text == #"{"who":"ada"}"#)
    }

    // MARK: - Twilio.Response

    @Test("setStatusCode and a text body without Content-Type → that status, text/html; charset=utf-8")
    func responseStatusAndHTML() async throws {
        let response = try await answer { _, _, callback in
            callback(nil, Twilio.Response().setStatusCode(201).setBody("<p>made</p>"))
        }
        #expect(response.status.code == 201)
        #expect(response.values("Content-Type") == ["text/html; charset=utf-8"])
        #expect(response.text == "<p>made</p>")
    }

    @Test("an object body → JSON with application/json; charset=utf-8")
    func responseObjectBody() async throws {
        let response = try await answer { _, _, callback in
            callback(nil, Twilio.Response().setBody(["ok": true, "n": 2] as JSONValue))
        }
        #expect(response.status == .ok)
        #expect(response.values("Content-Type") == ["application/json; charset=utf-8"])
        #expect(response.text == #"{"ok":true,"n":2}"#)
    }

    @Test("Content-Type application/json set by the handler → application/json; charset=utf-8, body verbatim")
    func responseJSONContentTypeGetsCharset() async throws {
        let response = try await answer { _, _, callback in
            let response = Twilio.Response()
            response.appendHeader("Content-Type", "application/json")
            response.setBody(#"{"a":1}"#)
            callback(nil, response)
        }
        #expect(response.values("Content-Type") == ["application/json; charset=utf-8"])
        #expect(response.text == #"{"a":1}"#, "a string body is not encoded again")
    }

    @Test("a Content-Type that already names a charset is kept as set")
    func responseContentTypeWithCharset() async throws {
        let response = try await answer { _, _, callback in
            callback(nil, Twilio.Response().appendHeader("Content-Type", "text/csv; charset=iso-8859-1").setBody("a,b"))
        }
        #expect(response.values("Content-Type") == ["text/csv; charset=iso-8859-1"])
    }

    @Test("appendHeader twice under one name → two header lines, in order")
    func responseMultiValuedHeader() async throws {
        let response = try await answer { _, _, callback in
            callback(nil, Twilio.Response().appendHeader("X-Multi", "a").appendHeader("X-Multi", "b").appendHeader("X-Single", "c"))
        }
        #expect(response.values("X-Multi") == ["a", "b"])
        #expect(response.values("X-Single") == ["c"])
    }

    @Test("appendHeader with an array and with a number")
    func responseHeaderArrayAndNumber() async throws {
        let response = try await answer { _, _, callback in
            callback(nil, Twilio.Response().appendHeader("X-List", ["1", "2"]).appendHeader("X-Count", 7))
        }
        #expect(response.values("X-List") == ["1", "2"])
        #expect(response.values("X-Count") == ["7"])
    }

    @Test("setCookie and removeCookie chain into Set-Cookie lines")
    func responseCookies() async throws {
        let response = try await answer { _, _, callback in
            callback(
                nil,
                Twilio.Response()
                    .setCookie("session", "abc", ["Path=/", "HttpOnly"])
                    .setCookie("theme", "dark")
                    .setCookie("gone", "1")
                    .removeCookie("gone")
                    .setBody("ok")
            )
        }
        #expect(response.status == .ok)
        #expect(response.values("Set-Cookie") == ["session=abc;Path=/;HttpOnly", "theme=dark", "gone=;Max-Age=0"])
        #expect(response.text == "ok")
    }

    @Test("setHeaders replaces every header, cookies included")
    func responseSetHeadersReplacesAll() async throws {
        let response = try await answer { _, _, callback in
            callback(
                nil,
                Twilio.Response()
                    .appendHeader("X-Old", "1")
                    .setCookie("session", "abc")
                    .setHeaders(["X-New": "2", "Content-Type": "text/plain"])
                    .setBody("hi")
            )
        }
        #expect(response.header("X-Old") == nil)
        #expect(response.values("Set-Cookie") == [])
        #expect(response.values("X-New") == ["2"])
        #expect(response.values("Content-Type") == ["text/plain; charset=utf-8"])
    }

    @Test("two spellings of one header: the later one wins")
    func responseHeaderSpellings() async throws {
        let response = try await answer { _, _, callback in
            callback(nil, Twilio.Response().appendHeader("x-case", "first").appendHeader("X-Case", "second"))
        }
        #expect(response.values("X-Case") == ["second"])
    }

    @Test("status 204 → no body and no Content-Type", arguments: [204, 304])
    func responseNoContent(status: Int) async throws {
        let response = try await answer { _, _, callback in
            callback(nil, Twilio.Response().setStatusCode(status).appendHeader("Content-Type", "application/json").appendHeader("X-Kept", "yes").setBody(["dropped": true] as JSONValue))
        }
        #expect(response.status.code == status)
        #expect(response.body.readableBytes == 0)
        #expect(response.header("Content-Type") == nil)
        #expect(response.header("X-Kept") == "yes")
    }

    @Test("a Response with no body → its status, empty body, no Content-Type")
    func responseWithoutBody() async throws {
        let response = try await answer { _, _, callback in
            callback(nil, Twilio.Response().setStatusCode(202).appendHeader("Location", "/jobs/1"))
        }
        #expect(response.status.code == 202)
        #expect(response.body.readableBytes == 0)
        #expect(response.header("Content-Type") == nil)
        #expect(response.header("Location") == "/jobs/1")
    }

    @Test("a binary body defaults to application/octet-stream")
    func responseBytes() async throws {
        let response = try await answer { _, _, callback in
            callback(nil, Twilio.Response().setBody(bytes: [0, 1, 0xFF]))
        }
        #expect(response.values("Content-Type") == ["application/octet-stream"])
        #expect(Array(response.body.readableBytesView) == [0, 1, 0xFF])
    }

    @Test("a Response set from another task before the callback is sent as set")
    func responseIsAReference() async throws {
        let response = try await answer { _, _, callback in
            let response = Twilio.Response()
            await Task.detached { _ = response.setStatusCode(418).setBody("teapot") }.value
            callback(nil, response)
        }
        #expect(response.status.code == 418)
        #expect(response.text == "teapot")
    }
}
