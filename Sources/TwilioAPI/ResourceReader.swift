import Foundation
import TwilioWire

/// Reads the snake_case fields of a Twilio resource from its JSON object.
///
/// Required fields are strict: a missing or mistyped one is a malformed response, because the
/// resource is useless without it. Optional fields are tolerant: `null`, missing and mistyped
/// values all read as `nil`, as Twilio documents every field as nullable and adds fields over time.
struct ResourceReader {
    let json: JSONObject
    /// The resource's name for messages, e.g. `Sync Document`.
    let resource: String

    init(_ json: JSONObject, resource: String) {
        self.json = json
        self.resource = resource
    }

    func requiredString(_ key: String) throws(TwilioAPIError) -> String {
        guard let value = json[key]?.stringValue else { throw missing(key, "string") }
        return value
    }

    func requiredInt(_ key: String) throws(TwilioAPIError) -> Int {
        guard let value = json[key]?.intValue else { throw missing(key, "integer") }
        return value
    }

    func requiredObject(_ key: String) throws(TwilioAPIError) -> JSONObject {
        guard let value = json[key]?.objectValue else { throw missing(key, "object") }
        return value
    }

    func string(_ key: String) -> String? { json[key]?.stringValue }

    func int(_ key: String) -> Int? { json[key]?.intValue }

    func bool(_ key: String) -> Bool? { json[key]?.boolValue }

    func object(_ key: String) -> JSONObject? { json[key]?.objectValue }

    func date(_ key: String) -> Date? { string(key).flatMap(Timestamp.date(fromISO8601:)) }

    /// The object members of an array; empty when it is missing, `null` or not an array.
    func objects(_ key: String) -> [JSONObject] { json[key]?.arrayValue?.compactMap(\.objectValue) ?? [] }

    /// The string members of an array; empty when it is missing, `null` or not an array.
    func strings(_ key: String) -> [String] { json[key]?.arrayValue?.compactMap(\.stringValue) ?? [] }

    /// The string members of a `links` object (Twilio's `uri-map`); empty when there is none.
    func links(_ key: String = "links") -> [String: String] {
        guard let object = object(key) else { return [:] }
        var links: [String: String] = [:]
        for (name, value) in object {
            if let url = value.stringValue { links[name] = url }
        }
        return links
    }

    private func missing(_ key: String, _ type: String) -> TwilioAPIError {
        let found =
            switch json[key] {
            case nil: "it is missing"
            case .null?: "it is null"
            case let value?: "found \(value.jsonString.prefix(40))"
            }
        return .malformed("the \(resource) has no \"\(key)\" \(type) (\(found))")
    }
}
