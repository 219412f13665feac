@testable import FunctionsJS
import Synchronization
import Testing
import TwilioAPI
import TwilioWire

/// Answers each request with the next canned response and keeps the requests.
final class RecordingTransport: TwilioTransport {
    private let state: Mutex<(requests: [TwilioHTTPRequest], responses: [TwilioHTTPResponse])>

    init(_ responses: [TwilioHTTPResponse]) {
        state = Mutex(([], responses))
    }

    var requests: [TwilioHTTPRequest] { state.withLock { $0.requests } }

    func send(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse {
        state.withLock { state in
            state.requests.append(request)
            return state.responses.isEmpty ? TwilioHTTPResponse(status: 204) : state.responses.removeFirst()
        }
    }
}

@Suite("The JavaScript REST client builds twilio-node's requests")
struct TwilioRESTTests {
    static let secret = "the-auth-token-value"

    func makeClient(_ responses: [TwilioHTTPResponse]) -> (JSValue, RecordingTransport) {
        let transport = RecordingTransport(responses)
        let connection = TwilioRESTConnection(
            username: "ACxxx", password: Self.secret, accountSid: "ACxxx", endpoints: .local(baseURL: "http://127.0.0.1:3001"),
            transport: transport
        )
        return (TwilioRESTClient.make(connection), transport)
    }

