import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("IncomingPhoneNumbers (2010 API)")
struct IncomingPhoneNumberTests {
    private let numbersURL = "\(Fixtures.accountURL)/IncomingPhoneNumbers.json"

    private func object(_ text: String) throws -> JSONObject {
        try #require(JSONParser.parse(text).objectValue)
    }

    @Test func createPostsTheWebhooksThenTheNumber() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.incomingPhoneNumber))
        let number = try await Fixtures.client(transport).incomingPhoneNumbers.create(
            phoneNumber: "+18089255327", friendlyName: "Front desk", smsUrl: "https://example.com/sms", smsMethod: "POST",
            voiceUrl: "https://example.com/voice", voiceMethod: "GET", statusCallback: "https://example.com/status",
            voiceCallerIdLookup: true)

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == numbersURL)
        #expect(request.form.map(\.0) == [
            "FriendlyName", "SmsMethod", "SmsUrl", "StatusCallback", "VoiceCallerIdLookup", "VoiceMethod", "VoiceUrl", "PhoneNumber",
        ])
        #expect(request.bodyText.hasPrefix("FriendlyName=Front%20desk&SmsMethod=POST&SmsUrl=https%3A%2F%2Fexample.com%2Fsms&"))
        #expect(request.bodyText.hasSuffix(
            "&VoiceCallerIdLookup=true&VoiceMethod=GET&VoiceUrl=https%3A%2F%2Fexample.com%2Fvoice&PhoneNumber=%2B18089255327"))
        #expect(number.sid == Fixtures.phoneNumberSid)
    }

    @Test func createByAreaCode() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.incomingPhoneNumber))
        _ = try await Fixtures.client(transport).incomingPhoneNumbers.create(areaCode: "510")
        #expect(transport.onlyRequest?.bodyText == "AreaCode=510")
    }

    @Test func listSendsItsFilters() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page2010("incoming_phone_numbers", [Fixtures.incomingPhoneNumber], uri: "/x")))
        let numbers = try await Fixtures.client(transport).incomingPhoneNumbers.list(
            phoneNumber: "+1808*", friendlyName: "Front desk", beta: false, origin: "twilio", limit: 10)

        #expect(numbers.map(\.phoneNumber) == ["+18089255327"])
        #expect(transport.onlyRequest?.url
            == numbersURL + "?Beta=false&FriendlyName=Front%20desk&PhoneNumber=%2B1808%2A&Origin=twilio&PageSize=10")
    }

    @Test func contextFetchesUpdatesAndReleasesTheNumber() async throws {
        let transport = RecordingTransport(
            .json(200, Fixtures.incomingPhoneNumber), .json(200, Fixtures.incomingPhoneNumber), TwilioHTTPResponse(status: 204))
        let number = Fixtures.client(transport).incomingPhoneNumbers(Fixtures.phoneNumberSid)
        _ = try await number.fetch()
        try await number.update(smsUrl: "", voiceUrl: "https://example.com/v", accountSid: "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                                voiceReceiveMode: "voice")
        try await number.remove()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["GET", "POST", "DELETE"])
        #expect(requests.map(\.url) == Array(
            repeating: "\(Fixtures.accountURL)/IncomingPhoneNumbers/\(Fixtures.phoneNumberSid).json", count: 3))
        #expect(requests[1].bodyText
            == "AccountSid=ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb&SmsUrl=&VoiceUrl=https%3A%2F%2Fexample.com%2Fv&VoiceReceiveMode=voice")
    }

    @Test func phoneNumberExampleDecodesEveryField() throws {
        let number = try IncomingPhoneNumber(json: object(Fixtures.incomingPhoneNumber))
        #expect(number.sid == Fixtures.phoneNumberSid)
        #expect(number.accountSid == Fixtures.accountSid)
        #expect(number.addressSid == "ADaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(number.addressRequirements == "none")
        #expect(number.apiVersion == "2010-04-01")
        #expect(number.beta == false)
        #expect(number.capabilities == IncomingPhoneNumber.Capabilities(voice: true, sms: false, mms: true, fax: false))
        #expect(number.dateCreated == Date(timeIntervalSince1970: 1_438_298_344))
        #expect(number.dateUpdated == Date(timeIntervalSince1970: 1_438_298_344))
        #expect(number.friendlyName == "(808) 925-5327")
        #expect(number.identitySid == "RIaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(number.phoneNumber == "+18089255327")
        #expect(number.origin == "origin")
        #expect(number.smsApplicationSid == "")
        #expect(number.smsFallbackMethod == "POST")
        #expect(number.smsFallbackUrl == "")
        #expect(number.smsMethod == "POST")
        #expect(number.smsUrl == "")
        #expect(number.statusCallback == "")
        #expect(number.statusCallbackMethod == "POST")
        #expect(number.trunkSid == nil)
        #expect(number.uri == "\(Fixtures.accountPath)/IncomingPhoneNumbers/\(Fixtures.phoneNumberSid).json")
        #expect(number.voiceReceiveMode == "voice")
        #expect(number.voiceApplicationSid == "")
        #expect(number.voiceCallerIdLookup == false)
        #expect(number.voiceFallbackMethod == "POST")
        #expect(number.voiceFallbackUrl == nil)
        #expect(number.voiceMethod == "POST")
        #expect(number.voiceUrl == nil)
        #expect(number.emergencyStatus == "Active")
        #expect(number.emergencyAddressSid == "ADaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(number.emergencyAddressStatus == "registered")
        #expect(number.bundleSid == "BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        #expect(number.status == "in-use")
        #expect(number.type == "local")
    }

    @Test func capabilitiesReadUpperCaseKeysAndToleratesAbsence() throws {
        let upper = try IncomingPhoneNumber(json: object(#"{"sid": "PN1", "capabilities": {"voice": true, "SMS": true, "MMS": false}}"#))
        #expect(upper.capabilities == IncomingPhoneNumber.Capabilities(voice: true, sms: true, mms: false, fax: nil))
        let none = try IncomingPhoneNumber(json: object(#"{"sid": "PN1", "capabilities": null}"#))
        #expect(none.capabilities == IncomingPhoneNumber.Capabilities())
    }
}
