import Testing
import TwilioAPI
import TwilioWire

@Suite("Request building")
struct RequestBuildingTests {
    private let documentsURL = "https://sync.twilio.com/v1/Services/\(Fixtures.serviceSid)/Documents"
    private let streamersURL = "https://media.twilio.com/v1/PlayerStreamers"

    @Test func fetchDocumentIsAGetWithTwilioNodeHeaders() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.streamingInfo))
        _ = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents("streaming_info").fetch()

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "GET")
        #expect(request.url == "\(documentsURL)/streaming_info")
        #expect(request.baseURL == "https://sync.twilio.com")
        #expect(request.path == "/v1/Services/\(Fixtures.serviceSid)/Documents/streaming_info")
        #expect(request.body.isEmpty)
        #expect(request.headers.map(\.name) == ["Authorization", "Accept", "Accept-Charset", "User-Agent"])
        #expect(request.header("authorization") == Fixtures.apiKeyAuthorization)
        #expect(request.header("Accept") == "application/json")
        #expect(request.header("Accept-Charset") == "utf-8")
        #expect(request.header("User-Agent") == "twilio-functions-swift/0.1")
        #expect(request.header("Content-Type") == nil)
        #expect(request.header("If-Match") == nil)
    }

    @Test(arguments: [
        ("streaming info", "streaming%20info"),
        ("rooms/lobby", "rooms%2Flobby"),
        ("東京 🎉", "%E6%9D%B1%E4%BA%AC%20%F0%9F%8E%89"),
        ("what?#now", "what%3F%23now"),
        ("a+b&c=d", "a%2Bb%26c%3Dd"),
        ("Safe-._~09", "Safe-._~09"),
    ])
    func uniqueNamesArePercentEncodedAsOnePathSegment(name: String, encoded: String) async throws {
        let transport = RecordingTransport(.json(200, Fixtures.streamingInfo))
        _ = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents(name).fetch()
        #expect(transport.onlyRequest?.url == "\(documentsURL)/\(encoded)")
    }

    @Test func createDocumentSendsParametersInTwilioNodeOrder() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.streamingInfo))
        _ = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents.create(
            uniqueName: "streaming info",
            data: ["playerStreamerSid": "VJ1", "n": 1],
            ttl: 60
        )

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == documentsURL)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request.bodyText == "UniqueName=streaming%20info&Data=%7B%22playerStreamerSid%22%3A%22VJ1%22%2C%22n%22%3A1%7D&Ttl=60")
        #expect(request.form.map(\.0) == ["UniqueName", "Data", "Ttl"])
        #expect(request.form[1].1 == #"{"playerStreamerSid":"VJ1","n":1}"#)
    }

    @Test func createDocumentWithoutParametersSendsAnEmptyForm() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.document))
        _ = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents.create()
        let request = try #require(transport.onlyRequest)
        #expect(request.body.isEmpty)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
    }

    @Test func updateDocumentSendsDataTtlAndIfMatch() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.document), .json(200, Fixtures.document))
        let document = Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents(Fixtures.documentSid)
        try await document.update(data: ["a": 1], ttl: 60, ifMatch: "7")
        try await document.update(data: ["a": 1])

        let requests = transport.requests
        #expect(requests.map(\.method) == ["POST", "POST"])
        #expect(requests.map(\.url) == Array(repeating: "\(documentsURL)/\(Fixtures.documentSid)", count: 2))
        #expect(requests[0].bodyText == "Data=%7B%22a%22%3A1%7D&Ttl=60")
        #expect(requests[0].header("If-Match") == "7")
        #expect(requests[0].headers.last?.name == "If-Match")
        #expect(requests[1].bodyText == "Data=%7B%22a%22%3A1%7D")
        #expect(requests[1].header("If-Match") == nil)
    }

    @Test func removeDocumentIsADeleteThatAcceptsAnEmpty204() async throws {
        let transport = RecordingTransport(TwilioHTTPResponse(status: 204))
        try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents("streaming_info").remove()
        let request = try #require(transport.onlyRequest)
        #expect(request.method == "DELETE")
        #expect(request.url == "\(documentsURL)/streaming_info")
        #expect(request.header("Content-Type") == nil)
    }

    @Test func listDocumentsSendsPageSize() async throws {
        let transport = RecordingTransport(.json(200, #"{"documents": [], "meta": {"key": "documents", "next_page_url": null}}"#))
        let documents = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents.list(pageSize: 20)
        #expect(documents.isEmpty)
        #expect(transport.onlyRequest?.url == "\(documentsURL)?PageSize=20")
        #expect(transport.onlyRequest?.query.map(\.0) == ["PageSize"])
    }

    @Test func createPlaybackGrantPostsTtlAndOrigin() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.playbackGrant()), .json(201, Fixtures.playbackGrant()))
        let streamer = Fixtures.client(transport).media.playerStreamer(Fixtures.playerStreamerSid)
        _ = try await streamer.playbackGrant().create(ttl: 60)
        _ = try await streamer.playbackGrant().create(ttl: 15, accessControlAllowOrigin: "https://example.com")

        let requests = transport.requests
        #expect(requests.map(\.method) == ["POST", "POST"])
        #expect(requests[0].url == "\(streamersURL)/\(Fixtures.playerStreamerSid)/PlaybackGrant")
        #expect(requests[0].bodyText == "Ttl=60")
        #expect(requests[1].bodyText == "Ttl=15&AccessControlAllowOrigin=https%3A%2F%2Fexample.com")
        #expect(requests[0].header("Content-Type") == "application/x-www-form-urlencoded")
    }

    @Test func playerStreamerCallsBuildTheirRequests() async throws {
        let transport = RecordingTransport(
            .json(201, Fixtures.playerStreamer),
            .json(200, Fixtures.playerStreamer),
            .json(200, Fixtures.playerStreamer),
            .json(200, #"{"player_streamers": [], "meta": {"next_page_url": null}}"#)
        )
        let media = Fixtures.client(transport).media
        _ = try await media.playerStreamer.create(
            video: true, statusCallback: "https://example.com/cb x", statusCallbackMethod: "POST", maxDuration: 600)
        _ = try await media.playerStreamer(Fixtures.playerStreamerSid).fetch()
        try await media.playerStreamer(Fixtures.playerStreamerSid).update(status: .ended)
        _ = try await media.playerStreamer.list(status: .started, order: .ascending, pageSize: 20)

        let requests = transport.requests
        #expect(requests.map(\.method) == ["POST", "GET", "POST", "GET"])
        #expect(requests[0].url == streamersURL)
        #expect(requests[0].bodyText == "Video=true&StatusCallback=https%3A%2F%2Fexample.com%2Fcb%20x&StatusCallbackMethod=POST&MaxDuration=600")
        #expect(requests[1].url == "\(streamersURL)/\(Fixtures.playerStreamerSid)")
        #expect(requests[2].url == "\(streamersURL)/\(Fixtures.playerStreamerSid)")
        #expect(requests[2].bodyText == "Status=ended")
        #expect(requests[3].url == "\(streamersURL)?Order=asc&Status=started&PageSize=20")
    }

    @Test func authTokenCredentialsAuthenticateAsTheAccount() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.document))
        let client = TwilioClient(
            credentials: .authToken(accountSid: Fixtures.accountSid, authToken: Fixtures.authToken), transport: transport)
        _ = try await client.sync.services(Fixtures.serviceSid).documents("x").fetch()
        #expect(transport.onlyRequest?.header("Authorization") == Fixtures.authTokenAuthorization)
        #expect(client.accountSid == Fixtures.accountSid)
    }

    @Test func javaScriptShapedInitializerPicksTheCredentialKind() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.document), .json(200, Fixtures.document))
        let withKey = TwilioClient(Fixtures.apiKey, Fixtures.apiSecret, accountSid: Fixtures.accountSid, transport: transport)
        let withToken = TwilioClient(Fixtures.accountSid, Fixtures.authToken, transport: transport)
        _ = try await withKey.sync.services(Fixtures.serviceSid).documents("x").fetch()
        _ = try await withToken.sync.services(Fixtures.serviceSid).documents("x").fetch()

        #expect(withKey.accountSid == Fixtures.accountSid)
        #expect(withKey.credentials.username == Fixtures.apiKey)
        #expect(withToken.accountSid == Fixtures.accountSid)
        #expect(transport.requests.map { $0.header("Authorization") } == [Fixtures.apiKeyAuthorization, Fixtures.authTokenAuthorization])
    }

    @Test(arguments: ["http://127.0.0.1:3001", "http://127.0.0.1:3001/"])
    func localEndpointsServeBothProductsFromOneBaseURL(baseURL: String) async throws {
        let transport = RecordingTransport(.json(200, Fixtures.streamingInfo), .json(201, Fixtures.playbackGrant()))
        let client = Fixtures.client(transport, endpoints: .local(baseURL: baseURL))
        _ = try await client.sync.services(Fixtures.serviceSid).documents("streaming_info").fetch()
        _ = try await client.media.playerStreamer(Fixtures.playerStreamerSid).playbackGrant().create(ttl: 60)

        #expect(transport.requests.map(\.url) == [
            "http://127.0.0.1:3001/v1/Services/\(Fixtures.serviceSid)/Documents/streaming_info",
            "http://127.0.0.1:3001/v1/PlayerStreamers/\(Fixtures.playerStreamerSid)/PlaybackGrant",
        ])
        #expect(TwilioEndpoints.local() == TwilioEndpoints.local(baseURL: "http://127.0.0.1:3001"))
    }

    @Test func anEmptySidIsRefusedBeforeSending() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.document))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents("").fetch()
        }
        #expect(error.kind == .invalidRequest)
        #expect(error.url == "\(documentsURL)/")
        #expect(transport.requests.isEmpty)
    }

    @Test func formBodyEncodesLikeTwilioNode() {
        let request = TwilioHTTPRequest(
            method: "POST", baseURL: "https://sync.twilio.com", path: "/v1/x",
            query: [("a b", "c/d")],
            form: [("Data", #"{"q":"a b+c","e":"é"}"#), ("Marks", "!*'()~")]
        )
        #expect(request.bodyText == "Data=%7B%22q%22%3A%22a%20b%2Bc%22%2C%22e%22%3A%22%C3%A9%22%7D&Marks=%21%2A%27%28%29~")
        #expect(request.url == "https://sync.twilio.com/v1/x?a%20b=c%2Fd")
        #expect(request.description == "POST https://sync.twilio.com/v1/x?a%20b=c%2Fd")
    }
}
