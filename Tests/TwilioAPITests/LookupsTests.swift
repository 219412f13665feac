import Testing
import TwilioAPI
import TwilioWire

@Suite("Lookups v2")
struct LookupsTests {
    private let phoneNumbersURL = "https://lookups.twilio.com/v2/PhoneNumbers"

    private func object(_ text: String) throws -> JSONObject {
        try #require(JSONParser.parse(text).objectValue)
    }

    @Test func fetchSendsTheNumberAsOneEncodedSegment() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.phoneNumberLookup))
        let number = try await Fixtures.client(transport).lookups.phoneNumbers("+14159929960").fetch()

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "GET")
        #expect(request.url == "\(phoneNumbersURL)/%2B14159929960")
        #expect(request.path == "/v2/PhoneNumbers/%2B14159929960")
        #expect(request.query.isEmpty)
        #expect(request.body.isEmpty)
        #expect(request.header("Content-Type") == nil)
        #expect(request.header("Authorization") == Fixtures.apiKeyAuthorization)
        #expect(number.phoneNumber == "+14159929960")
    }

    @Test func aNationalNumberKeepsItsPunctuationInsideTheSegment() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.phoneNumberLookup))
        let context = Fixtures.client(transport).lookups.v2.phoneNumbers("(415) 992/9960")
        _ = try await context.fetch(countryCode: "US")
        #expect(context.phoneNumber == "(415) 992/9960")
        #expect(transport.onlyRequest?.url == "\(phoneNumbersURL)/%28415%29%20992%2F9960?CountryCode=US")
    }

    @Test func fetchSendsEveryQueryParameterInTheSpecOrder() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.everyPackageLookup))
        _ = try await Fixtures.client(transport).lookups.phoneNumbers("+14159929960").fetch(
            fields: "identity_match,sim_swap", countryCode: "US", firstName: "Ana", lastName: "O'Neil",
            addressLine1: "321 Main St", addressLine2: "Apt 2", city: "Seattle", state: "WA", postalCode: "98117",
            addressCountryCode: "US", nationalId: "123-45-6789", dateOfBirth: "19900101", lastVerifiedDate: "20240102",
            verificationSid: "VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", partnerSubId: "tenant/1")

        let request = try #require(transport.onlyRequest)
        #expect(request.query.map(\.0) == [
            "Fields", "CountryCode", "FirstName", "LastName", "AddressLine1", "AddressLine2", "City", "State", "PostalCode",
            "AddressCountryCode", "NationalId", "DateOfBirth", "LastVerifiedDate", "VerificationSid", "PartnerSubId",
        ])
        #expect(request.url == """
            \(phoneNumbersURL)/%2B14159929960?Fields=identity_match%2Csim_swap&CountryCode=US&FirstName=Ana&\
            LastName=O%27Neil&AddressLine1=321%20Main%20St&AddressLine2=Apt%202&City=Seattle&State=WA&PostalCode=98117&\
            AddressCountryCode=US&NationalId=123-45-6789&DateOfBirth=19900101&LastVerifiedDate=20240102&\
            VerificationSid=VEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&PartnerSubId=tenant%2F1
            """)
        #expect(request.body.isEmpty)
    }

    @Test func fetchExampleDecodesEveryField() throws {
        let number = try PhoneNumberLookup(json: object(Fixtures.phoneNumberLookup))
        #expect(number.callingCountryCode == "1")
        #expect(number.countryCode == "US")
        #expect(number.phoneNumber == "+14159929960")
        #expect(number.nationalFormat == "(415) 992-9960")
        #expect(number.valid == true)
        #expect(number.validationErrors.isEmpty)
        #expect(number.callerName == nil)
        #expect(number.simSwap == nil)
        #expect(number.callForwarding == nil)
        #expect(number.lineStatus == nil)
        #expect(number.lineTypeIntelligence == nil)
        #expect(number.identityMatch == nil)
        #expect(number.reassignedNumber == nil)
        #expect(number.smsPumpingRisk == nil)
        #expect(number.phoneNumberQualityScore == nil)
        #expect(number.preFill == nil)
        #expect(number.url == "https://lookups.twilio.com/v2/PhoneNumbers/+14159929960")
        #expect(number.jsonValue == JSONValue.object(try object(Fixtures.phoneNumberLookup)))
    }

    @Test func anInvalidNumberListsItsValidationErrors() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.invalidPhoneNumberLookup))
        let number = try await Fixtures.client(transport).lookups.phoneNumbers("+141599299600").fetch()
        #expect(number.valid == false)
        #expect(number.validationErrors == ["TOO_LONG"])
        #expect(number.callingCountryCode == nil)
        #expect(number.countryCode == nil)
        #expect(number.nationalFormat == nil)
        #expect(number.phoneNumber == "+141599299600")
    }

    @Test func everyDataPackageDecodes() throws {
        let number = try PhoneNumberLookup(json: object(Fixtures.everyPackageLookup))
        #expect(number.callerName?["caller_name"] == "Sergio Suarez")
        #expect(number.callerName?["caller_type"] == "CONSUMER")
        #expect(number.simSwap?["last_sim_swap"]?["swapped_period"] == "PT48H")
        #expect(number.simSwap?["carrier_name"] == "Vodafone UK")
        #expect(number.callForwarding?["call_forwarding_enabled"] == true)
        #expect(number.lineStatus?["status"] == "active")
        #expect(number.lineTypeIntelligence?["type"] == "nonFixedVoip")
        #expect(number.lineTypeIntelligence?["mobile_network_code"] == "38")
        #expect(number.identityMatch?["summary_score"] == 90)
        #expect(number.identityMatch?["first_name_match"] == "exact_match")
        #expect(number.reassignedNumber?["is_number_reassigned"] == "yes")
        #expect(number.smsPumpingRisk?["sms_pumping_risk_score"] == 61)
        #expect(number.smsPumpingRisk?["number_blocked"] == false)
        #expect(number.phoneNumberQualityScore?["carrier_risk_score"] == 17)
        #expect(number.preFill?["postal_code"] == "98117")
        #expect(number.validationErrors.isEmpty)
    }

    @Test func mistypedFieldsReadAsNil() throws {
        let number = try PhoneNumberLookup(json: object(#"{"valid": "yes", "validation_errors": "TOO_LONG", "caller_name": []}"#))
        #expect(number.valid == nil)
        #expect(number.validationErrors.isEmpty)
        #expect(number.callerName == nil)
        #expect(number.url == nil)
    }

    @Test func anErrorNamesTheLookupsURL() async throws {
        let body = #"{"code": 20404, "message": "The requested resource /PhoneNumbers/abc was not found", "status": 404}"#
        let transport = RecordingTransport(.json(404, body))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).lookups.phoneNumbers("abc").fetch(fields: "line_status")
        }
        #expect(error.kind == .rest)
        #expect(error.status == 404)
        #expect(error.code == 20404)
        #expect(error.method == "GET")
        #expect(error.url == "\(phoneNumbersURL)/abc?Fields=line_status")
    }

    @Test func anEmptyNumberIsRefusedBeforeSending() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.phoneNumberLookup))
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await Fixtures.client(transport).lookups.phoneNumbers("").fetch()
        }
        #expect(error.kind == .invalidRequest)
        #expect(transport.requests.isEmpty)
    }
}
