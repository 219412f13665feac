import FunctionsRuntime
import Testing
import TwilioWire

struct FunctionResponseTests {
    @Test func settersChainAndShapeTheResult() throws {
        let response = Twilio.Response()
            .setStatusCode(201)
            .appendHeader("X-Multi", "a")
            .appendHeader("X-Multi", "b")
            .appendHeader("X-Count", 3)
            .setBody(["ok": true] as JSONValue)
        let result = try response.functionResult()
        #expect(result.status == 201)
        #expect(result.headerValues("X-Multi") == ["a", "b"])
        #expect(result.header("x-count") == "3")
        #expect(result.header("Content-Type") == "application/json; charset=utf-8")
        #expect(result.bodyText == #"{"ok":true}"#)
    }

    @Test func textBodyWithoutContentTypeIsHTML() throws {
        let result = try Twilio.Response().setBody("<b>hi</b>").functionResult()
        #expect(result.header("Content-Type") == "text/html; charset=utf-8")
        #expect(result.bodyText == "<b>hi</b>")
    }

    @Test func contentTypeWithoutCharsetGetsUTF8() throws {
        let result = try Twilio.Response()
            .appendHeader("Content-Type", "application/json")
            .setBody(["token": "abc"])
            .functionResult()
        #expect(result.headerValues("content-type") == ["application/json; charset=utf-8"])
        #expect(result.bodyText == #"{"token":"abc"}"#)
    }

    @Test(arguments: ["text/plain; CharSet=ISO-8859-1", "text/csv;charset=utf-8"])
    func contentTypeWithACharsetIsKeptAsSet(contentType: String) throws {
        let result = try Twilio.Response().appendHeader("Content-Type", contentType).setBody("a,b").functionResult()
        #expect(result.headerValues("Content-Type") == [contentType])
    }

    @Test func stringBodyWithJSONContentTypeIsSentVerbatim() throws {
        let result = try Twilio.Response()
            .appendHeader("Content-Type", "application/json")
            .setBody(#"{"a":1}"#)
            .functionResult()
        #expect(result.bodyText == #"{"a":1}"#)
    }

    @Test(arguments: [204, 304])
    func noBodyStatusesDropBodyAndContentType(status: Int) throws {
        let result = try Twilio.Response()
            .setStatusCode(status)
            .appendHeader("Content-Type", "text/plain")
            .setBody("ignored")
            .functionResult()
        #expect(result.body.isEmpty)
        #expect(result.header("Content-Type") == nil)
    }

    @Test func noBodyMeansEmptyAndNoContentType() throws {
        let result = try Twilio.Response().functionResult()
        #expect(result.status == 200)
        #expect(result.body.isEmpty)
        #expect(result.headers.isEmpty)
    }

    @Test func cookiesAreSetAndRemoved() throws {
        let result = try Twilio.Response()
            .setCookie("session", "abc", ["Max-Age=60", "HttpOnly"])
            .setCookie("theme", "dark")
            .removeCookie("session")
            .functionResult()
        #expect(result.headerValues("Set-Cookie") == ["theme=dark", "session=;Max-Age=0"])
    }

    @Test func anySpellingOfSetCookieIsOneHeader() throws {
        let result = try Twilio.Response()
            .appendHeader("set-cookie", "a=1")
            .appendHeader("SET-COOKIE", "b=2")
            .functionResult()
        #expect(result.headers.map(\.name) == ["Set-Cookie", "Set-Cookie"])
    }

    @Test func setHeadersReplacesEverythingCookiesIncluded() throws {
        let result = try Twilio.Response()
            .appendHeader("X-Old", "1")
            .setCookie("a", "1")
            .setHeaders(["X-New": "2", "Content-Type": "text/plain"])
            .setBody("x")
            .functionResult()
        #expect(result.headers.map(\.name) == ["X-New", "Content-Type"])
        #expect(result.header("content-type") == "text/plain; charset=utf-8")
    }

    @Test func laterSpellingOfTheSameHeaderWins() throws {
        let result = try Twilio.Response()
            .appendHeader("x-thing", "first")
            .appendHeader("X-Thing", "second")
            .functionResult()
        #expect(result.headerValues("x-thing") == ["second"])
    }

    @Test func plainPayloadsMapAsTheBehaviourTableSays() throws {
        #expect(try "Hello".functionResult() == FunctionResult(status: 200, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array("Hello".utf8)))
        let number = try 42.functionResult()
        #expect(number.status == 200)
        #expect(number.bodyText == "42")
        #expect(number.header("Content-Type") == "application/json; charset=utf-8")
        #expect(try true.functionResult().bodyText == "true")
        #expect(try ["a", "b"].functionResult().bodyText == #"["a","b"]"#)
        #expect(try (["k": "v"] as JSONValue).functionResult().bodyText == #"{"k":"v"}"#)
    }
}
