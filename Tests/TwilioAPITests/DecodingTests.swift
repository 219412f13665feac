import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("Decoding Twilio resources")
struct DecodingTests {
    private func object(_ text: String) throws -> JSONObject {
        try #require(JSONParser.parse(text).objectValue)
    }

    @Test func syncDocumentExampleDecodesEveryField() throws {
        let document = try SyncDocument(json: object(Fixtures.document))
        #expect(document.sid == Fixtures.documentSid)
        #expect(document.uniqueName == "unique_name")
        #expect(document.accountSid == Fixtures.accountSid)
        #expect(document.serviceSid == Fixtures.serviceSid)
        #expect(document.url == "https://sync.twilio.com/v1/Services/\(Fixtures.serviceSid)/Documents/\(Fixtures.documentSid)")
        #expect(document.revision == "revision")
        #expect(document.data == JSONObject())
        #expect(document.dateExpires == Date(timeIntervalSince1970: Fixtures.july30At21))
        #expect(document.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(document.dateUpdated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(document.createdBy == "created_by")
        #expect(document.json["links"]?["permissions"]?.stringValue?.hasSuffix("/Permissions") == true)
        #expect(document.jsonValue == JSONValue.object(try object(Fixtures.document)))
    }

    @Test func syncDocumentToleratesNullAndMissingOptionalFields() throws {
        let document = try SyncDocument(json: object(#"{"sid": "ET1", "unique_name": null, "date_expires": null, "revision": 3}"#))
        #expect(document.sid == "ET1")
        #expect(document.uniqueName == nil)
        #expect(document.dateExpires == nil)
        #expect(document.dateCreated == nil)
        #expect(document.revision == nil)
        #expect(document.data.isEmpty)
    }

    @Test func documentDataKeepsItsOrderAndTypes() throws {
        let document = try SyncDocument(json: object(Fixtures.streamingInfo))
        #expect(document.data["playerStreamerSid"]?.stringValue == Fixtures.playerStreamerSid)
        #expect(document.createdBy == "system")

        let nested = try SyncDocument(json: object(#"{"sid": "ET1", "data": {"z": 1, "a": [true, null], "m": {"k": 1.5}}}"#))
        #expect(nested.data.keys == ["z", "a", "m"])
        #expect(JSONValue.object(nested.data).jsonString == #"{"z":1,"a":[true,null],"m":{"k":1.5}}"#)
    }

    @Test func playerStreamerExampleDecodesEveryField() throws {
        let streamer = try PlayerStreamer(json: object(Fixtures.playerStreamer))
        #expect(streamer.sid == Fixtures.playerStreamerSid)
        #expect(streamer.accountSid == Fixtures.accountSid)
        #expect(streamer.status == .created)
        #expect(streamer.video == true)
        #expect(streamer.statusCallback == "http://www.example.com")
        #expect(streamer.statusCallbackMethod == "POST")
        #expect(streamer.endedReason == nil)
        #expect(streamer.url == "https://media.twilio.com/v1/PlayerStreamers/\(Fixtures.playerStreamerSid)")
        #expect(streamer.maxDuration == 300)
        #expect(streamer.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(streamer.dateUpdated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(streamer.json["links"]?["playback_grant"]?.stringValue?.hasSuffix("/PlaybackGrant") == true)
    }

    @Test func unknownPlayerStreamerStatusIsKept() throws {
        let streamer = try PlayerStreamer(json: object(#"{"sid": "VJ1", "status": "paused", "ended_reason": "ended-via-api"}"#))
        #expect(streamer.status?.rawValue == "paused")
        #expect(streamer.status != .ended)
        #expect(streamer.endedReason == "ended-via-api")
        #expect(PlayerStreamer.Status.ended.description == "ended")
    }

    @Test func playbackGrantExampleDecodesEveryField() throws {
        let resource = try PlaybackGrantResource(json: object(Fixtures.playbackGrant()))
        #expect(resource.sid == Fixtures.playerStreamerSid)
        #expect(resource.url == "https://media.twilio.com/v1/PlayerStreamers/\(Fixtures.playerStreamerSid)/PlaybackGrant")
        #expect(resource.accountSid == Fixtures.accountSid)
        #expect(resource.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(resource.grant["playbackUrl"]?.stringValue == "http://video.net/123/blabla?token=123")
        #expect(resource.grant["requestCredentials"] == .null)
    }

    @Test(arguments: [
        Fixtures.grant,
        #"{"requestCredentials":null,"playbackUrl":"http://video.net/123/blabla?token=123","playerStreamerSid":"VJcafebabecafebabecafebabecafebabe"}"#,
        #"{"zeta":{"b":2,"a":1},"alpha":["x",1.25,false],"unicode":"東京 🎉"}"#,
    ])
    func playbackGrantIsKeptVerbatim(grant: String) throws {
        let resource = try PlaybackGrantResource(json: object(Fixtures.playbackGrant(grant: grant)))
        #expect(JSONValue.object(resource.grant).jsonString == grant)
    }

    @Test func listFollowsNextPageURLsOnTheConfiguredHost() async throws {
        let firstPage = """
            {"documents": [{"sid": "ET1"}, {"sid": "ET2"}], "meta": {"key": "documents", "page": 0, "page_size": 2, \
            "next_page_url": "https://sync.twilio.com/v1/Services/\(Fixtures.serviceSid)/Documents?PageSize=2&Page=1&PageToken=PT%2Bx"}}
            """
        let lastPage = #"{"documents": [{"sid": "ET3"}], "meta": {"key": "documents", "page": 1, "page_size": 2, "next_page_url": null}}"#
        let transport = RecordingTransport(.json(200, firstPage), .json(200, lastPage))
        let client = Fixtures.client(transport, endpoints: .local())

        let documents = try await client.sync.services(Fixtures.serviceSid).documents.list(pageSize: 2)

        #expect(documents.map(\.sid) == ["ET1", "ET2", "ET3"])
        let requests = transport.requests
        #expect(requests.map(\.url) == [
            "http://127.0.0.1:3001/v1/Services/\(Fixtures.serviceSid)/Documents?PageSize=2",
            "http://127.0.0.1:3001/v1/Services/\(Fixtures.serviceSid)/Documents?PageSize=2&Page=1&PageToken=PT%2Bx",
        ])
        #expect(requests[1].query.last?.1 == "PT+x")
        #expect(requests[1].header("Authorization") == Fixtures.apiKeyAuthorization)
    }

    @Test func listStopsAtTheLimit() async throws {
        let page = """
            {"player_streamers": [\(Fixtures.playerStreamer), {"sid": "VJ2"}], \
            "meta": {"key": "player_streamers", "next_page_url": "https://media.twilio.com/v1/PlayerStreamers?Page=1"}}
            """
        let transport = RecordingTransport(.json(200, page))
        let streamers = try await Fixtures.client(transport).media.playerStreamer.list(limit: 1)
        #expect(streamers.map(\.sid) == [Fixtures.playerStreamerSid])
        #expect(transport.onlyRequest?.url == "https://media.twilio.com/v1/PlayerStreamers?PageSize=1")
    }

    @Test func listStopsWhenANextPageRepeats() async throws {
        let page = """
            {"documents": [{"sid": "ET1"}], "meta": {"next_page_url": "/v1/Services/\(Fixtures.serviceSid)/Documents?Page=1"}}
            """
        let transport = RecordingTransport(.json(200, page), .json(200, page))
        let documents = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents.list()
        #expect(documents.map(\.sid) == ["ET1", "ET1"])
        #expect(transport.requests.count == 2)
    }

    @Test(arguments: [
        ("2015-07-30T20:00:00Z", 1_438_286_400.0),
        ("1970-01-01T00:00:00Z", 0),
        ("2000-02-29T23:59:59Z", 951_868_799),
        ("2015-07-30T20:00:00.5Z", 1_438_286_400.5),
        ("2015-07-30T22:00:00+02:00", 1_438_286_400),
        ("1969-12-31T23:59:59Z", -1),
    ])
    func isoDatesParse(text: String, seconds: Double) throws {
        let document = try SyncDocument(json: ["sid": "ET1", "date_created": .string(text)])
        #expect(document.dateCreated == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: [
        "2015-07-30 20:00:00Z", "2015-07-30T20:00:00", "2015-02-30T20:00:00Z", "2015-07-30T24:00:00Z",
        "2015-13-01T00:00:00Z", "2015-07-30T20:00:00.Z", "2015-07-30T20:00:00Zjunk", "Thu, 30 Jul 2015 20:00:00 +0000", "",
    ])
    func malformedDatesReadAsNil(text: String) throws {
        let document = try SyncDocument(json: ["sid": "ET1", "date_created": .string(text)])
        #expect(document.dateCreated == nil)
    }
}
