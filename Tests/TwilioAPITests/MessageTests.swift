import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("Messages (2010 API)")
struct MessageTests {
    private let messagesURL = "\(Fixtures.accountURL)/Messages.json"

    private func object(_ text: String) throws -> JSONObject {
        try #require(JSONParser.parse(text).objectValue)
    }

    @Test func createPostsToTheAccountsMessagesWithRepeatedMediaUrl() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.createdMessage))
        let message = try await Fixtures.client(transport).messages.create(
            to: "+15558675310", from: "+15017122661", body: "Hi there & welcome",
            mediaUrl: ["https://example.com/a.png", "https://example.com/b c.png"])

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == messagesURL)
        #expect(request.path == "/2010-04-01/Accounts/\(Fixtures.accountSid)/Messages.json")
        #expect(request.form.map(\.0) == ["To", "From", "Body", "MediaUrl", "MediaUrl"])
        #expect(request.bodyText == "To=%2B15558675310&From=%2B15017122661&Body=Hi%20there%20%26%20welcome"
            + "&MediaUrl=https%3A%2F%2Fexample.com%2Fa.png&MediaUrl=https%3A%2F%2Fexample.com%2Fb%20c.png")
        #expect(request.header("Authorization") == Fixtures.apiKeyAuthorization)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(message.sid == "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(message.status == .queued)
    }

    @Test func createSendsEveryOptionalParameterInTwilioNodeOrder() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.createdMessage))
        _ = try await Fixtures.client(transport).messages.create(
            to: "whatsapp:+15558675310", messagingServiceSid: "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            statusCallback: "https://example.com/status", applicationSid: "APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            maxPrice: 0.5, provideFeedback: true, attempt: 2, validityPeriod: 600, smartEncoded: false,
            persistentAction: ["geo:37.787890,-122.391664", "mailto:a@example.com"],
            shortenUrls: true, scheduleType: "fixed", sendAt: Date(timeIntervalSince1970: 1_692_853_305.9),
            sendAsMms: true, contentVariables: #"{"1":"Ana"}"#, riskCheck: "disable",
            contentSid: "HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")

        let form = try #require(transport.onlyRequest).form
        #expect(form.map(\.0) == [
            "To", "StatusCallback", "ApplicationSid", "MaxPrice", "ProvideFeedback", "Attempt", "ValidityPeriod",
            "SmartEncoded", "PersistentAction", "PersistentAction", "ShortenUrls", "ScheduleType", "SendAt", "SendAsMms",
            "ContentVariables", "RiskCheck", "MessagingServiceSid", "ContentSid",
        ])
        #expect(form.map(\.1) == [
            "whatsapp:+15558675310", "https://example.com/status", "APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "0.5", "true", "2",
            "600", "false", "geo:37.787890,-122.391664", "mailto:a@example.com", "true", "fixed", "2023-08-24T05:01:45Z",
            "true", #"{"1":"Ana"}"#, "disable", "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "HXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ])
    }

    @Test func aWholeMaxPriceIsWrittenAsJavaScriptWritesIt() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.createdMessage))
        _ = try await Fixtures.client(transport).messages.create(to: "+1", body: "x", maxPrice: 1)
        #expect(transport.onlyRequest?.bodyText == "To=%2B1&MaxPrice=1&Body=x")
    }

    @Test(arguments: [
        ("", ""),
        ("to", "?To=%2B15558675310&From=%2B15017122661"),
        ("dates", "?DateSent=2008-01-02&DateSent%3C=2008-01-02&DateSent%3E=2007-12-31&PageSize=20"),
    ])
    func listSendsFiltersWithTwilioParameterNames(filters: String, query: String) async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page2010("messages", [], uri: "/x")))
        let messages = Fixtures.client(transport).messages
        // 2008-01-02T23:59:59Z is still the 2nd in UTC; 2007-12-31T00:00:00Z is the 31st.
        let lastSecondOfJan2 = Date(timeIntervalSince1970: 1_199_318_399)
        let result: [Message] =
            switch filters {
            case "to": try await messages.list(to: "+15558675310", from: "+15017122661")
            case "dates":
                try await messages.list(
                    dateSent: lastSecondOfJan2, dateSentBefore: lastSecondOfJan2,
                    dateSentAfter: Date(timeIntervalSince1970: 1_199_059_200), pageSize: 20)
            default: try await messages.list()
            }
        #expect(result.isEmpty)
        let request = try #require(transport.onlyRequest)
        #expect(request.method == "GET")
        #expect(request.url == messagesURL + query)
        if filters == "dates" {
            #expect(request.query.map(\.0) == ["DateSent", "DateSent<", "DateSent>", "PageSize"])
        }
    }

    @Test func contextFetchesRedactsCancelsAndRemovesTheEncodedSid() async throws {
        let transport = RecordingTransport(
            .json(200, Fixtures.message), .json(200, Fixtures.message), .json(200, Fixtures.message),
            TwilioHTTPResponse(status: 204))
        let message = Fixtures.client(transport).messages("SM 1/2")
        let fetched = try await message.fetch()
        try await message.update(body: "")
        try await message.update(status: .canceled)
        try await message.remove()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["GET", "POST", "POST", "DELETE"])
        #expect(requests.map(\.url) == Array(repeating: "\(Fixtures.accountURL)/Messages/SM%201%2F2.json", count: 4))
        #expect(requests[1].form.map(\.0) == ["Body"])
        #expect(requests[1].bodyText == "Body=")
        #expect(requests[2].bodyText == "Status=canceled")
        #expect(requests[0].body.isEmpty)
        #expect(fetched.sid == Fixtures.mmsSid)
        #expect(message.sid == "SM 1/2")
    }

    @Test func mediaListReadsTheMediaListKey() async throws {
        let path = "\(Fixtures.accountPath)/Messages/\(Fixtures.mmsSid)/Media.json"
        let transport = RecordingTransport(.json(200, Fixtures.page2010("media_list", [Fixtures.media], uri: path)))
        let media = try await Fixtures.client(transport).messages(Fixtures.mmsSid).media.list(
            dateCreatedAfter: Date(timeIntervalSince1970: 1_199_318_399), limit: 5)

        #expect(transport.onlyRequest?.url == "https://api.twilio.com\(path)?DateCreated%3E=2008-01-02&PageSize=5")
        #expect(media.map(\.sid) == ["MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])
        #expect(media.first?.contentType == "image/jpeg")
    }

    @Test func feedbackCreatePostsTheOutcome() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.feedback))
        let feedback = try await Fixtures.client(transport).messages(Fixtures.mmsSid).feedback.create(outcome: .confirmed)

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == "\(Fixtures.accountURL)/Messages/\(Fixtures.mmsSid)/Feedback.json")
        #expect(request.bodyText == "Outcome=confirmed")
        #expect(feedback.outcome == .confirmed)
        #expect(feedback.messageSid == "MMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(feedback.accountSid == Fixtures.accountSid)
        #expect(feedback.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(feedback.uri?.hasSuffix("/Feedback.json") == true)
    }

    @Test func theAccountInThePathIsTheClientsAccountWithEitherCredential() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.message), .json(200, Fixtures.message))
        let token = TwilioClient("ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", Fixtures.authToken, transport: transport)
        let key = TwilioClient(Fixtures.apiKey, Fixtures.apiSecret, accountSid: "ACcccccccccccccccccccccccccccccccc", transport: transport)
        _ = try await token.messages("SM1").fetch()
        _ = try await key.messages("SM1").fetch()
        #expect(transport.requests.map(\.path) == [
            "/2010-04-01/Accounts/ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/Messages/SM1.json",
            "/2010-04-01/Accounts/ACcccccccccccccccccccccccccccccccc/Messages/SM1.json",
        ])
    }

    @Test func anEmptySidIsRefusedBeforeSending() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.message))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).messages("").fetch()
        }
        #expect(error.kind == .invalidRequest)
        #expect(transport.requests.isEmpty)
    }

    @Test func messageExampleDecodesEveryField() throws {
        let message = try Message(json: object(Fixtures.message))
        let base = "\(Fixtures.accountPath)/Messages/\(Fixtures.mmsSid)"
        #expect(message.sid == Fixtures.mmsSid)
        #expect(message.body == "look mom I have media!")
        #expect(message.numSegments == "1")
        #expect(message.direction == .inbound)
        #expect(message.from == "+12019235161")
        #expect(message.to == "+18182008801")
        #expect(message.dateUpdated == Date(timeIntervalSince1970: Fixtures.may24At174449))
        #expect(message.price == "-0.00750")
        #expect(message.errorMessage == "Message blocked")
        #expect(message.uri == "\(base).json")
        #expect(message.accountSid == Fixtures.accountSid)
        #expect(message.numMedia == "3")
        #expect(message.status == .received)
        #expect(message.messagingServiceSid == "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(message.dateSent == Date(timeIntervalSince1970: Fixtures.may24At174449))
        #expect(message.dateCreated == Date(timeIntervalSince1970: Fixtures.may24At174446))
        #expect(message.errorCode == 30004)
        #expect(message.priceUnit == "USD")
        #expect(message.apiVersion == "2010-04-01")
        #expect(message.subresourceUris == ["media": "\(base)/Media.json", "feedback": "\(base)/Feedback.json"])
        #expect(message.jsonValue == JSONValue.object(try object(Fixtures.message)))
    }

    @Test func createdMessageKeepsNullsAsNil() throws {
        let message = try Message(json: object(Fixtures.createdMessage))
        #expect(message.body == "Hello! 👍")
        #expect(message.direction == .outboundAPI)
        #expect(message.price == nil)
        #expect(message.priceUnit == nil)
        #expect(message.errorCode == nil)
        #expect(message.errorMessage == nil)
        #expect(message.numMedia == "0")
        #expect(message.dateSent == Date(timeIntervalSince1970: 1_692_853_305))
    }

    @Test func unknownStatusesAndDirectionsAreKept() throws {
        let message = try Message(json: object(#"{"sid": "SM1", "status": "rcs_sent", "direction": "outbound-future"}"#))
        #expect(message.status?.rawValue == "rcs_sent")
        #expect(message.direction?.rawValue == "outbound-future")
        #expect(Message.Status.partiallyDelivered.rawValue == "partially_delivered")
    }

    @Test func mediaExampleDecodesEveryField() throws {
        let media = try MessageMedia(json: object(Fixtures.media))
        #expect(media.sid == "MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(media.accountSid == Fixtures.accountSid)
        #expect(media.contentType == "image/jpeg")
        #expect(media.dateCreated == Date(timeIntervalSince1970: 1_439_740_434))
        #expect(media.dateUpdated == Date(timeIntervalSince1970: 1_439_740_435))
        #expect(media.parentSid == "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(media.uri?.hasSuffix("/Media/MEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json") == true)
    }

    @Test func aMessageWithoutSidIsMalformed() async throws {
        let transport = RecordingTransport(.json(201, #"{"body": "hi", "sid": null}"#))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).messages.create(to: "+1", body: "hi")
        }
        #expect(error.kind == .malformedResponse)
        #expect(error.status == 201)
        #expect(error.url == messagesURL)
        #expect(error.message == #"the Message has no "sid" string (it is null)"#)
    }
}
