import Testing
import TwilioEmulator
import TwilioWire

struct TriggerTests {
    static let number = "+15005550006"
    static let twiml = #"<?xml version="1.0" encoding="UTF-8"?><Response><Message to="+12223334444">Fwd: hi</Message><Message><Body>Thanks</Body><Media>https://example.com/a.png</Media></Message></Response>"#

    private func make(_ webhooks: RecordingWebhooks, smsUrl: String? = "/forward-message") async throws -> TestEmulator {
        let test = try await TestEmulator.make()
        test.emulator.useWebhookSender(webhooks)
        test.emulator.useFunctionsBaseURL("http://127.0.0.1:3000")
        var parameters = [("PhoneNumber", Self.number)]
        if let smsUrl { parameters.append(("SmsUrl", smsUrl)) }
        let created = await test.send("POST", "/2010-04-01/Accounts/\(TestValues.accountSid)/IncomingPhoneNumbers.json", parameters)
        try #require(created.status == 201)
        return test
    }

    @Test func anIncomingMessageReachesTheFunctionAndItsTwiMLRepliesGoOut() async throws {
        let webhooks = RecordingWebhooks(reply: WebhookReply(status: 200, contentType: "text/xml", body: Array(Self.twiml.utf8)))
        let test = try await make(webhooks)
        let response = await test.send("POST", "/_emulator/Trigger/Sms", [("From", "+14155552671"), ("To", Self.number), ("Body", "hi")])
        #expect(response.status == 200, "\(response.bodyText)")
        let webhook = try #require(webhooks.sent.first)
        #expect(webhook.url == "http://127.0.0.1:3000/forward-message")
        let parameters = Dictionary(webhook.parameters, uniquingKeysWith: { first, _ in first })
        #expect(parameters["Body"] == "hi" && parameters["From"] == "+14155552671" && parameters["To"] == Self.number)
        #expect(parameters["SmsStatus"] == "received" && parameters["NumMedia"] == "0" && parameters["ApiVersion"] == "2010-04-01")
        #expect(parameters["FromCountry"] == "US" && parameters["MessageSid"] == response.json?["message"]?["sid"]?.stringValue)

        let replies = try #require(response.json?["replies"]?.arrayValue)
        #expect(replies.compactMap { $0["to"]?.stringValue } == ["+12223334444", "+14155552671"])
        #expect(replies.compactMap { $0["from"]?.stringValue } == [Self.number, Self.number])
        #expect(replies.compactMap { $0["direction"]?.stringValue } == ["outbound-reply", "outbound-reply"])
        #expect(replies[1]["body"] == "Thanks" && replies[1]["num_media"] == "1")
        #expect(response.json?["problem"] == .null)
        #expect(await test.emulator.deliverMessages(all: true) == 6)
        let inbound = await test.send("GET", "/2010-04-01/Accounts/\(TestValues.accountSid)/Messages.json", [("From", "+14155552671")])
        #expect(inbound.json?["messages"]?[0]?["status"] == "received")
    }

    @Test(arguments: [
        (WebhookReply(status: 200, contentType: "text/xml", body: Array("<Response><Message>".utf8)), "not well-formed"),
        (WebhookReply(status: 200, contentType: "text/xml", body: Array("<Reply/>".utf8)), "not <Response>"),
        (WebhookReply(status: 500, contentType: "text/plain", body: Array("boom".utf8)), "11200"),
    ])
    func anAnswerTwilioCannotFollowIsAProblemAndSendsNothing(reply: WebhookReply, problem: String) async throws {
        let test = try await make(RecordingWebhooks(reply: reply))
        let response = await test.send("POST", "/_emulator/Trigger/Sms", [("From", "+14155552671"), ("To", Self.number), ("Body", "hi")])
        #expect(response.json?["problem"]?.stringValue?.contains(problem) == true, "\(response.bodyText)")
        #expect(response.json?["replies"] == [])
    }

    @Test func aNumberThatIsNotTheAccountsOrHasNoSmsUrlIsRefused() async throws {
        let test = try await make(RecordingWebhooks(), smsUrl: nil)
        try expectTwilioError(
            await test.send("POST", "/_emulator/Trigger/Sms", [("From", "+14155552671"), ("To", "+14155550000"), ("Body", "hi")]), status: 400, code: 21606
        )
        let message = try expectTwilioError(
            await test.send("POST", "/_emulator/Trigger/Sms", [("From", "+14155552671"), ("To", Self.number), ("Body", "hi")]), status: 400, code: 20001
        )
        #expect(message.contains("SmsUrl"))
        try expectTwilioError(
            await test.send("POST", "/_emulator/Trigger/Sms", [("From", "nobody"), ("To", Self.number), ("Body", "hi")]), status: 400, code: 21211
        )
        // A Url given for this message is enough.
        let routed = await test.send("POST", "/_emulator/Trigger/Sms", [("From", "+14155552671"), ("To", Self.number), ("Body", "hi"), ("Url", "/sms")])
        #expect(routed.json?["webhook"]?["url"] == "http://127.0.0.1:3000/sms")
    }

    @Test func phoneNumbersShowPathsOnTheFunctionsServerAndCheckTheirURLs() async throws {
        let test = try await make(RecordingWebhooks())
        let list = await test.send("GET", "/2010-04-01/Accounts/\(TestValues.accountSid)/IncomingPhoneNumbers.json")
        let number = try #require(list.json?["incoming_phone_numbers"]?[0])
        #expect(number["sms_url"] == "http://127.0.0.1:3000/forward-message")
        #expect(number["friendly_name"] == "(500) 555-0006")
        #expect(number["voice_url"] == .null && number["sms_fallback_url"] == "")
        let sid = try #require(number["sid"]?.stringValue)
        #expect(sid.hasPrefix("PN"))
        let path = "/2010-04-01/Accounts/\(TestValues.accountSid)/IncomingPhoneNumbers/\(sid).json"
        let message = try expectTwilioError(await test.send("POST", path, [("SmsUrl", "not a url")]), status: 400, code: 20001)
        #expect(message.contains("SmsUrl"))
        #expect(await test.send("POST", path, [("VoiceUrl", "https://example.com/voice"), ("VoiceMethod", "GET")]).json?["voice_method"] == "GET")
        #expect(await test.send("POST", path, [("SmsUrl", "")]).json?["sms_url"] == "")
        #expect(await test.send("GET", "/2010-04-01/Accounts/\(TestValues.accountSid)/IncomingPhoneNumbers.json", [("PhoneNumber", "555")]).json?["incoming_phone_numbers"]?.arrayValue?.count == 1)
        #expect(await test.send("GET", "/2010-04-01/Accounts/\(TestValues.accountSid)/IncomingPhoneNumbers.json", [("PhoneNumber", "999")]).json?["incoming_phone_numbers"]?.arrayValue?.count == 0)
        try expectTwilioError(
            await test.send("POST", "/2010-04-01/Accounts/\(TestValues.accountSid)/IncomingPhoneNumbers.json", [("PhoneNumber", Self.number)]),
            status: 400, code: 21422
        )
        #expect(await test.send("DELETE", path).status == 204)
    }
}
