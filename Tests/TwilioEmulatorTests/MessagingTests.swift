import Synchronization
import Testing
@testable import TwilioEmulator
import TwilioWire

/// A webhook receiver for tests: records what it gets, answers what it is given.
final class RecordingWebhooks: WebhookSender {
    private let state: Mutex<(sent: [EmulatorWebhook], reply: WebhookReply)>

    init(reply: WebhookReply = WebhookReply(status: 200)) {
        state = Mutex(([], reply))
    }

    var sent: [EmulatorWebhook] { state.withLock { $0.sent } }

    func send(_ webhook: EmulatorWebhook) async throws -> WebhookReply {
        state.withLock { state in
            state.sent.append(webhook)
            return state.reply
        }
    }
}

struct MessagingTests {
    static let number = "+15005550006"

    private func account(_ test: TestEmulator) -> String { "/2010-04-01/Accounts/\(TestValues.accountSid)" }

    /// An emulator with one account number, whose webhooks go to `webhooks`.
    private func make(_ webhooks: RecordingWebhooks = RecordingWebhooks()) async throws -> TestEmulator {
        let test = try await TestEmulator.make()
        test.emulator.useWebhookSender(webhooks)
        test.emulator.useFunctionsBaseURL("http://127.0.0.1:3000")
        let created = await test.send(
            "POST", "\(account(test))/IncomingPhoneNumbers.json", [("PhoneNumber", Self.number), ("SmsUrl", "/forward-message")]
        )
        try #require(created.status == 201, "\(created.bodyText)")
        return test
    }

    private func send(_ test: TestEmulator, _ parameters: [(String, String)]) async -> EmulatorResponse {
        await test.send("POST", "\(account(test))/Messages.json", parameters)
    }

