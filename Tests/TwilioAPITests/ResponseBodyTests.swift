import Testing
import TwilioAPI
import TwilioWire

/// A response made from a JSON value writes its body only when read; it must read exactly as the
/// same response with the body encoded up front.
@Suite("Response bodies")
struct ResponseBodyTests {
    private let value: JSONValue = [
        "sid": "ETaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "data": ["playerStreamerSid": "VJcafebabecafebabecafebabecafebabe", "note": "a \"b\"\n/ é", "n": 1.5],
        "date_expires": nil,
    ]

    @Test func aJSONBodyIsTheCompactJSONOfItsValue() {
        let response = TwilioHTTPResponse(status: 200, headers: [(name: "Content-Type", value: "application/json")], jsonBody: value)
        let expected = #"{"sid":"ETaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","#
            + #""data":{"playerStreamerSid":"VJcafebabecafebabecafebabecafebabe","note":"a \"b\"\n/ é","n":1.5},"date_expires":null}"#
        #expect(String(decoding: response.body, as: UTF8.self) == expected)
        #expect(response.body == value.jsonBytes)
        #expect(response.parsedJSON == value)
        #expect(response.header("content-type") == "application/json")
    }

    @Test func settingTheBodyReplacesTheJSONItWasWrittenFrom() {
        var response = TwilioHTTPResponse(status: 200, headers: [], jsonBody: value)
        response.body = Array("replaced".utf8)
        #expect(String(decoding: response.body, as: UTF8.self) == "replaced")
        #expect(response.parsedJSON == value)
    }

    @Test func aResourceDecodesAsFromTheEncodedBody() async throws {
        let document = try JSONParser.parse(Array(Fixtures.document.utf8))
        let lazy = try await Fixtures.client(RecordingTransport(TwilioHTTPResponse(status: 200, headers: [], jsonBody: document)))
            .sync.services(Fixtures.serviceSid).documents("unique_name").fetch()
        let eager = try await Fixtures.client(RecordingTransport(TwilioHTTPResponse(status: 200, body: document.jsonBytes)))
            .sync.services(Fixtures.serviceSid).documents("unique_name").fetch()
        #expect(lazy.sid == eager.sid)
        #expect(lazy.revision == eager.revision)
        #expect(lazy.dateExpires == eager.dateExpires)
    }

    @Test func anErrorReadsAsFromTheEncodedBody() async throws {
        let notFound = try JSONParser.parse(Array(Fixtures.notFound.utf8))
        func fetchError(_ response: TwilioHTTPResponse) async throws -> TwilioAPIError {
            try await #require(throws: TwilioAPIError.self) {
                _ = try await Fixtures.client(RecordingTransport(response)).sync.services(Fixtures.serviceSid).documents("foo").fetch()
            }
        }
        let lazy = try await fetchError(TwilioHTTPResponse(status: 404, headers: [], jsonBody: notFound))
        let eager = try await fetchError(TwilioHTTPResponse(status: 404, body: notFound.jsonBytes))
        #expect(lazy == eager)
        #expect(lazy.code == 20404)
    }
}
