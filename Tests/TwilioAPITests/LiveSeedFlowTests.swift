import Testing
import TwilioAPI
import TwilioWire

/// The Live seed Function's calls, ported line by line, against an in-memory transport.
@Suite("Live seed call chain")
struct LiveSeedFlowTests {
    /// Answers the two paths the seed uses, as the emulator will.
    private static func emulator() -> RecordingTransport {
        RecordingTransport { request in
            switch (request.method, request.path) {
            case ("GET", "/v1/Services/\(Fixtures.serviceSid)/Documents/streaming_info"):
                return .json(200, Fixtures.streamingInfo)
            case ("POST", "/v1/PlayerStreamers/\(Fixtures.playerStreamerSid)/PlaybackGrant"):
                return .json(201, Fixtures.playbackGrant())
            default:
                return .json(404, #"{"code": 20404, "message": "not found", "status": 404}"#)
            }
        }
    }

    @Test(arguments: [TwilioEndpoints.twilio, .local()])
    func documentThenPlaybackGrant(endpoints: TwilioEndpoints) async throws {
        let transport = Self.emulator()
        let (apiKey, apiSecret, accountSid) = (Fixtures.apiKey, Fixtures.apiSecret, Fixtures.accountSid)
        let syncServiceSid = Fixtures.serviceSid

        // const client = require('twilio')(API_KEY, API_SECRET, {accountSid: ACCOUNT_SID});
        let client = TwilioClient(apiKey, apiSecret, accountSid: accountSid, endpoints: endpoints, transport: transport)
        // let syncDocument = await client.sync.services(SYNC_SERVICE_SID).documents(documentName).fetch();
        let documentName = "streaming_info"
        let syncDocument = try await client.sync.services(syncServiceSid)
            .documents(documentName)
            .fetch()
        // let playerStreamerSid = syncDocument.data.playerStreamerSid;
        let playerStreamerSid = try #require(syncDocument.data["playerStreamerSid"]?.stringValue)
        // let playbackGrant = await client.media.playerStreamer(playerStreamerSid).playbackGrant().create({ttl: 60});
        let playbackGrant = try await client.media.playerStreamer(playerStreamerSid)
            .playbackGrant()
            .create(ttl: 60)
        // new PlaybackGrant({grant: playbackGrant.grant})
        let grant = playbackGrant.grant

        #expect(JSONValue.object(grant).jsonString == Fixtures.grant)
        #expect(transport.requests.map { "\($0.method) \($0.path) \($0.bodyText)" } == [
            "GET /v1/Services/\(Fixtures.serviceSid)/Documents/streaming_info ",
            "POST /v1/PlayerStreamers/\(Fixtures.playerStreamerSid)/PlaybackGrant Ttl=60",
        ])
        #expect(transport.requests.map(\.baseURL) == [endpoints.sync, endpoints.media])
    }

    @Test func aMissingDocumentFailsTheChainWithTwilioStatus() async throws {
        let client = Fixtures.client(Self.emulator())
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await client.sync.services(Fixtures.serviceSid).documents("other").fetch()
        }
        #expect(error.status == 404)
        #expect(error.code == 20404)
    }
}