    @Test func aMessageIsQueuedWithTwilioFields() async throws {
        let test = try await make()
        let response = await send(test, [("To", "+1 415 555 2671"), ("From", Self.number), ("Body", "Hello! 👍")])
        #expect(response.status == 201)
        let message = try #require(response.json?.objectValue)
        #expect(
            message.keys == [
                "account_sid", "api_version", "body", "date_created", "date_sent", "date_updated", "direction", "error_code",
                "error_message", "from", "num_media", "num_segments", "price", "price_unit", "messaging_service_sid", "sid", "status",
                "subresource_uris", "to", "uri",
            ]
        )
        let sid = try #require(message["sid"]?.stringValue)
        #expect(sid.hasPrefix("SM") && sid.count == 34)
        #expect(message["status"] == "queued" && message["direction"] == "outbound-api")
        #expect(message["to"] == "+14155552671" && message["from"] == .string(Self.number))
        #expect(message["num_segments"] == "1" && message["num_media"] == "0")
        #expect(message["date_created"] == "Thu, 30 Jul 2015 20:00:00 +0000")
        #expect(message["uri"] == .string("\(account(test))/Messages/\(sid).json"))
        let long = await send(test, [("To", "+14155552671"), ("From", Self.number), ("Body", String(repeating: "a", count: 161))])
        #expect(long.json?["num_segments"] == "2")
        let media = await send(test, [("To", "+14155552671"), ("From", Self.number), ("MediaUrl", "https://example.com/a.png")])
        let mediaSid = try #require(media.json?["sid"]?.stringValue)
        #expect(mediaSid.hasPrefix("MM") && media.json?["num_media"] == "1")
        let list = await test.send("GET", "\(account(test))/Messages/\(mediaSid)/Media.json")
        #expect(list.json?["media_list"]?[0]?["content_type"] == "image/png")
    }

    @Test(arguments: [
        ([("From", number), ("Body", "hi")], 21604),
        ([("To", "+1415555"), ("From", number), ("Body", "hi")], 21211),
        ([("To", "+14155552671"), ("Body", "hi")], 21603),
        ([("To", "+14155552671"), ("From", "+14155550000"), ("Body", "hi")], 21606),
        ([("To", "+14155552671"), ("From", number)], 21602),
        ([("To", "+14155552671"), ("From", number), ("Body", String(repeating: "a", count: 1601))], 21617),
        ([("To", "+14155552671"), ("From", number), ("MediaUrl", "ftp://x/a.png")], 21620),
        ([("To", "+14155552671"), ("From", number), ("Body", "hi"), ("StatusCallback", "nope")], 21609),
        ([("To", number), ("From", number), ("Body", "hi")], 21266),
        ([("To", "+14155552671"), ("MessagingServiceSid", "MG1"), ("Body", "hi")], 21701),
    ] as [([(String, String)], Int)])
    func badMessagesGetTwilioCodesAndAreNotStored(parameters: [(String, String)], code: Int) async throws {
        let test = try await make()
        try expectTwilioError(await send(test, parameters), status: 400, code: code)
        #expect(await test.send("GET", "\(account(test))/Messages.json").json?["messages"] == [])
    }

    @Test func statusesMoveOnTheClockAndEachCallsTheStatusCallback() async throws {
        let webhooks = RecordingWebhooks()
        let test = try await make(webhooks)
        let created = await send(test, [("To", "+14155552671"), ("From", Self.number), ("Body", "hi"), ("StatusCallback", "http://localhost:4000/status")])
        let sid = try #require(created.json?["sid"]?.stringValue)
        #expect(await test.emulator.deliverMessages() == 0)
        test.clock.advance(by: 1)
        #expect(await test.emulator.deliverMessages() == 1)
        #expect(await test.send("GET", "\(account(test))/Messages/\(sid).json").json?["status"] == "sending")
        test.clock.advance(by: 5)
        #expect(await test.emulator.deliverMessages() == 2)
        let delivered = await test.send("GET", "\(account(test))/Messages/\(sid).json")
        #expect(delivered.json?["status"] == "delivered")
        #expect(delivered.json?["date_sent"] == "Thu, 30 Jul 2015 20:00:02 +0000")
        #expect(webhooks.sent.map(\.url) == Array(repeating: "http://localhost:4000/status", count: 3))
        let last = try #require(webhooks.sent.last)
        #expect(last.parameters.map(\.0) == ["SmsSid", "SmsStatus", "MessageStatus", "To", "MessageSid", "AccountSid", "From", "ApiVersion"])
        #expect(last.parameters.first { $0.0 == "MessageStatus" }?.1 == "delivered")
        let recent = await test.send("GET", "/_emulator/Messages")
        let history = recent.json?["messages"]?[0]?["history"]?.arrayValue?.compactMap { $0["status"]?.stringValue }
        #expect(history == ["queued", "sending", "sent", "delivered"])
        #expect(recent.json?["messages"]?[0]?["callbacks"]?.arrayValue?.compactMap { $0["response_status"]?.intValue } == [200, 200, 200])
    }

    @Test func webhooksGoOnlyToThisMachine() async throws {
        let webhooks = RecordingWebhooks()
        let test = try await make(webhooks)
        let created = await send(test, [("To", "+14155552671"), ("From", Self.number), ("Body", "hi"), ("StatusCallback", "https://example.com/status")])
        #expect(created.status == 201)
        await test.emulator.deliverMessages(all: true)
        #expect(webhooks.sent.isEmpty)
        let callbacks = await test.send("GET", "/_emulator/Messages").json?["messages"]?[0]?["callbacks"]?.arrayValue ?? []
        #expect(callbacks.count == 3)
        #expect(callbacks.allSatisfy { $0["error"]?.stringValue?.contains("only to this machine") == true })
    }

    @Test(arguments: [
        ("http://127.0.0.1:3000/x", true), ("http://localhost/x", true), ("http://[::1]:3000/x", true), ("http://sms.localhost:80", false),
        ("https://example.com/x", false), ("http://127.0.0.1.example.com/x", false), ("http://user@10.0.0.1/x", false), ("nope", false),
    ])
    func loopbackIsTold(url: String, isLoopback: Bool) {
        #expect(TwilioEmulator.isLoopback(url) == isLoopback)
    }

    @Test(arguments: [("+15005530003", "undelivered", 30003), ("+15005530006", "undelivered", 30006), ("+15005530008", "failed", 30008)])
    func chosenNumbersFailWithTheirCode(to: String, status: String, code: Int) async throws {
        let test = try await make()
        let created = await send(test, [("To", to), ("From", Self.number), ("Body", "hi")])
        let sid = try #require(created.json?["sid"]?.stringValue)
        await test.emulator.deliverMessages(all: true)
        let message = await test.send("GET", "\(account(test))/Messages/\(sid).json")
        #expect(message.json?["status"] == .string(status))
        #expect(message.json?["error_code"] == .int(code))
        #expect(message.json?["error_message"]?.stringValue?.isEmpty == false)
    }

    @Test func listsFilterAndPageThe2010Way() async throws {
        let test = try await make()
        for index in 0..<3 { _ = await send(test, [("To", "+1415555267\(index)"), ("From", Self.number), ("Body", "m\(index)")]) }
        let page = await test.send("GET", "\(account(test))/Messages.json", [("PageSize", "2")])
        let body = try #require(page.json?.objectValue)
        #expect(body["messages"]?.arrayValue?.compactMap { $0["body"]?.stringValue } == ["m2", "m1"])
        #expect(body["start"] == 0 && body["end"] == 1 && body["page_size"] == 2)
        let next = try #require(body["next_page_uri"]?.stringValue)
        #expect(next == "\(account(test))/Messages.json?PageSize=2&Page=1&PageToken=PA2")
        let filtered = await test.send("GET", "\(account(test))/Messages.json", [("To", "+14155552671")])
        #expect(filtered.json?["messages"]?.arrayValue?.count == 1)
        try expectTwilioError(await test.send("GET", "\(account(test))/Messages.json", [("DateSent", "yesterday")]), status: 400, code: 20001)
        // The boundary day is included, as Twilio's "on and before" and "on and after" say.
        for name in ["DateSent<", "DateSent>", "DateSent"] {
            let day = await test.send("GET", "\(account(test))/Messages.json", [(name, "2015-07-30")])
            #expect(day.json?["messages"]?.arrayValue?.count == 0, "no message is sent yet: date_sent is null")
        }
        await test.emulator.deliverMessages(all: true)
        for name in ["DateSent<", "DateSent>", "DateSent"] {
            let day = await test.send("GET", "\(account(test))/Messages.json", [(name, "2015-07-30")])
            #expect(day.json?["messages"]?.arrayValue?.count == 3, "\(name)")
        }
        // A page number at the end of Int gives no next page rather than an overflow.
        let last = await test.send("GET", "\(account(test))/Messages.json", [("PageSize", "1"), ("Page", "\(Int.max)"), ("PageToken", "PA0")])
        #expect(last.status == 200 && last.json?["next_page_uri"] == .null)
        try expectTwilioError(await test.send("GET", "/2010-04-01/Accounts/AC\(String(repeating: "0", count: 32))/Messages.json"), status: 404, code: 20404)
    }

    @Test func redactCancelAndDelete() async throws {
        let test = try await make()
        let sid = try #require(await send(test, [("To", "+14155552671"), ("From", Self.number), ("Body", "secret")]).json?["sid"]?.stringValue)
        let path = "\(account(test))/Messages/\(sid).json"
        #expect(await test.send("POST", path, [("Body", "")]).json?["body"] == "")
        try expectTwilioError(await test.send("POST", path, [("Body", "other")]), status: 400, code: 20001)
        #expect(await test.send("POST", path, [("Status", "canceled")]).json?["status"] == "canceled")
        #expect(await test.emulator.deliverMessages(all: true) == 0)
        let other = try #require(await send(test, [("To", "+14155552671"), ("From", Self.number), ("Body", "x")]).json?["sid"]?.stringValue)
        await test.emulator.deliverMessages(all: true)
        try expectTwilioError(await test.send("POST", "\(account(test))/Messages/\(other).json", [("Status", "canceled")]), status: 400, code: 30409)
        #expect(await test.send("DELETE", path).status == 204)
        try expectTwilioError(await test.send("GET", path), status: 404, code: 20404)
    }
}
