import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("Paging, errors and endpoints of the 2010 API")
struct TwilioPagingTests {
    /// Every 2010 list operation, with its path and its page key.
    enum Collection: String, CaseIterable, Sendable {
        case messages, media, calls, incomingPhoneNumbers

        var path: String {
            switch self {
            case .messages: "\(Fixtures.accountPath)/Messages.json"
            case .media: "\(Fixtures.accountPath)/Messages/\(Fixtures.mmsSid)/Media.json"
            case .calls: "\(Fixtures.accountPath)/Calls.json"
            case .incomingPhoneNumbers: "\(Fixtures.accountPath)/IncomingPhoneNumbers.json"
            }
        }

        var key: String {
            switch self {
            case .messages: "messages"
            case .media: "media_list"
            case .calls: "calls"
            case .incomingPhoneNumbers: "incoming_phone_numbers"
            }
        }

        func list(_ client: TwilioClient, limit: Int?) async throws -> [String] {
            switch self {
            case .messages: try await client.messages.list(limit: limit).map(\.sid)
            case .media: try await client.messages(Fixtures.mmsSid).media.list(limit: limit).map(\.sid)
            case .calls: try await client.calls.list(limit: limit).map(\.sid)
            case .incomingPhoneNumbers: try await client.incomingPhoneNumbers.list(limit: limit).map(\.sid)
            }
        }
    }

    private static func item(_ n: Int) -> String { #"{"sid": "S\#(n)"}"# }

    @Test(arguments: Collection.allCases, [TwilioEndpoints.twilio, .local()])
    func listFollowsNextPageURIUntilTheLimit(collection: Collection, endpoints: TwilioEndpoints) async throws {
        let next = "\(collection.path)?PageSize=3&Page=1&PageToken=PAMMc26223853f8c46b4ab7dfaa6abba0a26"
        let transport = RecordingTransport(
            .json(200, Fixtures.page2010(collection.key, [Self.item(1), Self.item(2)], uri: collection.path, next: next)),
            .json(200, Fixtures.page2010(collection.key, [Self.item(3), Self.item(4)], uri: next, page: 1, next: next + "x"))
        )
        let sids = try await collection.list(Fixtures.client(transport, endpoints: endpoints), limit: 3)

        #expect(sids == ["S1", "S2", "S3"])
        #expect(transport.requests.map(\.url) == [
            "\(endpoints.api)\(collection.path)?PageSize=3",
            "\(endpoints.api)\(next)",
        ])
        #expect(transport.requests.map(\.method) == ["GET", "GET"])
        #expect(transport.requests[1].query.map(\.0) == ["PageSize", "Page", "PageToken"])
    }

    @Test(arguments: Collection.allCases)
    func listReadsEveryPageUntilNextPageURIIsNull(collection: Collection) async throws {
        let next = "\(collection.path)?Page=1&PageToken=PA1"
        let transport = RecordingTransport(
            .json(200, Fixtures.page2010(collection.key, [Self.item(1)], uri: collection.path, next: next)),
            .json(200, Fixtures.page2010(collection.key, [Self.item(2)], uri: next, page: 1))
        )
        let sids = try await collection.list(Fixtures.client(transport), limit: nil)
        #expect(sids == ["S1", "S2"])
        #expect(transport.requests.map(\.url) == ["https://api.twilio.com\(collection.path)", "https://api.twilio.com\(next)"])
    }

    @Test func anAbsoluteNextPageURIStaysOnTheConfiguredHost() async throws {
        let path = Collection.calls.path
        let transport = RecordingTransport(
            .json(200, Fixtures.page2010("calls", [Self.item(1)], uri: path, next: "https://api.twilio.com\(path)?Page=1")),
            .json(200, Fixtures.page2010("calls", [], uri: path))
        )
        _ = try await Fixtures.client(transport, endpoints: .local(baseURL: "http://127.0.0.1:4000")).calls.list()
        #expect(transport.requests.map(\.url) == ["http://127.0.0.1:4000\(path)", "http://127.0.0.1:4000\(path)?Page=1"])
    }

    @Test(arguments: [(1, "1"), (1000, "1000"), (2500, "1000")])
    func aSmallLimitBecomesThePageSize(limit: Int, pageSize: String) async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page2010("messages", [], uri: "/x")))
        _ = try await Fixtures.client(transport).messages.list(limit: limit)
        #expect(transport.onlyRequest?.query.first { $0.0 == "PageSize" }?.1 == pageSize)
    }

    @Test func aPageWithoutItsKeyIsMalformed() async throws {
        // A Sync-style page is not a 2010 page: the items must be under the resource's key.
        let transport = RecordingTransport(.json(200, Fixtures.page("items", [Self.item(1)])))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).calls.list()
        }
        #expect(error.kind == .malformedResponse)
        #expect(error.message == #"the page has no "calls" array"#)
        #expect(error.url == "https://api.twilio.com\(Collection.calls.path)")
    }

    @Test func aLegacyErrorBodyBecomesATwilioError() async throws {
        let transport = RecordingTransport(.json(400, Fixtures.invalidTo))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).messages.create(to: "+1555", from: "+15017122661", body: "hi")
        }
        let url = "https://api.twilio.com\(Collection.messages.path)"
        #expect(error.kind == .rest)
        #expect(error.status == 400)
        #expect(error.code == 21211)
        #expect(error.message == "The 'To' number +1555 is not a valid phone number.")
        #expect(error.moreInfo == "https://www.twilio.com/docs/errors/21211")
        #expect(error.method == "POST")
        #expect(error.url == url)
        #expect(error.description == """
            Twilio error 21211 (HTTP 400) on POST \(url): The 'To' number +1555 is not a valid phone number. \
            More: https://www.twilio.com/docs/errors/21211
            """)
    }

    @Test func aMissingCallIsA404WithItsURL() async throws {
        let body = """
            {"code": 20404, "message": "The requested resource was not found", \
            "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}
            """
        let transport = RecordingTransport(.json(404, body))
        let error = try await #require(throws: TwilioAPIError.self) {
            try await Fixtures.client(transport).calls("CA0").remove()
        }
        #expect(error.status == 404)
        #expect(error.code == 20404)
        #expect(error.method == "DELETE")
        #expect(error.url == "\(Fixtures.accountURL)/Calls/CA0.json")
    }

    @Test func endpointsCarryTheAPIHost() async throws {
        #expect(TwilioEndpoints.twilio.api == "https://api.twilio.com")
        #expect(TwilioEndpoints.local(baseURL: "http://127.0.0.1:3001/").api == "http://127.0.0.1:3001")
        #expect(TwilioEndpoints(sync: "http://a", media: "http://b").api == "https://api.twilio.com")
        #expect(TwilioEndpoints(sync: "http://a", media: "http://b", api: "http://c//").api == "http://c")

        let transport = RecordingTransport(.json(200, Fixtures.message))
        let client = Fixtures.client(transport, endpoints: TwilioEndpoints(sync: "http://a", media: "http://b", api: "http://c"))
        _ = try await client.messages("SM1").fetch()
        #expect(transport.onlyRequest?.url == "http://c\(Fixtures.accountPath)/Messages/SM1.json")
        #expect(client.description.hasSuffix("sync: http://a, media: http://b, api: http://c)"))
    }
}
