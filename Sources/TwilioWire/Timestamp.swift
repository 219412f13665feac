import Foundation

/// A moment in whole seconds since 1970, the precision of Twilio's date fields, written as
/// `YYYY-MM-DDTHH:MM:SSZ` in UTC.
///
/// The calendar arithmetic is done here rather than with a date formatter, so formatting is exact,
/// locale-free and cheap on every response.
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Int

    /// The moment `seconds` after 1970-01-01T00:00:00Z.
    public init(seconds: Int) {
        self.seconds = seconds
    }

    /// `date` rounded down to the second; a date no calendar can hold reads as 1970.
    public init(_ date: Date) {
        let interval = date.timeIntervalSince1970.rounded(.down)
        self.seconds = interval.isFinite && abs(interval) < 1e13 ? Int(interval) : 0
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }

    /// This moment moved by `seconds`, saturating instead of overflowing.
    public func adding(_ seconds: Int) -> Timestamp {
        Timestamp(seconds: self.seconds.addingReportingOverflow(seconds).overflow ? Int.max : self.seconds + seconds)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    public var iso8601: String {
        let days = seconds.floorDivided(by: 86_400)
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        guard (0...9999).contains(year) else {
            return Self.padded(year, month, day, secondOfDay)
        }
        // Every field has a fixed width for these years, so the digits go straight into place: this
        // runs for every date of every response.
        return String(unsafeUninitializedCapacity: 20) { buffer in
            func put(_ value: Int, width: Int, at offset: Int) {
                var value = value
                for position in (offset..<offset + width).reversed() {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, width: 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(month, width: 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(day, width: 2, at: 8)
            buffer[10] = UInt8(ascii: "T")
            put(secondOfDay / 3600, width: 2, at: 11)
            buffer[13] = UInt8(ascii: ":")
            put(secondOfDay / 60 % 60, width: 2, at: 14)
            buffer[16] = UInt8(ascii: ":")
            put(secondOfDay % 60, width: 2, at: 17)
            buffer[19] = UInt8(ascii: "Z")
            return 20
        }
    }

    /// The same fields with each number padded to its width, for years outside 0...9999 (a
    /// negative year keeps its sign inside the padding).
    private static func padded(_ year: Int, _ month: Int, _ day: Int, _ secondOfDay: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T"
            + "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))Z"
    }

    // Howard Hinnant's days_from_civil / civil_from_days, proleptic Gregorian calendar.
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y.floorDivided(by: 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = z.floorDivided(by: 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
