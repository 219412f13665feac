import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("Sync Message Streams")
struct SyncStreamTests {
    private let streamsURL = "\(Fixtures.serviceURL)/Streams"

    private func object(_ text: String) throws -> JSONObject {
        try #require(JSONParser.parse(text).objectValue)
    }

    private func streams(_ transport: RecordingTransport) -> SyncStreamList {
        Fixtures.client(transport).sync.services(Fixtures.serviceSid).syncStreams
    }

    @Test func createSendsUniqueNameAndTtl() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.syncStream), .json(201, Fixtures.syncStream))
        let stream = try await streams(transport).create(uniqueName: "chat room", ttl: 3600)
        _ = try await streams(transport).create()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["POST", "POST"])
        #expect(requests.map(\.url) == [streamsURL, streamsURL])
        #expect(requests[0].bodyText == "UniqueName=chat%20room&Ttl=3600")
        #expect(requests[1].body.isEmpty)
        #expect(stream.sid == Fixtures.streamSid)
    }

    @Test func contextFetchesUpdatesAndRemoves() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.syncStream), .json(200, Fixtures.syncStream), TwilioHTTPResponse(status: 204))
        let chat = streams(transport)("chat")
        _ = try await chat.fetch()
        try await chat.update(ttl: 600)
        try await chat.remove()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["GET", "POST", "DELETE"])
        #expect(requests.map(\.url) == Array(repeating: "\(streamsURL)/chat", count: 3))
        #expect(requests[1].bodyText == "Ttl=600")
    }

    @Test func listReadsTheStreamsKey() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page("streams", [Fixtures.syncStream])))
        let found = try await streams(transport).list()
        #expect(found.map(\.sid) == [Fixtures.streamSid])
        #expect(transport.onlyRequest?.url == streamsURL)
    }

    @Test func publishingAMessagePostsItsDataAsJSONText() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.streamMessage))
        let message = try await streams(transport)("chat room").streamMessages.create(data: ["text": "hi & bye", "n": [1, 2]])

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == "\(streamsURL)/chat%20room/Messages")
        #expect(request.form.map(\.0) == ["Data"])
        #expect(request.form[0].1 == #"{"text":"hi & bye","n":[1,2]}"#)
        #expect(request.bodyText == "Data=%7B%22text%22%3A%22hi%20%26%20bye%22%2C%22n%22%3A%5B1%2C2%5D%7D")
        #expect(message.sid == Fixtures.messageSid)
    }

    @Test func streamExampleDecodesEveryField() throws {
        let stream = try SyncStream(json: object(Fixtures.syncStream))
        #expect(stream.sid == Fixtures.streamSid)
        #expect(stream.uniqueName == "unique_name")
        #expect(stream.accountSid == Fixtures.accountSid)
        #expect(stream.serviceSid == Fixtures.serviceSid)
        #expect(stream.url == "\(streamsURL)/\(Fixtures.streamSid)")
        #expect(stream.links == ["messages": "\(streamsURL)/\(Fixtures.streamSid)/Messages"])
        #expect(stream.dateExpires == Date(timeIntervalSince1970: Fixtures.july30At21))
        #expect(stream.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(stream.dateUpdated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(stream.createdBy == "created_by")
    }

    @Test func messageExampleDecodes() throws {
        let empty = try StreamMessage(json: object(Fixtures.streamMessage))
        #expect(empty.sid == Fixtures.messageSid)
        #expect(empty.data.isEmpty)

        let message = try StreamMessage(json: object(#"{"sid": "TZ1", "data": {"text": "hi", "at": 3}}"#))
        #expect(message.data.keys == ["text", "at"])
        #expect(message.data["text"]?.stringValue == "hi")
    }

    @Test func aMessageWithoutASidIsMalformed() async throws {
        let transport = RecordingTransport(.json(201, #"{"data": {}}"#))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await streams(transport)("chat").streamMessages.create(data: [:])
        }
        #expect(error.kind == .malformedResponse)
        #expect(error.status == 201)
        #expect(error.method == "POST")
        #expect(error.message.contains(#"the Stream Message has no "sid" string (it is missing)"#))
    }
}
