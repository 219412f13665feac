import Testing
import TwilioEmulator
import TwilioWire

struct CallTests {
    static let number = "+15005550006"
    static let ivr = #"<Response><Say voice="alice">Welcome</Say><Gather numDigits="1" action="/menu"><Say>Press 1</Say></Gather><Say>Goodbye</Say></Response>"#

    private func make(_ reply: String, voiceUrl: String? = "/voice") async throws -> (TestEmulator, RecordingWebhooks) {
        let webhooks = RecordingWebhooks(reply: WebhookReply(status: 200, contentType: "text/xml", body: Array(reply.utf8)))
        let test = try await TestEmulator.make()
        test.emulator.useWebhookSender(webhooks)
        test.emulator.useFunctionsBaseURL("http://127.0.0.1:3000")
        var parameters = [("PhoneNumber", Self.number)]
        if let voiceUrl { parameters.append(("VoiceUrl", voiceUrl)) }
        let created = await test.send("POST", "/2010-04-01/Accounts/\(TestValues.accountSid)/IncomingPhoneNumbers.json", parameters)
        try #require(created.status == 201)
        return (test, webhooks)
    }

    @Test func aCallFollowsItsTwiMLPressingTheDigitsAtEachGather() async throws {
        let (test, webhooks) = try await make(Self.ivr)
        let response = await test.send("POST", "/_emulator/Trigger/Call", [("From", "+14155552671"), ("To", Self.number), ("Digits", "1,2")])
        #expect(response.status == 200, "\(response.bodyText)")
        let steps = try #require(response.json?["steps"]?.arrayValue)
        let said = steps.filter { $0["verb"] == "Say" }.compactMap { $0["text"]?.stringValue }
        // Two gathers answered (1, then 2), then one with no input falls through to Goodbye.
        #expect(said == ["Welcome", "Press 1", "Welcome", "Press 1", "Welcome", "Press 1", "Goodbye"])
        #expect(steps.filter { $0["verb"] == "Gather" }.map { $0["digits"] } == ["1", "2", .null])
        #expect(webhooks.sent.map(\.url) == ["http://127.0.0.1:3000/voice", "http://127.0.0.1:3000/menu", "http://127.0.0.1:3000/menu"])
        let first = Dictionary(webhooks.sent[0].parameters, uniquingKeysWith: { first, _ in first })
        #expect(first["CallStatus"] == "ringing" && first["Direction"] == "inbound" && first["From"] == "+14155552671")
        let second = Dictionary(webhooks.sent[1].parameters, uniquingKeysWith: { first, _ in first })
        #expect(second["Digits"] == "1" && second["CallStatus"] == "in-progress")
        #expect(response.json?["call"]?["status"] == "completed" && response.json?["problem"] == .null)
        let sid = try #require(response.json?["call"]?["sid"]?.stringValue)
        #expect(sid.hasPrefix("CA"))
        #expect(await test.send("GET", "/2010-04-01/Accounts/\(TestValues.accountSid)/Calls/\(sid).json").json?["direction"] == "inbound")
    }

    @Test func aRedirectLoopEndsWithAProblem() async throws {
        let (test, webhooks) = try await make("<Response><Redirect>/again</Redirect></Response>")
        let response = await test.send("POST", "/_emulator/Trigger/Call", [("From", "+14155552671"), ("To", Self.number)])
        #expect(response.json?["problem"]?.stringValue?.contains("25 TwiML documents") == true)
        #expect(webhooks.sent.count == 25)
    }

    @Test(arguments: [
        ("<Response><Say>Hi</Say><Hangup/><Say>never</Say></Response>", ["Hi"], nil as String?),
        ("not xml", [], "not TwiML"),
    ])
    func hangupEndsTheCallAndBadTwiMLIsAProblem(twiml: String, said: [String], problem: String?) async throws {
        let (test, _) = try await make(twiml)
        let response = await test.send("POST", "/_emulator/Trigger/Call", [("From", "+14155552671"), ("To", Self.number)])
        let steps = response.json?["steps"]?.arrayValue ?? []
        #expect(steps.filter { $0["verb"] == "Say" }.compactMap { $0["text"]?.stringValue } == said)
        #expect(response.json?["problem"]?.stringValue?.contains(problem ?? "") ?? (problem == nil))
        #expect(response.json?["call"]?["status"] == (problem == nil ? "completed" : "failed"))
    }

