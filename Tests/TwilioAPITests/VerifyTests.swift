import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("Verify v2")
struct VerifyTests {
    private let verificationsURL = "\(Fixtures.verifyServiceURL)/Verifications"

    private func object(_ text: String) throws -> JSONObject {
        try #require(JSONParser.parse(text).objectValue)
    }

    // MARK: Services

    @Test func createServiceSendsEverySettingInTheSpecOrder() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.verifyService))
        let service = try await Fixtures.client(transport).verify.services.create(
            friendlyName: "My App", codeLength: 6, lookupEnabled: true, skipSmsToLandlines: false, dtmfInputRequired: true,
            ttsName: "Polly.Joanna", psd2Enabled: false, doNotShareWarningEnabled: true, customCodeEnabled: true,
            defaultTemplateSid: "HJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", verifyEventSubscriptionEnabled: false)

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == Fixtures.verifyServicesURL)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request.header("Authorization") == Fixtures.apiKeyAuthorization)
        #expect(request.form.map(\.0) == [
            "FriendlyName", "CodeLength", "LookupEnabled", "SkipSmsToLandlines", "DtmfInputRequired", "TtsName",
            "Psd2Enabled", "DoNotShareWarningEnabled", "CustomCodeEnabled", "DefaultTemplateSid", "VerifyEventSubscriptionEnabled",
        ])
        #expect(request.bodyText == """
            FriendlyName=My%20App&CodeLength=6&LookupEnabled=true&SkipSmsToLandlines=false&DtmfInputRequired=true&\
            TtsName=Polly.Joanna&Psd2Enabled=false&DoNotShareWarningEnabled=true&CustomCodeEnabled=true&\
            DefaultTemplateSid=HJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&VerifyEventSubscriptionEnabled=false
            """)
        #expect(service.sid == Fixtures.verifyServiceSid)
    }

    @Test func createServiceWithOnlyAName() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.verifyService))
        _ = try await Fixtures.client(transport).verify.services.create(friendlyName: "Owl & Co")
        #expect(transport.onlyRequest?.bodyText == "FriendlyName=Owl%20%26%20Co")
    }

    @Test func callingTheListAddressesOneService() async throws {
        let transport = RecordingTransport(
            .json(200, Fixtures.verifyService), .json(200, Fixtures.verifyService), TwilioHTTPResponse(status: 204))
        let service = Fixtures.client(transport).verify.services(Fixtures.verifyServiceSid)
        #expect(service.sid == Fixtures.verifyServiceSid)
        let fetched = try await service.fetch()
        let updated = try await service.update(codeLength: 8, customCodeEnabled: false, verifyEventSubscriptionEnabled: true)
        try await service.remove()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["GET", "POST", "DELETE"])
        #expect(requests.map(\.url) == Array(repeating: Fixtures.verifyServiceURL, count: 3))
        #expect(requests[0].body.isEmpty)
        #expect(requests[1].bodyText == "CodeLength=8&CustomCodeEnabled=false&VerifyEventSubscriptionEnabled=true")
        #expect(requests[2].header("Content-Type") == nil)
        #expect(fetched.codeLength == 4)
        #expect(updated.sid == Fixtures.verifyServiceSid)
    }

    @Test func updateSendsEverySettingInTheSpecOrder() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.verifyService))
        try await Fixtures.client(transport).verify.services(Fixtures.verifyServiceSid).update(
            friendlyName: "Renamed", codeLength: 5, lookupEnabled: false, skipSmsToLandlines: true, dtmfInputRequired: false,
            ttsName: "x", psd2Enabled: true, doNotShareWarningEnabled: false, customCodeEnabled: true,
            defaultTemplateSid: "HJbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", verifyEventSubscriptionEnabled: false)
        #expect(transport.onlyRequest?.form.map(\.0) == [
            "FriendlyName", "CodeLength", "LookupEnabled", "SkipSmsToLandlines", "DtmfInputRequired", "TtsName",
            "Psd2Enabled", "DoNotShareWarningEnabled", "CustomCodeEnabled", "DefaultTemplateSid", "VerifyEventSubscriptionEnabled",
        ])
        #expect(transport.onlyRequest?.form.map(\.1) == [
            "Renamed", "5", "false", "true", "false", "x", "true", "false", "true", "HJbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "false",
        ])
    }

    @Test func listFollowsNextPageURLUntilTheLimit() async throws {
        func sid(_ letter: Character) -> String { "VA" + String(repeating: letter, count: 32) }
        func service(_ letter: Character) -> String { #"{"sid": "\#(sid(letter))"}"# }
        let next = "https://verify.twilio.com/v2/Services?PageSize=2&Page=1&PageToken=PTbbbb"
        let transport = RecordingTransport(
            .json(200, Fixtures.page("services", [Fixtures.verifyService, service("b")], next: next)),
            .json(200, Fixtures.page("services", [service("c"), service("d")], next: next + "c")))
        let services = try await Fixtures.client(transport).verify.services.list(pageSize: 2, limit: 3)

        #expect(services.map(\.sid) == [Fixtures.verifyServiceSid, sid("b"), sid("c")])
        #expect(services.first?.friendlyName == "name")
        #expect(transport.requests.map(\.url) == ["\(Fixtures.verifyServicesURL)?PageSize=2", next])
        #expect(transport.requests.map(\.method) == ["GET", "GET"])
    }

    @Test func aSmallLimitAsksForThatPageSize() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page("services", [Fixtures.verifyService])))
        let services = try await Fixtures.client(transport).verify.v2.services.list(limit: 7)
        #expect(services.count == 1)
        #expect(transport.onlyRequest?.url == "\(Fixtures.verifyServicesURL)?PageSize=7")
    }

    @Test func serviceExampleDecodesEveryField() throws {
        let service = try VerifyService(json: object(Fixtures.verifyService))
        #expect(service.sid == Fixtures.verifyServiceSid)
        #expect(service.accountSid == Fixtures.accountSid)
        #expect(service.friendlyName == "name")
        #expect(service.codeLength == 4)
        #expect(service.lookupEnabled == false)
        #expect(service.psd2Enabled == false)
        #expect(service.skipSmsToLandlines == false)
        #expect(service.dtmfInputRequired == false)
        #expect(service.ttsName == "name")
        #expect(service.doNotShareWarningEnabled == false)
        #expect(service.customCodeEnabled == true)
        #expect(service.push == (try object(
            #"{"include_date": false, "apn_credential_sid": "CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "fcm_credential_sid": null}"#)))
        #expect(service.totp == (try object(#"{"issuer": "test-issuer", "time_step": 30, "code_length": 3, "skew": 2}"#)))
        #expect(service.defaultTemplateSid == "HJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(service.whatsapp == (try object(#"{"msg_service_sid": "MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "from": "whatsapp:+1234567890"}"#)))
        #expect(service.passkeys?["relying_party"]?["origins"] == ["www.mydomain.com", "www.login.mydomain.com"])
        #expect(service.passkeys?["user_verification"] == "discouraged")
        #expect(service.verifyEventSubscriptionEnabled == false)
        #expect(service.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(service.dateUpdated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(service.url == Fixtures.verifyServiceURL)
        #expect(service.links.count == 7)
        #expect(service.links["verifications"] == "\(Fixtures.verifyServiceURL)/Verifications")
        #expect(service.links["verification_checks"] == "\(Fixtures.verifyServiceURL)/VerificationCheck")
        #expect(service.links["access_tokens"] == "\(Fixtures.verifyServiceURL)/AccessTokens")
        #expect(service.jsonValue == JSONValue.object(try object(Fixtures.verifyService)))
    }

    @Test func serviceToleratesNullOptionalFields() throws {
        let service = try VerifyService(json: object(#"{"sid": "VA1", "code_length": null, "push": null, "links": null, "totp": "x"}"#))
        #expect(service.codeLength == nil)
        #expect(service.push == nil)
        #expect(service.totp == nil)
        #expect(service.links.isEmpty)
        #expect(service.lookupEnabled == nil)
    }

    @Test func anEmptyServiceSidIsRefusedBeforeSending() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.verification))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).verify.services("").verifications.create(to: "+15017122661", channel: "sms")
        }
        #expect(error.kind == .invalidRequest)
        #expect(transport.requests.isEmpty)
    }

    // MARK: Verifications

    @Test func createVerificationSendsToAndChannel() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.verification))
        let verification = try await Fixtures.client(transport).verify.services(Fixtures.verifyServiceSid).verifications
            .create(to: "+15017122661", channel: "sms")

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == verificationsURL)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(request.bodyText == "To=%2B15017122661&Channel=sms")
        #expect(verification.sid == Fixtures.verificationSid)
        #expect(verification.status == "pending")
    }

    @Test func createVerificationSendsEveryParameterInTheSpecOrder() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.verification))
        _ = try await Fixtures.client(transport).verify.services(Fixtures.verifyServiceSid).verifications.create(
            to: "alice@example.com", channel: "email", customFriendlyName: "Owl Bank", customMessage: "Your code",
            sendDigits: "ww1", locale: "pt-BR", customCode: "867530", amount: "€39.99", payee: "Acme Inc.",
            appHash: "AbC1/xyz", templateSid: "HJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", deviceIp: "203.0.113.7")

        let request = try #require(transport.onlyRequest)
        #expect(request.form.map(\.0) == [
            "To", "Channel", "CustomFriendlyName", "CustomMessage", "SendDigits", "Locale", "CustomCode", "Amount", "Payee",
            "AppHash", "TemplateSid", "DeviceIp",
        ])
        #expect(request.bodyText == """
            To=alice%40example.com&Channel=email&CustomFriendlyName=Owl%20Bank&CustomMessage=Your%20code&SendDigits=ww1&\
            Locale=pt-BR&CustomCode=867530&Amount=%E2%82%AC39.99&Payee=Acme%20Inc.&AppHash=AbC1%2Fxyz&\
            TemplateSid=HJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&DeviceIp=203.0.113.7
            """)
    }

    @Test func verificationContextFetchesAndUpdates() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.verification), .json(200, Fixtures.canceledVerification))
        let verification = Fixtures.client(transport).verify.services(Fixtures.verifyServiceSid).verifications(Fixtures.verificationSid)
        let fetched = try await verification.fetch()
        let canceled = try await verification.update(status: "canceled")

        let requests = transport.requests
        #expect(requests.map(\.method) == ["GET", "POST"])
        #expect(requests.map(\.url) == Array(repeating: "\(verificationsURL)/\(Fixtures.verificationSid)", count: 2))
        #expect(requests[0].body.isEmpty)
        #expect(requests[1].bodyText == "Status=canceled")
        #expect(fetched.status == "pending")
        #expect(canceled.status == "canceled")
        #expect(verification.sid == Fixtures.verificationSid)
        #expect(verification.serviceSid == Fixtures.verifyServiceSid)
    }

    @Test func verificationExampleDecodesEveryField() throws {
        let verification = try Verification(json: object(Fixtures.verification))
        #expect(verification.sid == Fixtures.verificationSid)
        #expect(verification.serviceSid == Fixtures.verifyServiceSid)
        #expect(verification.accountSid == Fixtures.accountSid)
        #expect(verification.to == "+15017122661")
        #expect(verification.channel == "sms")
        #expect(verification.status == "pending")
        #expect(verification.valid == false)
        #expect(verification.lookup == [:])
        #expect(verification.amount == nil)
        #expect(verification.payee == nil)
        #expect(verification.sendCodeAttempts == [
            try object(#"{"time": "2015-07-30T20:00:00Z", "channel": "SMS", "attempt_sid": "VLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#)
        ])
        #expect(verification.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(verification.dateUpdated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(verification.sna == nil)
        #expect(verification.url == "\(verificationsURL)/\(Fixtures.verificationSid)")
        #expect(verification.jsonValue == JSONValue.object(try object(Fixtures.verification)))
    }

    @Test func snaVerificationKeepsTheLookupAndTheURL() throws {
        let verification = try Verification(json: object(Fixtures.snaVerification))
        #expect(verification.channel == "sna")
        #expect(verification.lookup?["carrier"]?["name"] == "T-Mobile USA, Inc.")
        #expect(verification.lookup?["carrier"]?["error_code"] == JSONValue.null)
        let url = try #require(verification.sna?["url"]?.stringValue)
        #expect(url.count == 481)
        #expect(url.hasPrefix("https://mi.dnlsrv.com/m/id/ANBByzx7?data="))
        #expect(url.hasSuffix("&cipherSalt=yANeDq09bwM38SJs"))
    }

    @Test func aVerificationWithoutSendAttemptsHasNone() throws {
        let verification = try Verification(json: object(#"{"sid": "VE1", "send_code_attempts": null, "lookup": null, "valid": "yes"}"#))
        #expect(verification.sendCodeAttempts.isEmpty)
        #expect(verification.lookup == nil)
        #expect(verification.valid == nil)
        #expect(verification.status == nil)
    }

    @Test func aVerificationWithoutASidIsMalformed() async throws {
        let transport = RecordingTransport(.json(201, #"{"status": "pending"}"#))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).verify.services(Fixtures.verifyServiceSid).verifications
                .create(to: "+15017122661", channel: "sms")
        }
        #expect(error.kind == .malformedResponse)
        #expect(error.status == 201)
        #expect(error.message.contains(#"the Verification has no "sid" string (it is missing)"#))
    }

    @Test func invalidParameterBecomesATwilioError() async throws {
        let transport = RecordingTransport(.json(400, Fixtures.invalidParameter))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).verify.services(Fixtures.verifyServiceSid).verifications
                .create(to: "not-a-number", channel: "sms")
        }
        #expect(error.kind == .rest)
        #expect(error.status == 400)
        #expect(error.code == 60200)
        #expect(error.message == "Invalid parameter: To")
        #expect(error.moreInfo == "https://www.twilio.com/docs/errors/60200")
        #expect(error.method == "POST")
        #expect(error.url == verificationsURL)
        #expect(error.description == """
            Twilio error 60200 (HTTP 400) on POST \(verificationsURL): Invalid parameter: To. \
            More: https://www.twilio.com/docs/errors/60200
            """)
    }

    // MARK: Verification checks

    @Test(arguments: [200, 201])
    func verificationCheckPostsTheCodeAndAcceptsEitherSuccessStatus(status: Int) async throws {
        let transport = RecordingTransport(.json(status, Fixtures.verificationCheck))
        let check = try await Fixtures.client(transport).verify.services(Fixtures.verifyServiceSid).verificationChecks
            .create(code: "123456", to: "+15017122661")

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == "\(Fixtures.verifyServiceURL)/VerificationCheck")
        #expect(request.bodyText == "Code=123456&To=%2B15017122661")
        #expect(check.status == "approved")
        #expect(check.valid == true)
    }

    @Test func verificationCheckSendsEveryParameterInTheSpecOrder() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.verificationCheck))
        _ = try await Fixtures.client(transport).verify.v2.services(Fixtures.verifyServiceSid).verificationChecks.create(
            code: "0000", to: "+15017122661", verificationSid: Fixtures.verificationSid, amount: "10.00", payee: "Acme")
        #expect(transport.onlyRequest?.form.map(\.0) == ["Code", "To", "VerificationSid", "Amount", "Payee"])
        #expect(transport.onlyRequest?.form.map(\.1) == ["0000", "+15017122661", Fixtures.verificationSid, "10.00", "Acme"])
    }

    @Test func verificationCheckExamplesDecodeEveryField() throws {
        let check = try VerificationCheck(json: object(Fixtures.verificationCheck))
        #expect(check.sid == Fixtures.verificationSid)
        #expect(check.serviceSid == Fixtures.verifyServiceSid)
        #expect(check.accountSid == Fixtures.accountSid)
        #expect(check.to == "+15017122661")
        #expect(check.channel == "sms")
        #expect(check.status == "approved")
        #expect(check.valid == true)
        #expect(check.amount == nil)
        #expect(check.payee == nil)
        #expect(check.snaAttemptsErrorCodes.isEmpty)
        #expect(check.dateCreated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(check.dateUpdated == Date(timeIntervalSince1970: Fixtures.july30At20))
        #expect(check.jsonValue == JSONValue.object(try object(Fixtures.verificationCheck)))

        let email = try VerificationCheck(json: object(Fixtures.emailVerificationCheck))
        #expect(email.to == "recipient@foo.com")
        #expect(email.channel == "email")
        #expect(email.dateCreated == Date(timeIntervalSince1970: Fixtures.january30At20))

        let sna = try VerificationCheck(json: object(Fixtures.snaVerificationCheck))
        #expect(sna.snaAttemptsErrorCodes == [try object(#"{"attempt_sid": "VLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "code": 60001}"#)])
    }

    @Test func aWrongCodeIsAPendingCheckNotAnError() async throws {
        let pending = #"{"sid": "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "status": "pending", "valid": false}"#
        let transport = RecordingTransport(.json(200, pending))
        let check = try await Fixtures.client(transport).verify.services(Fixtures.verifyServiceSid).verificationChecks
            .create(code: "000000", verificationSid: Fixtures.verificationSid)
        #expect(check.status == "pending")
        #expect(check.valid == false)
        #expect(transport.onlyRequest?.bodyText == "Code=000000&VerificationSid=\(Fixtures.verificationSid)")
    }

    // MARK: Endpoints

    @Test func twilioEndpointsNameVerifyAndLookupsHosts() {
        #expect(TwilioEndpoints.twilio.verify == "https://verify.twilio.com")
        #expect(TwilioEndpoints.twilio.lookups == "https://lookups.twilio.com")
        #expect(TwilioEndpoints(sync: "http://a", media: "http://b").verify == "https://verify.twilio.com")
        #expect(TwilioEndpoints(sync: "http://a", media: "http://b").lookups == "https://lookups.twilio.com")
        let custom = TwilioEndpoints(sync: "http://a", media: "http://b", verify: "http://v//", lookups: "http://l/")
        #expect(custom.verify == "http://v")
        #expect(custom.lookups == "http://l")
        #expect(custom.api == "https://api.twilio.com")
    }

    @Test(arguments: ["http://127.0.0.1:3001", "http://127.0.0.1:3001/"])
    func localEndpointsSendVerifyAndLookupsToTheLocalBase(baseURL: String) async throws {
        let next = "https://verify.twilio.com/v2/Services?PageSize=1&Page=1&PageToken=PTx"
        let transport = RecordingTransport(
            .json(201, Fixtures.verification), .json(200, Fixtures.verificationCheck), .json(200, Fixtures.phoneNumberLookup),
            .json(200, Fixtures.page("services", [Fixtures.verifyService], next: next)),
            .json(200, Fixtures.page("services", [])))
        let client = Fixtures.client(transport, endpoints: .local(baseURL: baseURL))
        let service = client.verify.services(Fixtures.verifyServiceSid)
        _ = try await service.verifications.create(to: "+15017122661", channel: "sms")
        _ = try await service.verificationChecks.create(code: "1234", to: "+15017122661")
        _ = try await client.lookups.phoneNumbers("+14159929960").fetch()
        _ = try await client.verify.services.list(pageSize: 1)

        #expect(transport.requests.map(\.url) == [
            "http://127.0.0.1:3001/v2/Services/\(Fixtures.verifyServiceSid)/Verifications",
            "http://127.0.0.1:3001/v2/Services/\(Fixtures.verifyServiceSid)/VerificationCheck",
            "http://127.0.0.1:3001/v2/PhoneNumbers/%2B14159929960",
            "http://127.0.0.1:3001/v2/Services?PageSize=1",
            "http://127.0.0.1:3001/v2/Services?PageSize=1&Page=1&PageToken=PTx",
        ])
        #expect(TwilioEndpoints.local(baseURL: baseURL).verify == "http://127.0.0.1:3001")
        #expect(TwilioEndpoints.local(baseURL: baseURL).lookups == "http://127.0.0.1:3001")
    }

    @Test func v2IsTheSameAPI() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.verifyService), .json(200, Fixtures.verifyService))
        let client = Fixtures.client(transport)
        _ = try await client.verify.v2.services(Fixtures.verifyServiceSid).fetch()
        _ = try await client.verify.services(Fixtures.verifyServiceSid).fetch()
        #expect(transport.requests.map(\.url) == [Fixtures.verifyServiceURL, Fixtures.verifyServiceURL])
    }
}
