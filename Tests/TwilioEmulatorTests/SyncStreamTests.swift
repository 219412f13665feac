import Testing
import TwilioEmulator
import TwilioWire

struct SyncStreamTests {
    @Test func streamsHaveTheirFieldsAndAMessagesLink() async throws {
        let test = try await TestEmulator.make()
        let stream = try await test.createObject("Streams", [("UniqueName", "news"), ("Ttl", "100")])
        let object = try #require(stream.objectValue)
        #expect(
            object.keys == [
                "sid", "unique_name", "account_sid", "service_sid", "url", "links", "date_expires", "date_created",
                "date_updated", "created_by",
            ]
        )
        let sid = try #require(stream["sid"]?.stringValue)
        #expect(sid.hasPrefix("TO"))
        #expect(stream["links"]?["messages"] == .string("https://sync.twilio.com/v1/Services/\(test.serviceSid)/Streams/\(sid)/Messages"))
        #expect(stream["date_expires"] == "2015-07-30T20:01:40Z")
        let updated = await test.send("POST", test.path("Streams/news"), [("Ttl", "0")])
        #expect(updated.json?["date_expires"] == .null)
        let list = await test.send("GET", test.path("Streams"))
        #expect(list.json?["streams"]?.arrayValue?.count == 1)
        #expect(list.json?["meta"]?["key"] == "streams")
    }

    @Test func aPublishedMessageReachesListenersAndIsNotStored() async throws {
        let test = try await TestEmulator.make()
        let stream = try await test.createObject("Streams", [("UniqueName", "news")])
        let messages = test.emulator.streamMessages()
        let response = await test.send("POST", test.path("Streams/news/Messages"), [("Data", #"{"headline":"hi"}"#)])
        #expect(response.status == 201)
        let body = try #require(response.json?.objectValue)
        #expect(body.keys == ["sid", "data"])
        let sid = try #require(body["sid"]?.stringValue)
        #expect(sid.hasPrefix("TZ") && sid.count == 34)
        #expect(body["data"] == ["headline": "hi"])

        var iterator = messages.makeAsyncIterator()
        let received = try #require(await iterator.next())
        #expect(received.sid == sid)
        #expect(received.streamSid == stream["sid"]?.stringValue)
        #expect(received.streamUniqueName == "news")
        #expect(received.data == ["headline": "hi"])
        #expect(try test.emulator.store.snapshot(clock: test.clock.clock).summary == "1 service, 0 documents, 1 stream, 0 PlayerStreamers")
    }

    @Test(arguments: [
        ([], 54251, "Data"),
        ([("Data", "[]")], 54251, "Data"),
        ([("Data", #"{"s":"\#(String(repeating: "x", count: 4_090))"}"#)], 54006, "4096"),
    ])
    func badMessagesAre400(parameters: [(String, String)], code: Int, text: String) async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Streams", [("UniqueName", "news")])
        let message = try expectTwilioError(await test.send("POST", test.path("Streams/news/Messages"), parameters), status: 400, code: code)
        #expect(message.contains(text))
    }

    @Test func aMessageToAStreamThatIsGoneIs404() async throws {
        let test = try await TestEmulator.make()
        try await test.createObject("Streams", [("UniqueName", "news"), ("Ttl", "1")])
        test.clock.advance(by: 2)
        try expectTwilioError(await test.send("POST", test.path("Streams/news/Messages"), [("Data", "{}")]), status: 404, code: 20404)
    }
}
