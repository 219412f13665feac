import Testing
import TwilioAPI
import TwilioWire

@Suite("Errors")
struct ErrorTests {
    private struct Unreachable: Error, CustomStringConvertible {
        var description: String
    }

    private func fetchError(_ transport: RecordingTransport, name: String = "foo") async throws -> TwilioAPIError {
        try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents(name).fetch()
        }
    }

    @Test func notFoundBodyBecomesATwilioError() async throws {
        let error = try await fetchError(RecordingTransport(.json(404, Fixtures.notFound)))
        let url = "https://sync.twilio.com/v1/Services/\(Fixtures.serviceSid)/Documents/foo"
        #expect(error.kind == .rest)
        #expect(error.status == 404)
        #expect(error.code == 20404)
        #expect(error.message == "The requested resource /Services/\(Fixtures.serviceSid)/Documents/foo was not found")
        #expect(error.moreInfo == "https://www.twilio.com/docs/errors/20404")
        #expect(error.details == nil)
        #expect(error.method == "GET")
        #expect(error.url == url)
        #expect(error.description == """
            Twilio error 20404 (HTTP 404) on GET \(url): The requested resource /Services/\(Fixtures.serviceSid)/Documents/foo \
            was not found. More: https://www.twilio.com/docs/errors/20404
            """)
    }

    @Test(arguments: [
        (401, 20003, "Authenticate"),
        (412, 54103, "The revision of the Document does not match the expected revision"),
        (409, 54301, "Unique name already exists"),
        (429, 20429, "Too Many Requests"),
    ])
    func errorStatusesCarryTwilioCodes(status: Int, code: Int, message: String) async throws {
        let body: JSONValue = [
            "code": .int(code), "message": .string(message),
            "more_info": .string("https://www.twilio.com/docs/errors/\(code)"), "status": .int(status),
        ]
        let transport = RecordingTransport(TwilioHTTPResponse(status: status, json: body))
        let error = try await #require(throws: TwilioAPIError.self) {
            try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents("doc").update(data: ["a": 1], ifMatch: "1")
        }
        #expect(error.kind == .rest)
        #expect(error.status == status)
        #expect(error.code == code)
        #expect(error.message == message)
        #expect(error.method == "POST")
        #expect(error.description.hasPrefix("Twilio error \(code) (HTTP \(status)) on POST https://sync.twilio.com/"))
    }

    @Test func detailsAreKept() async throws {
        let transport = RecordingTransport(
            .json(400, #"{"code": 54101, "message": "Invalid Document data.", "details": {"field": "Data"}, "status": 400}"#))
        let error = try await fetchError(transport)
        #expect(error.details == ["field": "Data"])
        #expect(error.moreInfo == nil)
        #expect(error.description.hasSuffix(": Invalid Document data."))
    }

    @Test func nonJSONErrorBodyUsesTheStatusAsCode() async throws {
        let html = "<html>\n  <body>502   Bad Gateway</body>\n</html>"
        let error = try await fetchError(RecordingTransport(TwilioHTTPResponse(status: 502, body: Array(html.utf8))))
        #expect(error.kind == .rest)
        #expect(error.status == 502)
        #expect(error.code == 502)
        #expect(error.message == "<html> <body>502 Bad Gateway</body> </html>")
        #expect(error.moreInfo == nil)
    }

    @Test func longAndEmptyErrorBodiesStayShort() async throws {
        let huge = TwilioHTTPResponse(status: 500, body: Array(repeating: UInt8(ascii: "x"), count: 5000))
        let long = try await fetchError(RecordingTransport(huge))
        #expect(long.message.count == 201)
        #expect(long.message.hasSuffix("…"))

        let empty = try await fetchError(RecordingTransport(TwilioHTTPResponse(status: 503)))
        #expect(empty.code == 503)
        #expect(empty.message == "HTTP 503 with an empty body")
    }

    @Test func successBodyWithoutSidIsMalformed() async throws {
        let error = try await fetchError(RecordingTransport(.json(200, #"{"unique_name": "foo", "data": {}}"#)))
        #expect(error.kind == .malformedResponse)
        #expect(error.status == 200)
        #expect(error.url == "https://sync.twilio.com/v1/Services/\(Fixtures.serviceSid)/Documents/foo")
        #expect(error.message == #"the Sync Document has no "sid" string (it is missing)"#)
        #expect(error.description.hasPrefix("Malformed Twilio response (HTTP 200) on GET https://sync.twilio.com/"))
    }

    @Test(arguments: [
        (#"{"sid": 42}"#, #"no "sid" string (found 42)"#),
        (#"{"sid": null}"#, #"no "sid" string (it is null)"#),
        (#"[{"sid": "ET1"}]"#, "not a JSON object"),
        ("<html>ok</html>", "not JSON"),
        ("", "not JSON"),
    ])
    func successBodiesThatAreNotADocumentAreMalformed(body: String, fragment: String) async throws {
        let error = try await fetchError(RecordingTransport(.json(200, body)))
        #expect(error.kind == .malformedResponse)
        #expect(error.message.contains(fragment))
    }

    @Test func playbackGrantWithoutGrantIsMalformed() async throws {
        let transport = RecordingTransport(.json(201, #"{"sid": "VJcafebabecafebabecafebabecafebabe", "grant": null}"#))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).media.playerStreamer(Fixtures.playerStreamerSid).playbackGrant().create(ttl: 60)
        }
        #expect(error.kind == .malformedResponse)
        #expect(error.status == 201)
        #expect(error.message.contains(#""grant" object"#))
    }

    @Test func malformedListPagesAreReported() async throws {
        let transport = RecordingTransport(.json(200, #"{"meta": {"key": "documents"}}"#))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents.list()
        }
        #expect(error.kind == .malformedResponse)
        #expect(error.message == #"the page has no "documents" array"#)
    }

    @Test func transportFailureBecomesStatusZeroNamingTheURL() async throws {
        let transport = RecordingTransport(throwing: Unreachable(description: "connection reset by peer"))
        let error = try await fetchError(transport, name: "streaming_info")
        let url = "https://sync.twilio.com/v1/Services/\(Fixtures.serviceSid)/Documents/streaming_info"
        #expect(error.kind == .transport)
        #expect(error.status == 0)
        #expect(error.code == 0)
        #expect(error.url == url)
        #expect(error.message == "could not reach \(url): connection reset by peer")
        #expect(error.description == "Twilio request GET got no response: could not reach \(url): connection reset by peer")
    }

    @Test func cancellationPassesThrough() async throws {
        let transport = RecordingTransport(throwing: CancellationError())
        await #expect(throws: CancellationError.self) {
            _ = try await Fixtures.client(transport).sync.services(Fixtures.serviceSid).documents("x").fetch()
        }
    }

    @Test func secretsNeverAppearInErrors() async throws {
        let secret = Fixtures.apiSecret
        let basic = String(Fixtures.apiKeyAuthorization.dropFirst("Basic ".count))
        let echoingTransport = RecordingTransport(throwing: Unreachable(description: "proxy refused \(Fixtures.apiKey):\(secret) \(basic)"))
        let echoingBody = RecordingTransport(.json(401, #"{"code": 20003, "message": "Authenticate \#(secret)", "status": 401}"#))
        let echoingHTML = RecordingTransport(TwilioHTTPResponse(status: 500, body: Array("bad Authorization: Basic \(basic)".utf8)))

        for transport in [echoingTransport, echoingBody, echoingHTML] {
            let error = try await fetchError(transport)
            for text in [error.description, error.message, String(reflecting: error)] {
                #expect(!text.contains(secret))
                #expect(!text.contains(basic))
            }
            #expect(error.message.contains("[redacted]"))
        }
    }

    @Test func credentialsNeverShowTheirSecret() {
        let apiKey = TwilioCredentials.apiKey(Fixtures.apiKey, secret: Fixtures.apiSecret, accountSid: Fixtures.accountSid)
        let token = TwilioCredentials.authToken(accountSid: Fixtures.accountSid, authToken: Fixtures.authToken)
        let client = TwilioClient(credentials: apiKey, transport: RecordingTransport())

        #expect(apiKey.description == "TwilioCredentials(apiKey: \(Fixtures.apiKey), accountSid: \(Fixtures.accountSid), secret: <redacted>)")
        #expect(token.description == "TwilioCredentials(accountSid: \(Fixtures.accountSid), authToken: <redacted>)")
        for (credentials, secret) in [(apiKey, Fixtures.apiSecret), (token, Fixtures.authToken)] {
            var dumped = ""
            dump(credentials, to: &dumped)
            let mirrored = Mirror(reflecting: credentials).children.map { "\($0.value)" }.joined()
            for text in [String(describing: credentials), String(reflecting: credentials), dumped, mirrored] {
                #expect(!text.contains(secret))
            }
        }
        var dumpedClient = ""
        dump(client, to: &dumpedClient)
        for text in [String(describing: client), String(reflecting: client), dumpedClient] {
            #expect(!text.contains(Fixtures.apiSecret))
        }
    }
}
