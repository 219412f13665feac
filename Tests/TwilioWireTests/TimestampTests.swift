import Testing

import TwilioWire

/// The date text of every resource: fixed-width fields for years 0 to 9999, padded numbers beyond.
struct TimestampTests {
    @Test(arguments: [
        (0, "1970-01-01T00:00:00Z"),
        (1_438_286_400, "2015-07-30T20:00:00Z"),
        (951_868_799, "2000-02-29T23:59:59Z"),
        (-1, "1969-12-31T23:59:59Z"),
        (-62_167_219_200, "0000-01-01T00:00:00Z"),
        (-62_135_596_800 + 3_723, "0001-01-01T01:02:03Z"),
        (253_402_300_799, "9999-12-31T23:59:59Z"),
        (253_402_300_800, "10000-01-01T00:00:00Z"),
        (-62_167_219_200 - 365 * 86_400, "00-1-01-01T00:00:00Z"),
    ])
    func formats(seconds: Int, text: String) {
        #expect(Timestamp(seconds: seconds).iso8601 == text)
    }

    @Test("every second of years 0 to 9999 formats to text that parses back to it")
    func formattedDatesParseBack() {
        let first = -62_167_219_200
        let last = 253_402_300_799
        var seconds = first
        while seconds <= last {
            let text = Timestamp(seconds: seconds).iso8601
            #expect(text.utf8.count == 20)
            #expect(Timestamp(iso8601: text)?.seconds == seconds, "\(seconds) → \(text)")
            seconds += 7_919_993  // a prime step, so times of day and days of month vary
        }
    }
}
