/// Date arithmetic and formats for `Date`; local time is UTC (as on Twilio's servers).
enum JSDate {
    static let msPerDay = 86_400_000.0
    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The broken-down UTC fields of a time value.
    struct Fields {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int, weekday: Int
    }

    /// TimeClip: NaN outside ±8.64e15 ms, fractions dropped.
    static func clip(_ time: Double) -> Double {
        guard time.isFinite, abs(time) <= 8.64e15 else { return .nan }
        return time.rounded(.towardZero) + 0
    }

    static func fields(_ time: Double) -> Fields {
        let ms = time.isFinite ? Int64(clip(time).isNaN ? 0 : clip(time)) : 0
        var days = ms / 86_400_000
        var rest = ms % 86_400_000
        if rest < 0 {
            rest += 86_400_000
            days -= 1
        }
        let (year, month, day) = civil(fromDays: days)
        let weekday = Int(((days % 7) + 11) % 7)
        return Fields(
            year: year, month: month, day: day, hour: Int(rest / 3_600_000), minute: Int(rest / 60_000 % 60),
            second: Int(rest / 1000 % 60), millisecond: Int(rest % 1000), weekday: weekday)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (month 1…12; out-of-range months and days carry over).
    static func days(year: Int, month: Int, day: Int) -> Int64 {
        let monthIndex = month - 1
        let y = Int64(year) + Int64((monthIndex >= 0 ? monthIndex : monthIndex - 11) / 12)
        let m = Int64(((monthIndex % 12) + 12) % 12) + 1
        let shifted = m <= 2 ? y - 1 : y
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468 + Int64(day) - 1
    }

    static func civil(fromDays days: Int64) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }

