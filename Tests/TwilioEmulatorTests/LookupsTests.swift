import Testing
import TwilioEmulator
import TwilioWire

struct LookupsTests {
    @Test(arguments: [
        ("+14155552671", nil, "1", "US", "+14155552671", "(415) 555-2671"),
        ("(604) 555-0134", nil, "1", "CA", "+16045550134", "(604) 555-0134"),
        ("+442079460018", nil, "44", "GB", "+442079460018", "020 7946 0018"),
        ("07400 123456", "GB", "44", "GB", "+447400123456", "07400 123456"),
        ("+4915123456789", nil, "49", "DE", "+4915123456789", "01512 3456789"),
        ("+33612345678", nil, "33", "FR", "+33612345678", "06 12 34 56 78"),
        ("+819012345678", nil, "81", "JP", "+819012345678", "090-1234-5678"),
        ("+919876543210", nil, "91", "IN", "+919876543210", "098765 43210"),
        ("+5511912345678", nil, "55", "BR", "+5511912345678", "(11) 91234-5678"),
        ("+61412345678", nil, "61", "AU", "+61412345678", "0412 345 678"),
    ] as [(String, String?, String, String, String, String)])
    func validNumbersOfTheDocumentedCountries(input: String, country: String?, callingCode: String, iso: String, e164: String, national: String) async throws {
        let test = try await TestEmulator.make()
        let query = country.map { [("CountryCode", $0)] } ?? []
        let response = await test.send("GET", "/v2/PhoneNumbers/\(PercentEncoding.encode(input))", query)
        #expect(response.status == 200)
        let body = try #require(response.json?.objectValue)
        #expect(body["valid"] == true)
        #expect(body["calling_country_code"] == .string(callingCode))
        #expect(body["country_code"] == .string(iso))
        #expect(body["phone_number"] == .string(e164))
        #expect(body["national_format"] == .string(national))
        #expect(body["validation_errors"] == .null)
        #expect(body["caller_name"] == .null && body["line_type_intelligence"] == .null)
        #expect(body["url"] == .string("https://lookups.twilio.com/v2/PhoneNumbers/\(PercentEncoding.encode(e164))"))
    }

    @Test(arguments: [
        ("+1415555", "TOO_SHORT"),
        ("+141599299600", "TOO_LONG"),
        ("+10155552671", "INVALID_BUT_POSSIBLE"),
        ("+999123456789", "INVALID_COUNTRY_CODE"),
        ("call-me", "NOT_A_NUMBER"),
    ])
    func invalidNumbersSayWhy(input: String, problem: String) async throws {
        let test = try await TestEmulator.make()
        let response = await test.send("GET", "/v2/PhoneNumbers/\(PercentEncoding.encode(input))")
        #expect(response.status == 200)
        #expect(response.json?["valid"] == false)
        #expect(response.json?["validation_errors"] == [.string(problem)])
        #expect(response.json?["country_code"] == .null && response.json?["national_format"] == .null)
    }

    @Test func fieldsAreCheckedAndItsPackagesAreNull() async throws {
        let test = try await TestEmulator.make()
        let asked = await test.send("GET", "/v2/PhoneNumbers/+14155552671", [("Fields", "caller_name,line_type_intelligence")])
        #expect(asked.status == 200 && asked.json?["caller_name"] == .null)
        let message = try expectTwilioError(await test.send("GET", "/v2/PhoneNumbers/+14155552671", [("Fields", "shoe_size")]), status: 400, code: 20001)
        #expect(message.contains("Fields") && message.contains("shoe_size"))
        try expectTwilioError(await test.send("GET", "/v2/PhoneNumbers/4155552671", [("CountryCode", "USA")]), status: 400, code: 20001)
    }
}
