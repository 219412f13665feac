import Foundation
import TwilioWire

extension ResourceReader {
    /// A date of the 2010 API, which writes RFC 2822 dates (`Thu, 30 Jul 2015 20:00:00 +0000`);
    /// an ISO 8601 date is read too, so a server that writes those still decodes. `nil` when the
    /// field is missing, `null` or neither.
    func rfc2822Date(_ key: String) -> Date? {
        guard let text = string(key) else { return nil }
        return RFC2822.date(from: text) ?? Timestamp.date(fromISO8601: text)
    }
}

/// Twilio's RFC 2822 dates: `[Day, ]DD Mon YYYY HH:MM:SS ±HHMM` (or `GMT`/`UT`/`Z`), always in
/// English, as the 2010 API writes `date_created`, `date_sent`, `start_time` and the like.
enum RFC2822 {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The date `text` names, or `nil` when it is not an RFC 2822 date or names no real day.
    ///
    /// The fields are rewritten as ISO 8601 and read by ``Timestamp/date(fromISO8601:)``, so both
    /// formats share one calendar check (no `02-30`, no hour 24).
    static func date(from text: String) -> Date? {
        var fields = text.split(separator: " ")
        if let weekday = fields.first, weekday.hasSuffix(",") { fields.removeFirst() }
        guard fields.count == 5,
            let day = digits(fields[0], count: 1...2),
            let month = months.firstIndex(of: String(fields[1])),
            let year = digits(fields[2], count: 4...4),
            fields[3].count == 8,
            let offset = offset(fields[4])
        else { return nil }
        let paddedDay = day.count == 1 ? "0" + day : day
        let paddedMonth = month < 9 ? "0\(month + 1)" : "\(month + 1)"
        return Timestamp.date(fromISO8601: "\(year)-\(paddedMonth)-\(paddedDay)T\(fields[3])\(offset)")
    }

    /// `+HHMM` as `+HH:MM`; `GMT`, `UT` and `Z` as `Z`.
    private static func offset(_ zone: Substring) -> String? {
        if ["GMT", "UT", "Z"].contains(zone) { return "Z" }
        guard zone.count == 5, let sign = zone.first, sign == "+" || sign == "-",
            let hhmm = digits(zone.dropFirst(), count: 4...4)
        else { return nil }
        return "\(sign)\(hhmm.prefix(2)):\(hhmm.suffix(2))"
    }

    private static func digits(_ text: Substring, count: ClosedRange<Int>) -> String? {
        guard count.contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(text)
    }
}
