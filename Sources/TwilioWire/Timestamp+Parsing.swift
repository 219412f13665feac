import Foundation

extension Timestamp {
    /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ`, the form the emulator stores and writes; anything
    /// else, including impossible dates such as `02-30`, is `nil`.
    public init?(iso8601 text: String) {
        var text = text
        let parsed: Int? = text.withUTF8 { bytes in
            guard bytes.count == 20, bytes[19] == UInt8(ascii: "Z"), let fields = Self.fields(bytes, leapSecond: false),
                bytes[10] == UInt8(ascii: "T")
            else { return nil }
            return fields.seconds
        }
        guard let parsed else { return nil }
        self.seconds = parsed
    }

    /// The date of any ISO 8601 timestamp Twilio's APIs write: `YYYY-MM-DDTHH:MM:SS`, optionally
    /// with a fraction (`.123`), then `Z` or a `±HH:MM` offset; `nil` for anything else.
    ///
    /// A hand parser rather than a formatter: resources are decoded often, and a shared
    /// `ISO8601DateFormatter` is not `Sendable`.
    public static func date(fromISO8601 text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count >= 20, let fields = fields(bytes, leapSecond: true) else { return nil }
            var index = 19
            var fraction = 0.0
            if bytes[index] == UInt8(ascii: ".") {
                index += 1
                var scale = 0.1
                let start = index
                while index < bytes.count, let digit = digit(bytes[index]) {
                    fraction += Double(digit) * scale
                    scale /= 10
                    index += 1
                }
                guard index > start else { return nil }
            }
            guard index < bytes.count else { return nil }
            var offset = 0
            switch bytes[index] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                index += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard index + 6 == bytes.count, let hours = number(bytes, index + 1, 2),
                    bytes[index + 3] == UInt8(ascii: ":"), let minutes = number(bytes, index + 4, 2),
                    hours < 24, minutes < 60
                else { return nil }
                offset = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
                index += 6
            default:
                return nil
            }
            guard index == bytes.count else { return nil }
            return Date(timeIntervalSince1970: Double(fields.seconds - offset) + fraction)
        }
    }

    /// The seconds since 1970 of the `YYYY-MM-DDTHH:MM:SS` that `bytes` start with, checked as a
    /// calendar date; `leapSecond` allows a second of 60.
    private static func fields(_ bytes: UnsafeBufferPointer<UInt8>, leapSecond: Bool) -> (seconds: Int, year: Int)? {
        guard bytes.count >= 19,
            let year = number(bytes, 0, 4), bytes[4] == UInt8(ascii: "-"),
            let month = number(bytes, 5, 2), bytes[7] == UInt8(ascii: "-"),
            let day = number(bytes, 8, 2), bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
            let hour = number(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"),
            let minute = number(bytes, 14, 2), bytes[16] == UInt8(ascii: ":"),
            let second = number(bytes, 17, 2),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second < (leapSecond ? 61 : 60)
        else { return nil }
        return (days(fromCivil: year, month, day) * 86_400 + hour * 3600 + minute * 60 + second, year)
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for index in start..<start + length {
            guard let digit = digit(bytes[index]) else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
