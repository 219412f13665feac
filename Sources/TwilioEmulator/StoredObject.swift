import TwilioWire

/// Why a stored JSON document (the state file, the seed fixture) does not have the expected shape;
/// the message starts with the path of the value at fault, e.g. `documents[2].revision`.
struct ShapeError: Error, Sendable {
    let message: String
}

/// Reads one JSON object of a stored document field by field, with errors that name the field.
struct StoredObject {
    let object: JSONObject
    /// Where the object sits in its document, e.g. `documents[2]`.
    let path: String

    init(object: JSONObject, path: String) {
        self.object = object
        self.path = path
    }

    /// `value` as an object.
    /// - Throws: ``ShapeError`` when it is not an object.
    init(_ value: JSONValue, path: String) throws(ShapeError) {
        guard let object = value.objectValue else {
            throw ShapeError(message: "\(path): expected an object, found \(Self.describe(value))")
        }
        self.object = object
        self.path = path
    }

    /// The objects of the array member `key`; an absent member is an empty array.
    func objects(_ key: String) throws(ShapeError) -> [StoredObject] {
        guard let value = object[key] else { return [] }
        guard let array = value.arrayValue else { throw mismatch(key, "an array", value) }
        var objects: [StoredObject] = []
        for (index, element) in array.enumerated() {
            objects.append(try StoredObject(element, path: "\(field(key))[\(index)]"))
        }
        return objects
    }

    func string(_ key: String) throws(ShapeError) -> String {
        guard let value = try optionalString(key) else { throw missing(key, "a string") }
        return value
    }

    /// The string member `key`; `nil` when absent or `null`.
    func optionalString(_ key: String) throws(ShapeError) -> String? {
        try member(key, "a string", nullIsAbsent: true, \.stringValue)
    }

    /// The integer member `key`; `nil` when absent or `null`.
    func optionalInt(_ key: String) throws(ShapeError) -> Int? {
        try member(key, "a whole number", nullIsAbsent: true, \.intValue)
    }

    /// The Boolean member `key`; `nil` when absent or `null`.
    func optionalBool(_ key: String) throws(ShapeError) -> Bool? {
        try member(key, "true or false", nullIsAbsent: true, \.boolValue)
    }

    /// The object member `key`; `nil` when absent (`null` is not an object).
    func optionalObject(_ key: String) throws(ShapeError) -> JSONObject? {
        try member(key, "an object", nullIsAbsent: false, \.objectValue)
    }

    /// The member `key` as `convert` reads it; `nil` when absent, or `null` where that counts as
    /// absent.
    /// - Throws: ``ShapeError`` naming `expected` when `convert` cannot read the value.
    private func member<Value>(
        _ key: String,
        _ expected: String,
        nullIsAbsent: Bool,
        _ convert: (JSONValue) -> Value?
    ) throws(ShapeError) -> Value? {
        guard let value = object[key], !(nullIsAbsent && value.isNull) else { return nil }
        guard let converted = convert(value) else { throw mismatch(key, expected, value) }
        return converted
    }

    func timestamp(_ key: String) throws(ShapeError) -> Timestamp {
        guard let value = try optionalTimestamp(key) else { throw missing(key, "a date") }
        return value
    }

    /// The `YYYY-MM-DDTHH:MM:SSZ` member `key`; `nil` when absent or `null`.
    func optionalTimestamp(_ key: String) throws(ShapeError) -> Timestamp? {
        guard let text = try optionalString(key) else { return nil }
        guard let timestamp = Timestamp(iso8601: text) else {
            throw ShapeError(message: "\(field(key)): expected a date like 2015-07-30T20:00:00Z, found \"\(text)\"")
        }
        return timestamp
    }

    /// The SID member `key`: `prefix` and 32 hex digits.
    func sid(_ key: String, prefix: String) throws(ShapeError) -> String {
        let value = try string(key)
        guard SID.isValid(value, prefix: prefix) else {
            throw ShapeError(message: "\(field(key)): expected \(prefix) followed by 32 hex digits, found \"\(value)\"")
        }
        return value
    }

    /// Refuses members outside `allowed`, so a misspelled key is reported instead of ignored.
    func rejectUnknownKeys(_ allowed: [String]) throws(ShapeError) {
        if let unknown = object.keys.first(where: { !allowed.contains($0) }) {
            throw ShapeError(
                message: "\(path.isEmpty ? "" : path + ": ")unknown key \"\(unknown)\"; expected \(allowed.joined(separator: ", "))"
            )
        }
    }

    /// The path of the member `key`, e.g. `documents[2].revision`.
    func field(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    private func missing(_ key: String, _ expected: String) -> ShapeError {
        ShapeError(message: "\(field(key)): missing; expected \(expected)")
    }

    private func mismatch(_ key: String, _ expected: String, _ value: JSONValue) -> ShapeError {
        ShapeError(message: "\(field(key)): expected \(expected), found \(Self.describe(value))")
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a Boolean"
        case .int, .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
