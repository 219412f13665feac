import TwilioWire

/// A method's options object as the REST API reads it, serialized as twilio-node serializes it:
/// `statusCallback` → `StatusCallback`, objects as JSON text, lists as repeated parameters,
/// Booleans as `true`/`false`, dates as ISO 8601 in UTC.
struct TwilioRESTParameters {
    /// The wire parameters, in the options' order.
    private(set) var pairs: [(String, String)] = []
    /// `ifMatch`, sent as the `If-Match` header.
    private(set) var ifMatch: String?
    /// `limit` of `list()`: the most items to read.
    private(set) var limit: Int?
    /// `pageSize` of `list()` and `page()`.
    private(set) var pageSize: Int?

    init(_ options: JSValue) throws {
        guard case .object(let object) = options else { return }
        for (key, value) in object.ownEntries where !value.isNullish && !value.isCallable {
            switch key {
            case "ifMatch":
                ifMatch = value.toString
            case "limit", "pageSize":
                let number = value.toNumber
                guard number.isFinite, number >= 1 else {
                    throw JSThrow.typeError("Parameter \(key) must be a positive integer, got \(value.toString)")
                }
                if key == "limit" { limit = Int(min(number, 1e9)) } else { pageSize = Int(min(number, 1e9)) }
            case "callback", "done":
                continue
            default:
                let name = TwilioRESTNames.parameter(key)
                if case .object(let array) = value, array.kind == .array {
                    for element in array.elements { pairs.append((name, Self.text(element, day: TwilioRESTNames.takesDay(key)))) }
                } else {
                    pairs.append((name, Self.text(value, day: TwilioRESTNames.takesDay(key))))
                }
            }
        }
    }

    private static func text(_ value: JSValue, day: Bool) -> String {
        switch value {
        case .string(let text):
            return text
        case .object(let object) where object.kind == .date:
            guard object.time.isFinite else { return "Invalid Date" }
            let iso = JSDate.isoString(object.time)
            return day ? String(iso.prefix(10)) : String(iso.prefix(19)) + "Z"
        case .object:
            return value.toJSON?.jsonString ?? value.toString
        default:
            return value.toString
        }
    }
}
