import FunctionsRuntime
import Testing
import TwilioWire

struct FunctionEventTests {
    func event(
        query: String? = nil,
        headers: [(name: String, value: String)] = [],
        body: String = ""
    ) throws -> FunctionEvent {
        try FunctionEvent(query: query?[...], headers: headers, body: Array(body.utf8))
    }

    static let form = (name: "Content-Type", value: "application/x-www-form-urlencoded")
    static let json = (name: "Content-Type", value: "application/json; charset=utf-8")

    @Test func queryAndFormAreMergedAndTheBodyWins() throws {
        let event = try event(query: "identity=query&only=q", headers: [Self.form], body: "identity=body&extra=%E6%9D%B1+x")
        #expect(event.identity == "body")
        #expect(event["only"] == "q")
        #expect(event["extra"] == "東 x")
        #expect(event.parameters.keys == ["identity", "only", "extra"])
    }

    @Test func repeatedKeysBecomeArrays() throws {
        let event = try event(query: "a=1&a=2&b=x", headers: [Self.form], body: "c=1&c=2&c=3")
        #expect(event.value("a") == ["1", "2"])
        #expect(event.values("c") == ["1", "2", "3"])
        #expect(event.values("b") == ["x"])
        #expect(event["a"] == nil)
        #expect(event.values("missing") == [])
    }

    @Test func formKeepsBracketsAndEmptyValues() throws {
        let event = try event(headers: [Self.form], body: "y[z]=3&empty=&bare")
        #expect(event["y[z]"] == "3")
        #expect(event["empty"] == "")
        #expect(event["bare"] == "")
    }

    @Test func jsonBodyKeepsNestedValues() throws {
        let event = try event(query: "n=query", headers: [Self.json], body: #"{"n": 5, "profile": {"name": "Zoë", "tags": ["a"]}, "ok": true}"#)
        #expect(event.value("profile") == ["name": "Zoë", "tags": ["a"]])
        #expect(event["n"] == "5")
        #expect(event["ok"] == "true")
        #expect(event["profile"] == nil)
    }

    @Test func topLevelJSONArrayIsSpreadIntoIndexKeys() throws {
        let event = try event(headers: [Self.json], body: #"["first", {"x": 1}]"#)
        #expect(event["0"] == "first")
        #expect(event.value("1") == ["x": 1])
    }

    @Test(arguments: ["42", "\"text\"", "null"])
    func topLevelJSONPrimitiveIsRefused(body: String) {
        #expect(throws: FunctionsError.self) { _ = try event(headers: [Self.json], body: body) }
    }

    @Test func malformedJSONNamesLineAndColumn() {
        #expect {
            _ = try event(headers: [Self.json], body: "{\n\"a\": }")
        } throws: { error in
            guard let error = error as? FunctionsError else { return false }
            return error.code == .badRequest && error.message.contains("line 2, column 6")
        }
    }

    @Test func bodiesOfOtherTypesAreIgnored() throws {
        let event = try event(headers: [("Content-Type", "text/plain")], body: "a=1")
        #expect(event.parameters.isEmpty)
        let noType = try self.event(body: "a=1")
        #expect(noType.parameters.isEmpty)
    }

    @Test(arguments: [
        ("a=%zz", "query parameter \"a\""),
        ("a=%4", "query parameter \"a\""),
        ("a=%ff", "not valid UTF-8"),
        ("%zz=1", "query parameter name"),
    ])
    func badPercentEncodingIsABadRequest(query: String, fragment: String) {
        #expect {
            _ = try event(query: query)
        } throws: { error in
            guard let error = error as? FunctionsError else { return false }
            return error.code == .badRequest && error.message.contains(fragment)
        }
    }

    @Test func badFormEncodingNamesTheFormParameter() {
        #expect {
            _ = try event(headers: [Self.form], body: "ok=1&bad=%G1")
        } throws: { error in
            (error as? FunctionsError)?.message.contains("form parameter \"bad\"") == true
        }
    }

    @Test func headersAreLowerCasedRepeatedOnesAreArraysAndRestrictedOnesDropped() throws {
        let event = try event(headers: [
            ("Host", "localhost:3000"), ("Connection", "keep-alive"), ("X-Forwarded-For", "1.2.3.4"),
            ("X-Real-IP", "1.2.3.4"), ("Via", "proxy"), ("Referer", "http://x"), ("Upgrade", "h2c"),
            ("X-Accel-Buffering", "no"), ("Proxy-Authorization", "Basic x"), ("Expect", "100-continue"),
            ("Transfer-Encoding", "chunked"), ("Trailer", "x"), ("Proxy-Connection", "x"), ("Proxy-Authenticate", "x"),
            ("User-Agent", "test"), ("X-Multi", "a"), ("x-multi", "b"), ("X-Twilio-Signature", "sig"),
            ("Cookie", "a=1"),
        ])
        #expect(event.request.headers.keys == ["user-agent", "x-multi", "x-twilio-signature", "cookie"])
        #expect(event.request.headers["x-multi"] == ["a", "b"])
        #expect(event.request.header("X-Twilio-Signature") == "sig")
        #expect(event.request.header("X-Multi") == "a")
    }

    @Test func cookiesAreParsedAndDecoded() throws {
        let event = try event(headers: [("Cookie", #"session=abc; name=two%20words; quoted="q"; bad=%zz; session=later"#)])
        #expect(event.request.cookies == ["session": "abc", "name": "two words", "quoted": "q", "bad": "%zz"])
        #expect(event.request.cookie("name") == "two words")
        #expect(try self.event().request.cookies.isEmpty)
    }

    @Test func aParameterNamedRequestDoesNotReplaceTheRequest() throws {
        let event = try event(query: "request=spoof", headers: [("X-Real", "yes")])
        #expect(event.request.header("x-real") == "yes")
        #expect(event["request"] == "spoof")
        let json = event.jsonValue
        #expect(json["request"]?["headers"]?["x-real"] == "yes")
    }

    @Test func eventAsJSONListsParametersThenRequest() throws {
        let event = try event(query: "a=1", headers: [("Cookie", "c=2")])
        #expect(event.jsonValue.jsonString == #"{"a":"1","request":{"headers":{"cookie":"c=2"},"cookies":{"c":"2"}}}"#)
    }

    @Test func tenThousandParametersAreHandled() throws {
        let query = (0..<10_000).map { "p\($0)=\($0)" }.joined(separator: "&")
        let event = try event(query: query)
        #expect(event.parameters.count == 10_000)
        #expect(event["p9999"] == "9999")
    }
}
