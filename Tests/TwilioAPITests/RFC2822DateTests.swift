import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("The 2010 API's RFC 2822 dates")
struct RFC2822DateTests {
    private func dateSent(_ text: String) throws -> Date? {
        let json = try #require(JSONParser.parse(#"{"sid": "SM1", "date_sent": "\#(text)"}"#).objectValue)
        return try Message(json: json).dateSent
    }

    /// Expected values computed with Python's `email.utils.parsedate_to_datetime`.
    @Test(arguments: [
        ("Thu, 24 Aug 2023 05:01:45 +0000", 1_692_853_305),
        ("Wed, 19 Jun 2019 22:04:00 -0700", 1_561_007_040),
        ("Wed, 19 Jun 2019 22:04:00 -0000", 1_560_981_840),
        ("19 Jun 2019 22:04:00 GMT", 1_560_981_840),
        ("Sun, 6 Dec 2015 01:02:03 +0130", 1_449_358_323),
        ("2019-06-19T22:04:00Z", 1_560_981_840),
    ])
    func datesInEveryZoneRead(text: String, seconds: Int) throws {
        #expect(try dateSent(text) == Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    @Test(arguments: [
        "Thu, 30 Feb 2023 05:01:45 +0000", "Thu, 24 Agu 2023 05:01:45 +0000", "Thu, 24 Aug 2023 24:01:45 +0000",
        "Thu, 24 Aug 2023 05:01:45 0000", "Thu, 24 Aug 23 05:01:45 +0000", "Thu, 24 Aug 2023 05:01 +0000", "", "yesterday",
    ])
    func anythingElseIsNil(text: String) throws {
        #expect(try dateSent(text) == nil)
    }
}