    @Test func aCreatedCallRunsOnItsOwnAndCallsTheToNumbersFunction() async throws {
        let (test, webhooks) = try await make("<Response><Say>Hello</Say></Response>")
        let account = "/2010-04-01/Accounts/\(TestValues.accountSid)"
        let created = await test.send("POST", "\(account)/Calls.json", [("To", Self.number), ("From", Self.number), ("Url", "http://127.0.0.1:4000/outbound")])
        #expect(created.status == 201 && created.json?["status"] == "queued")
        let sid = try #require(created.json?["sid"]?.stringValue)
        var status = ""
        for _ in 0..<100 where status != "completed" {
            try await Task.sleep(for: .milliseconds(20))
            status = await test.send("GET", "\(account)/Calls/\(sid).json").json?["status"]?.stringValue ?? ""
        }
        #expect(status == "completed")
        for _ in 0..<100 where webhooks.sent.count < 2 { try await Task.sleep(for: .milliseconds(20)) }
        #expect(webhooks.sent.map(\.url) == ["http://127.0.0.1:4000/outbound", "http://127.0.0.1:3000/voice"])
        #expect(await test.send("GET", "\(account)/Calls.json").json?["calls"]?.arrayValue?.count == 2)
    }

    @Test func callsAreListedByStartAndEndDay() async throws {
        let (test, _) = try await make("<Response><Say>Hi</Say></Response>")
        let account = "/2010-04-01/Accounts/\(TestValues.accountSid)"
        _ = await test.send("POST", "/_emulator/Trigger/Call", [("From", "+14155552671"), ("To", Self.number)])
        for (name, day, count) in [
            ("StartTime", "2015-07-30", 1), ("StartTime<", "2015-07-30", 0), ("StartTime>", "2015-07-30", 1), ("EndTime<", "2015-07-31", 1),
            ("EndTime>", "2015-07-31", 0), ("Status", "completed", 1), ("Status", "busy", 0),
        ] {
            let page = await test.send("GET", "\(account)/Calls.json", [(name, day)])
            #expect(page.json?["calls"]?.arrayValue?.count == count, "\(name)=\(day)")
        }
        let message = try expectTwilioError(await test.send("GET", "\(account)/Calls.json", [("StartTime>", "soon")]), status: 400, code: 20001)
        #expect(message.contains("StartTime>"))
    }

    @Test func badDigitsAreRefusedNamingThem() async throws {
        let (test, webhooks) = try await make(Self.ivr)
        let message = try expectTwilioError(
            await test.send("POST", "/_emulator/Trigger/Call", [("From", "+14155552671"), ("To", Self.number), ("Digits", "1,x")]), status: 400, code: 20001
        )
        #expect(message.contains("Digits"))
        #expect(webhooks.sent.isEmpty)
    }

    @Test(arguments: [
        ([("From", number), ("Url", "https://x.example/a")], 21201),
        ([("To", "+14155552671"), ("Url", "https://x.example/a")], 21213),
        ([("To", "+1415"), ("From", number), ("Url", "https://x.example/a")], 21217),
        ([("To", "+14155552671"), ("From", number)], 21205),
        ([("To", "+14155552671"), ("From", number), ("Url", "ftp://x.example/a")], 21205),
        ([("To", "+14155552671"), ("From", "+14155550000"), ("Url", "https://x.example/a")], 21210),
        ([("To", "+14155552671"), ("From", number), ("Twiml", "<Response>")], 12100),
    ] as [([(String, String)], Int)])
    func badCallsGetTwilioCodes(parameters: [(String, String)], code: Int) async throws {
        let (test, _) = try await make("<Response/>")
        try expectTwilioError(await test.send("POST", "/2010-04-01/Accounts/\(TestValues.accountSid)/Calls.json", parameters), status: 400, code: code)
    }
}
