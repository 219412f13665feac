import Foundation
import TwilioWire

/// The name/value pairs of a request's form body or query, in the order added, serialised as
/// twilio-node serialises them; a `nil` value is left out.
struct TwilioParameters {
    private(set) var pairs: [(String, String)] = []

    /// `value` as it is.
    mutating func add(_ name: String, _ value: String?) {
        if let value { pairs.append((name, value)) }
    }

    /// `value` in decimal.
    mutating func add(_ name: String, _ value: Int?) {
        if let value { pairs.append((name, String(value))) }
    }

    /// `true` or `false`.
    mutating func add(_ name: String, _ value: Bool?) {
        if let value { pairs.append((name, value ? "true" : "false")) }
    }

    /// `value` as JavaScript writes the number: `1` rather than `1.0`.
    mutating func add(_ name: String, _ value: Double?) {
        guard let value else { return }
        let integral = value.rounded() == value && abs(value) < 1e15
        pairs.append((name, integral ? String(Int(value)) : String(value)))
    }

    /// The parameter once per value, in order (`MediaUrl=a&MediaUrl=b`), as twilio-node sends a
    /// list; nothing for an empty list.
    mutating func add(_ name: String, each values: [String]) {
        for value in values { pairs.append((name, value)) }
    }

    /// The UTC day of `date` as `YYYY-MM-DD`, the form the 2010 API's date filters take
    /// (`DateSent`, `StartTime<`, …).
    mutating func add(_ name: String, day date: Date?) {
        if let date { pairs.append((name, String(Timestamp(date).iso8601.prefix(10)))) }
    }

    /// `date` as ISO 8601 in UTC to the second (`2023-08-24T05:01:45Z`).
    mutating func add(_ name: String, dateTime date: Date?) {
        if let date { pairs.append((name, Timestamp(date).iso8601)) }
    }
}
