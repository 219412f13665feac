/// A Swift value with a natural JSON form, so it can be passed where a ``JSONValue`` is expected
/// (a Function's payload, a response body, a grant field).
public protocol JSONValueConvertible {
    /// The value as JSON.
    var jsonValue: JSONValue { get }
}

extension JSONValue: JSONValueConvertible {
    public var jsonValue: JSONValue { self }
}

extension JSONObject: JSONValueConvertible {
    public var jsonValue: JSONValue { .object(self) }
}

extension String: JSONValueConvertible {
    public var jsonValue: JSONValue { .string(self) }
}

extension Substring: JSONValueConvertible {
    public var jsonValue: JSONValue { .string(String(self)) }
}

extension Int: JSONValueConvertible {
    public var jsonValue: JSONValue { .int(self) }
}

extension Double: JSONValueConvertible {
    public var jsonValue: JSONValue { .double(self) }
}

extension Bool: JSONValueConvertible {
    public var jsonValue: JSONValue { .bool(self) }
}

extension Optional: JSONValueConvertible where Wrapped: JSONValueConvertible {
    public var jsonValue: JSONValue { self?.jsonValue ?? .null }
}

extension Array: JSONValueConvertible where Element: JSONValueConvertible {
    public var jsonValue: JSONValue { .array(map(\.jsonValue)) }
}

extension Dictionary: JSONValueConvertible where Key == String, Value: JSONValueConvertible {
    /// An object with the keys in sorted order: a Swift dictionary has no order of its own, and a
    /// stable one keeps responses reproducible.
    ///
    /// Inlinable so that a caller's `["token": jwt]` is sorted by code specialized for its types;
    /// the generic version looks up type metadata on every call.
    @inlinable
    public var jsonValue: JSONValue {
        // A one-member body (`["token": jwt]`) is the common case and needs no sorting.
        if count == 1, let (key, value) = first {
            return .object(JSONObject([(key, value.jsonValue)]))
        }
        return .object(JSONObject(sorted { $0.key < $1.key }.map { ($0.key, $0.value.jsonValue) }))
    }
}
