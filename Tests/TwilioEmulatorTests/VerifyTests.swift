import Testing
import TwilioEmulator
import TwilioWire

struct VerifyTests {
    /// An emulator holding one Verify Service; returns its SID.
    private func service(_ test: TestEmulator, _ parameters: [(String, String)] = []) async throws -> String {
        let response = await test.send("POST", "/v2/Services", [("FriendlyName", "My App")] + parameters)
        try #require(response.status == 201, "\(response.bodyText)")
        return try #require(response.json?["sid"]?.stringValue)
    }

    private func code(_ test: TestEmulator, sid: String) async throws -> String {
        let codes = await test.send("GET", "/_emulator/VerifyCodes")
        let entry = try #require(codes.json?["verifications"]?.arrayValue?.first { $0["sid"]?.stringValue == sid })
        return try #require(entry["code"]?.stringValue)
    }

    @Test func aServiceHasTwilioFieldsAndTakesItsSettings() async throws {
        let test = try await TestEmulator.make()
        let created = await test.send("POST", "/v2/Services", [("FriendlyName", "My App"), ("CodeLength", "8"), ("Psd2Enabled", "true")])
        #expect(created.status == 201)
        let object = try #require(created.json?.objectValue)
        #expect(
            object.keys == [
                "sid", "account_sid", "friendly_name", "code_length", "lookup_enabled", "psd2_enabled", "skip_sms_to_landlines",
                "dtmf_input_required", "tts_name", "do_not_share_warning_enabled", "custom_code_enabled", "push", "totp",
                "default_template_sid", "whatsapp", "passkeys", "verify_event_subscription_enabled", "date_created", "date_updated",
                "url", "links",
            ]
        )
        let sid = try #require(object["sid"]?.stringValue)
        #expect(sid.hasPrefix("VA") && sid.count == 34)
        #expect(object["code_length"] == 8 && object["psd2_enabled"] == true)
        #expect(object["url"] == .string("https://verify.twilio.com/v2/Services/\(sid)"))
        let updated = await test.send("POST", "/v2/Services/\(sid)", [("FriendlyName", "Renamed"), ("CodeLength", "4")])
        #expect(updated.json?["friendly_name"] == "Renamed" && updated.json?["code_length"] == 4)
        #expect(await test.send("GET", "/v2/Services").json?["services"]?.arrayValue?.count == 1)
        #expect(await test.send("DELETE", "/v2/Services/\(sid)").status == 204)
        try expectTwilioError(await test.send("GET", "/v2/Services/\(sid)"), status: 404, code: 20404)
    }

    @Test(arguments: [
        ([], "FriendlyName"),
        ([("FriendlyName", String(repeating: "x", count: 33))], "FriendlyName"),
        ([("FriendlyName", "a"), ("CodeLength", "3")], "CodeLength"),
        ([("FriendlyName", "a"), ("CodeLength", "11")], "CodeLength"),
        ([("FriendlyName", "a"), ("LookupEnabled", "yes")], "LookupEnabled"),
        ([("FriendlyName", "a"), ("DefaultTemplateSid", "0000000000000000000000000000000000")], "DefaultTemplateSid"),
    ])
    func badServiceParametersAre60200(parameters: [(String, String)], name: String) async throws {
        let test = try await TestEmulator.make()
        let message = try expectTwilioError(await test.send("POST", "/v2/Services", parameters), status: 400, code: 60200)
        #expect(message.contains("`\(name)`"))
        #expect(await test.send("GET", "/v2/Services").json?["services"]?.arrayValue?.isEmpty == true)
    }

    @Test func startReadTheCodeAndCheckIt() async throws {
        let test = try await TestEmulator.make()
        let service = try await service(test, [("CodeLength", "7")])
        let started = await test.send("POST", "/v2/Services/\(service)/Verifications", [("To", "+1 (415) 555-2671"), ("Channel", "sms")])
        #expect(started.status == 201)
        #expect(started.json?["status"] == "pending" && started.json?["to"] == "+14155552671" && started.json?["valid"] == false)
        #expect(started.json?["send_code_attempts"]?.arrayValue?.count == 1)
        let sid = try #require(started.json?["sid"]?.stringValue)
        #expect(sid.hasPrefix("VE"))
        let code = try await code(test, sid: sid)
        #expect(code.count == 7 && code.allSatisfy(\.isNumber))
        // The SMS is in the Messages outbox, as Twilio texts it.
        let outbox = await test.send("GET", "/_emulator/Messages")
        #expect(outbox.json?["messages"]?[0]?["to"] == "+14155552671")
        #expect(outbox.json?["messages"]?[0]?["body"] == .string("Your My App verification code is: \(code)"))
        #expect(started.json?["code"] == nil && !started.bodyText.contains(code), "the code is never in Twilio's JSON")

        let wrong = await test.send("POST", "/v2/Services/\(service)/VerificationCheck", [("To", "+14155552671"), ("Code", "0000000" == code ? "1111111" : "0000000")])
        #expect(wrong.status == 200 && wrong.json?["status"] == "pending" && wrong.json?["valid"] == false)
        let right = await test.send("POST", "/v2/Services/\(service)/VerificationCheck", [("To", "+14155552671"), ("Code", code)])
        #expect(right.json?["status"] == "approved" && right.json?["valid"] == true)
        #expect(right.json?.objectValue?.keys.last == "sna_attempts_error_codes")
        #expect(await test.send("GET", "/v2/Services/\(service)/Verifications/\(sid)").json?["status"] == "approved")
        // Approved: a further check finds no pending verification.
        try expectTwilioError(
            await test.send("POST", "/v2/Services/\(service)/VerificationCheck", [("VerificationSid", sid), ("Code", code)]), status: 404, code: 20404
        )
    }

    @Test func aSecondStartToTheSameNumberResendsTheSameVerificationUpToFiveTimes() async throws {
        let test = try await TestEmulator.make()
        let service = try await service(test)
        var sids: Set<String> = []
        for attempt in 1...5 {
            let response = await test.send("POST", "/v2/Services/\(service)/Verifications", [("To", "+14155552671"), ("Channel", "call")])
            #expect(response.json?["send_code_attempts"]?.arrayValue?.count == attempt)
            sids.insert(try #require(response.json?["sid"]?.stringValue))
        }
        #expect(sids.count == 1)
        try expectTwilioError(
            await test.send("POST", "/v2/Services/\(service)/Verifications", [("To", "+14155552671"), ("Channel", "sms")]), status: 429, code: 60203
        )
    }

    @Test func fiveWrongChecksEndTheVerification() async throws {
        let test = try await TestEmulator.make()
        test.emulator.verificationCode = "123456"
        let service = try await service(test)
        _ = await test.send("POST", "/v2/Services/\(service)/Verifications", [("To", "alice@example.com"), ("Channel", "email")])
        var last = ""
        for _ in 1...5 {
            let check = await test.send("POST", "/v2/Services/\(service)/VerificationCheck", [("To", "alice@example.com"), ("Code", "999999")])
            last = check.json?["status"]?.stringValue ?? ""
        }
        #expect(last == "max_attempts_reached")
        try expectTwilioError(
            await test.send("POST", "/v2/Services/\(service)/VerificationCheck", [("To", "alice@example.com"), ("Code", "123456")]),
            status: 429, code: 60202
        )
        // Ten minutes on, it is simply gone.
        test.clock.advance(by: 600)
        try expectTwilioError(
            await test.send("POST", "/v2/Services/\(service)/VerificationCheck", [("To", "alice@example.com"), ("Code", "123456")]),
            status: 404, code: 20404
        )
    }

    @Test func aFixedCodeACustomCodeAndExpiryAfterTenMinutes() async throws {
        let test = try await TestEmulator.make()
        test.emulator.verificationCode = "424242"
        let service = try await service(test, [("CustomCodeEnabled", "true")])
        let started = await test.send("POST", "/v2/Services/\(service)/Verifications", [("To", "+447400123456"), ("Channel", "sms")])
        let sid = try #require(started.json?["sid"]?.stringValue)
        #expect(try await code(test, sid: sid) == "424242")
        let custom = await test.send("POST", "/v2/Services/\(service)/Verifications", [("To", "+33612345678"), ("Channel", "sms"), ("CustomCode", "8080")])
        #expect(try await code(test, sid: try #require(custom.json?["sid"]?.stringValue)) == "8080")

        test.clock.advance(by: 600)
        #expect(await test.send("GET", "/v2/Services/\(service)/Verifications/\(sid)").json?["status"] == "expired")
        try expectTwilioError(
            await test.send("POST", "/v2/Services/\(service)/VerificationCheck", [("To", "+447400123456"), ("Code", "424242")]), status: 404, code: 20404
        )
        // The expired one gives its place: a new start is a new verification.
        let again = await test.send("POST", "/v2/Services/\(service)/Verifications", [("To", "+447400123456"), ("Channel", "sms")])
        #expect(again.json?["sid"] != started.json?["sid"])
        #expect(again.json?["status"] == "pending")
    }

    @Test func canceledAndApprovedByUpdate() async throws {
        let test = try await TestEmulator.make()
        let service = try await service(test)
        let started = await test.send("POST", "/v2/Services/\(service)/Verifications", [("To", "+14155552671"), ("Channel", "sms")])
        let sid = try #require(started.json?["sid"]?.stringValue)
        try expectTwilioError(await test.send("POST", "/v2/Services/\(service)/Verifications/\(sid)", [("Status", "done")]), status: 400, code: 60200)
        let canceled = await test.send("POST", "/v2/Services/\(service)/Verifications/\(sid)", [("Status", "canceled")])
        #expect(canceled.json?["status"] == "canceled")
        try expectTwilioError(await test.send("POST", "/v2/Services/\(service)/Verifications/\(sid)", [("Status", "approved")]), status: 404, code: 20404)
    }

    @Test(arguments: [
        ([("Channel", "sms")], "To"),
        ([("To", "+14155552671")], "Channel"),
        ([("To", "+14155552671"), ("Channel", "pigeon")], "Channel"),
        ([("To", "+1415555"), ("Channel", "sms")], "To"),
        ([("To", "not-an-email"), ("Channel", "email")], "To"),
        ([("To", "+14155552671"), ("Channel", "sms"), ("CustomCode", "12")], "CustomCode"),
        ([("To", "+14155552671"), ("Channel", "sms"), ("CustomCode", "1234")], "CustomCode"),
    ])
    func badStartsAre60200AndStartNothing(parameters: [(String, String)], name: String) async throws {
        let test = try await TestEmulator.make()
        let service = try await service(test)
        let message = try expectTwilioError(await test.send("POST", "/v2/Services/\(service)/Verifications", parameters), status: 400, code: 60200)
        #expect(message.contains("`\(name)`"))
        #expect(await test.send("GET", "/_emulator/VerifyCodes").json?["verifications"] == [])
    }
}