    /// MakeDate from UTC fields (month 1…12), clipped.
    static func time(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0)
        -> Double
    {
        // Beyond ±400,000 years every time value is out of range anyway; refusing early keeps the day arithmetic exact.
        guard abs(year) <= 400_000, abs(month) <= 10_000_000, abs(day) <= 1_000_000_000 else { return .nan }
        let dayCount = Double(days(year: year, month: month, day: day))
        let within = Double(hour) * 3_600_000 + Double(minute) * 60_000 + Double(second) * 1000 + Double(millisecond)
        return clip(dayCount * msPerDay + within)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(abs(value))
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// `toISOString`: `2024-03-05T10:00:00.000Z` (six-digit signed years outside 0…9999).
    static func isoString(_ time: Double) -> String {
        let f = fields(time)
        let year = (0...9999).contains(f.year) ? pad(f.year, 4) : (f.year < 0 ? "-" : "+") + pad(f.year, 6)
        return "\(year)-\(pad(f.month, 2))-\(pad(f.day, 2))T\(pad(f.hour, 2)):\(pad(f.minute, 2)):\(pad(f.second, 2)).\(pad(f.millisecond, 3))Z"
    }

    /// `String(date)`: `Tue Mar 05 2024 10:00:00 GMT+0000 (Coordinated Universal Time)`.
    static func displayString(_ time: Double) -> String {
        guard time.isFinite else { return "Invalid Date" }
        let f = fields(time)
        let year = f.year < 0 ? "-" + pad(f.year, 6) : pad(f.year, 4)
        return "\(weekdays[f.weekday]) \(months[f.month - 1]) \(pad(f.day, 2)) \(year) \(pad(f.hour, 2)):\(pad(f.minute, 2)):\(pad(f.second, 2)) GMT+0000 (Coordinated Universal Time)"
    }

    /// `toUTCString`: `Tue, 05 Mar 2024 10:00:00 GMT`.
    static func utcString(_ time: Double) -> String {
        guard time.isFinite else { return "Invalid Date" }
        let f = fields(time)
        return "\(weekdays[f.weekday]), \(pad(f.day, 2)) \(months[f.month - 1]) \(pad(f.year, 4)) \(pad(f.hour, 2)):\(pad(f.minute, 2)):\(pad(f.second, 2)) GMT"
    }

    /// `Date.parse`: ISO 8601 forms (`2024-03-05`, `2024-03-05T10:00`, `…:00.123Z`, `…+01:00`) and
    /// `Tue, 05 Mar 2024 10:00:00 GMT`; NaN for anything else.
    static func parse(_ text: String) -> Double {
        let trimmed = JSStrings.trim(text, start: true, end: true)
        if let iso = parseISO(Array(trimmed.utf8)) { return iso }
        return parseRFC(trimmed) ?? .nan
    }

    private static func parseISO(_ bytes: [UInt8]) -> Double? {
        var index = 0
        func number(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        var year: Int
        if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D {
            let negative = bytes[index] == 0x2D
            index += 1
            guard let value = number(6) else { return nil }
            year = negative ? -value : value
        } else {
            guard let value = number(4) else { return nil }
            year = value
        }
        var month = 1
        var day = 1
        if expect(0x2D) {
            guard let value = number(2), (1...12).contains(value) else { return nil }
            month = value
            if expect(0x2D) {
                guard let value = number(2), (1...31).contains(value) else { return nil }
                day = value
            }
        }
        var hour = 0
        var minute = 0
        var second = 0
        var millisecond = 0
        var offset = 0
        if expect(0x54) || expect(0x20) {
            guard let h = number(2), expect(0x3A), let m = number(2), h <= 24, m < 60 else { return nil }
            hour = h
            minute = m
            if expect(0x3A) {
                guard let s = number(2), s < 60 else { return nil }
                second = s
                if expect(0x2E) {
                    var digits = 0
                    var fraction = 0
                    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                        if digits < 3 { fraction = fraction * 10 + Int(bytes[index] - 0x30) }
                        digits += 1
                        index += 1
                    }
                    guard digits > 0 else { return nil }
                    for _ in digits..<max(digits, 3) { fraction *= 10 }
                    millisecond = fraction
                }
            }
            if expect(0x5A) {
                offset = 0
            } else if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D {
                let sign = bytes[index] == 0x2B ? 1 : -1
                index += 1
                guard let oh = number(2) else { return nil }
                _ = expect(0x3A)
                guard let om = number(2) else { return nil }
                offset = sign * (oh * 60 + om)
            }
        }
        guard index == bytes.count else { return nil }
        let local = time(year: year, month: month, day: day, hour: hour, minute: minute, second: second, millisecond: millisecond)
        return clip(local - Double(offset) * 60_000)
    }

    private static func parseRFC(_ text: String) -> Double? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, weekdays.contains(String(first.prefix(3))) { words.removeFirst() }
        guard words.count >= 3 else { return nil }
        var dayText = words[0]
        var monthText = words[1]
        if months.contains(String(dayText.prefix(3))) { swap(&dayText, &monthText) }
        guard let day = Int(dayText), let monthIndex = months.firstIndex(of: String(monthText.prefix(3))),
            let year = Int(words[2])
        else { return nil }
        var hour = 0
        var minute = 0
        var second = 0
        var offset = 0
        if words.count > 3 {
            let clock = words[3].split(separator: ":").map { Int($0) }
            guard clock.count >= 2, let h = clock[0], let m = clock[1] else { return nil }
            hour = h
            minute = m
            if clock.count > 2, let s = clock[2] { second = s }
        }
        if words.count > 4 {
            var zone = Substring(words[4])
            if zone.hasPrefix("GMT") || zone.hasPrefix("UTC") { zone = zone.dropFirst(3) }
            if zone.count == 5, let sign = zone.first, sign == "+" || sign == "-", let value = Int(zone.dropFirst()) {
                offset = (sign == "+" ? 1 : -1) * (value / 100 * 60 + value % 100)
            } else if !zone.isEmpty, zone != "Z" {
                return nil
            }
        }
        return clip(time(year: year, month: monthIndex + 1, day: day, hour: hour, minute: minute, second: second) - Double(offset) * 60_000)
    }
}
