import Testing
import TwilioEmulator
import TwilioWire

/// A JSON response keeps its value and writes the body only when it is read; these tests pin the
/// bytes it writes to the compact JSON the emulator used to encode up front.
struct ResponseBodyTests {
    @Test("a fetched document's body is its compact JSON, byte for byte")
    func documentBodyIsItsCompactJSON() async throws {
        let test = try await TestEmulator.make()
        let created = try await test.createDocument("streaming_info", data: #"{"playerStreamerSid":"VJ1","note":"a \"b\"\n/ é"}"#)
        let sid = try #require(created["sid"]?.stringValue)

        let response = await test.send("GET", "\(test.documentsPath)/streaming_info")
        let url = "https://sync.twilio.com/v1/Services/\(test.serviceSid)/Documents/\(sid)"
        let expected = #"{"sid":"\#(sid)","unique_name":"streaming_info","account_sid":"\#(TestValues.accountSid)","#
            + #""service_sid":"\#(test.serviceSid)","url":"\#(url)","links":{"permissions":"\#(url)/Permissions"},"#
            + #""revision":"0","data":{"playerStreamerSid":"VJ1","note":"a \"b\"\n/ é"},"date_expires":null,"#
            + #""date_created":"2015-07-30T20:00:00Z","date_updated":"2015-07-30T20:00:00Z","created_by":"system"}"#
        #expect(response.status == 200)
        #expect(response.bodyText == expected)
        #expect(response.body == Array(expected.utf8))
        let value = try #require(response.jsonValue)
        #expect(response.jsonBody == value)
        #expect(response.body == value.jsonBytes)
        #expect(response.json == value)
    }

    @Test("an error's body is its compact JSON, and a 204 has none")
    func errorAndEmptyBodies() async throws {
        let test = try await TestEmulator.make()
        let missing = await test.send("GET", "\(test.documentsPath)/nothing")
        #expect(missing.status == 404)
        #expect(missing.body == missing.jsonValue?.jsonBytes)
        #expect(missing.bodyText.hasPrefix(#"{"code":20404,"message":"The requested resource "#))

        try await test.createDocument("gone")
        let deleted = await test.send("DELETE", "\(test.documentsPath)/gone")
        #expect(deleted.status == 204)
        #expect(deleted.body.isEmpty)
        #expect(deleted.jsonBody == nil)
        #expect(deleted.json == nil)
    }

    @Test("setting the body replaces the JSON it was written from, and leaves jsonValue alone")
    func settingTheBodyReplacesIt() async throws {
        let test = try await TestEmulator.make()
        var response = await test.send("GET", "/v1/Services/\(test.serviceSid)")
        let value = try #require(response.jsonValue)
        response.body = Array("replaced".utf8)
        #expect(response.bodyText == "replaced")
        #expect(response.jsonBody == nil)
        #expect(response.jsonValue == value)
    }

    @Test("a body given as bytes is kept as given")
    func bytesAreKept() {
        let response = EmulatorResponse(status: 200, body: Array(#"{"a": 1}"#.utf8), jsonValue: ["a": 1])
        #expect(response.bodyText == #"{"a": 1}"#)
        #expect(response.jsonBody == nil)
        #expect(response.json == ["a": 1])
    }
}