    @Test func createSendsPascalCaseFormParametersAndAnswersCamelCaseKeys() async throws {
        let (client, transport) = makeClient([TwilioHTTPResponse(status: 201, json: ["sid": "SMx", "date_created": "x", "num_segments": "1", "subresource_uris": ["media": "/m"]])])
        let message = try await client.messages.create([
            "to": "+15550001111", "from": "+15550002222", "body": "Hi there", "mediaUrl": ["https://a", "https://b"],
            "statusCallback": "https://cb", "provideFeedback": true, "maxPrice": 0.5, "skipped": .undefined,
        ]).awaited()
        #expect(message.sid.toString == "SMx")
        #expect(message.dateCreated.toString == "x")
        #expect(message.numSegments.toString == "1")
        #expect(message.subresourceUris.media.toString == "/m")
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url == "http://127.0.0.1:3001/2010-04-01/Accounts/ACxxx/Messages.json")
        #expect(request.form.map { "\($0.0)=\($0.1)" } == [
            "To=+15550001111", "From=+15550002222", "Body=Hi there", "MediaUrl=https://a", "MediaUrl=https://b",
            "StatusCallback=https://cb", "ProvideFeedback=true", "MaxPrice=0.5",
        ])
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request.header("User-Agent") == TwilioClient.userAgent)
        #expect(request.header("Accept") == "application/json")
        #expect(request.header("Authorization")?.hasPrefix("Basic ") == true)
    }

    @Test func syncPathsDataAsJSONAndIfMatch() async throws {
        let (client, transport) = makeClient([TwilioHTTPResponse(status: 200, json: ["unique_name": "doc", "data": ["nested_key": 1]])])
        let document = try await client.sync.v1.services("ISx").documents("my doc").update([
            "data": ["nested_key": 1, "list": [true]], "ttl": 60, "ifMatch": "3",
        ]).awaited()
        #expect(document.uniqueName.toString == "doc")
        #expect(document.data.nested_key.toNumber == 1)
        let request = try #require(transport.requests.first)
        #expect(request.url == "http://127.0.0.1:3001/v1/Services/ISx/Documents/my%20doc")
        #expect(request.form.map { "\($0.0)=\($0.1)" } == [#"Data={"nested_key":1,"list":[true]}"#, "Ttl=60"])
        #expect(request.header("If-Match") == "3")
    }

    @Test func singletonsVerifyAndLookupsPaths() async throws {
        let (client, transport) = makeClient([])
        _ = try await client.media.playerStreamer("VJx").playbackGrant().create(["ttl": 60]).awaited()
        _ = try await client.verify.v2.services("VAx").verificationChecks.create(["to": "+1555", "code": "123"]).awaited()
        _ = try await client.verify.services("VAx").verifications.create(["to": "+1555", "channel": "sms"]).awaited()
        _ = try await client.lookups.v2.phoneNumbers("+1555").fetch(["fields": "line_type_intelligence"]).awaited()
        _ = try await client.sync.services("ISx").syncLists("l").syncListItems(0).remove().awaited()
        _ = try await client.sync.services("ISx").syncMaps("m").syncMapPermissions("alice").update(["read": true]).awaited()
        _ = try await client.api.v2010.accounts("ACother").calls("CAx").fetch().awaited()
        #expect(transport.requests.map(\.description) == [
            "POST http://127.0.0.1:3001/v1/PlayerStreamers/VJx/PlaybackGrant",
            "POST http://127.0.0.1:3001/v2/Services/VAx/VerificationCheck",
            "POST http://127.0.0.1:3001/v2/Services/VAx/Verifications",
            "GET http://127.0.0.1:3001/v2/PhoneNumbers/%2B1555?Fields=line_type_intelligence",
            "DELETE http://127.0.0.1:3001/v1/Services/ISx/Lists/l/Items/0",
            "POST http://127.0.0.1:3001/v1/Services/ISx/Maps/m/Permissions/alice",
            "GET http://127.0.0.1:3001/2010-04-01/Accounts/ACother/Calls/CAx.json",
        ])
    }

    @Test func listFollowsPagesUpToTheLimit() async throws {
        let (client, transport) = makeClient([
            TwilioHTTPResponse(status: 200, json: [
                "messages": [["sid": "SM1"], ["sid": "SM2"]],
                "next_page_uri": "/2010-04-01/Accounts/ACxxx/Messages.json?PageSize=2&Page=1&PageToken=PA1",
            ]),
            TwilioHTTPResponse(status: 200, json: ["messages": [["sid": "SM3"], ["sid": "SM4"]], "next_page_uri": nil]),
        ])
        let messages = try await client.messages.list(["limit": 3, "to": "+1555"]).awaited()
        #expect(messages.iteratedValues.map { $0.sid.toString } == ["SM1", "SM2", "SM3"])
        #expect(transport.requests.map(\.description) == [
            "GET http://127.0.0.1:3001/2010-04-01/Accounts/ACxxx/Messages.json?To=%2B1555&PageSize=3",
            "GET http://127.0.0.1:3001/2010-04-01/Accounts/ACxxx/Messages.json?PageSize=2&Page=1&PageToken=PA1",
        ])
    }

    @Test func eachCallsBackPerItemUntilDone() async throws {
        let (client, _) = makeClient([
            TwilioHTTPResponse(status: 200, json: ["documents": [["sid": "ET1"], ["sid": "ET2"], ["sid": "ET3"]], "meta": ["key": "documents"]]),
        ])
        var seen: [String] = []
        _ = try await client.sync.services("ISx").documents.each(JSValue.function("", parameters: 2) { _, arguments in
            seen.append(arguments[0].sid.toString)
            if seen.count == 2 { _ = try await arguments[1]() }
            return .undefined
        })
        #expect(seen == ["ET1", "ET2"])
    }

    @Test func errorsRejectWithRestExceptionFieldsAndNoSecret() async throws {
        let (client, _) = makeClient([
            TwilioHTTPResponse(status: 404, json: [
                "code": 20404, "message": .string("The requested resource was not found (\(Self.secret))"),
                "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404,
            ]),
        ])
        let promise = try await client.sync.services("ISx").documents("nope").fetch()
        guard case .rejected(let reason)? = promise.promiseState else {
            Issue.record("the promise should be rejected")
            return
        }
        #expect(reason.status.toNumber == 404)
        #expect(reason.code.toNumber == 20404)
        #expect(reason.moreInfo.toString == "https://www.twilio.com/docs/errors/20404")
        #expect(reason.message.toString == "The requested resource was not found ([redacted])")
    }

    @Test func aNodeStyleCallbackIsCalledToo() async throws {
        let (client, _) = makeClient([TwilioHTTPResponse(status: 200, json: ["sid": "CA1"])])
        var got = ""
        _ = try await client.calls("CA1").fetch(JSValue.function("", parameters: 2) { _, arguments in
            got = "\(arguments[0].toString) \(arguments[1].sid.toString)"
            return .undefined
        })
        #expect(got == "null CA1")
    }

    @Test(arguments: ["undefined", "", "null"])
    func anEmptyIdentifierThrows(spelled: String) async throws {
        let identifier: JSValue = spelled == "undefined" ? .undefined : spelled == "null" ? .null : .string(spelled)
        let (client, transport) = makeClient([])
        await #expect(throws: JSThrow.self) { _ = try await client.sync.services(identifier) }
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: [
        ("statusCallback", "StatusCallback"), ("ttl", "Ttl"), ("dateSentBefore", "DateSent<"), ("startTimeAfter", "StartTime>"),
    ])
    func parameterNames(javaScript: String, wire: String) {
        #expect(TwilioRESTNames.parameter(javaScript) == wire)
    }

    @Test(arguments: [("date_created", "dateCreated"), ("address_line_1", "addressLine1"), ("sid", "sid"), ("_x", "x")])
    func propertyNames(wire: String, javaScript: String) {
        #expect(TwilioRESTNames.property(wire) == javaScript)
    }
}
