import TwilioWire

extension JSValue {
    /// The JavaScript value of parsed JSON: objects keep their key order.
    public init(json: JSONValue) {
        switch json {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .int(let value): self = .number(Double(value))
        case .double(let value): self = .number(value)
        case .string(let value): self = .string(value)
        case .array(let values): self = .array(values.map(JSValue.init(json:)))
        case .object(let object):
            let result = JSObject()
            for (key, value) in object.entries { result.set(key, JSValue(json: value)) }
            self = .object(result)
        }
    }

    /// The value as JSON data, as `JSON.stringify` would see it without `toJSON` methods: nil for `undefined`,
    /// functions and symbols; NaN and infinities become null; dates their ISO text; cycles are cut with null.
    public var toJSON: JSONValue? {
        jsonValue(visited: [])
    }

    private func jsonValue(visited: Set<ObjectIdentifier>) -> JSONValue? {
        switch self {
        case .undefined: return nil
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .number(let value):
            guard value.isFinite else { return .null }
            if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return .int(Int(value)) }
            return .double(value)
        case .string(let value): return .string(value)
        case .object(let object):
            if object.isCallable { return nil }
            let identity = ObjectIdentifier(object)
            guard !visited.contains(identity) else { return .null }
            let inner = visited.union([identity])
            switch object.kind {
            case .array:
                return .array(object.elements.map { $0.jsonValue(visited: inner) ?? .null })
            case .date:
                return object.time.isFinite ? .string(JSDate.isoString(object.time)) : .null
            default:
                if let convertible = object.nativeValue as? any JSPrimitiveConvertible {
                    return convertible.jsPrimitive.jsonValue(visited: inner)
                }
                if let boxed = object.nativeValue as? JSBoxedPrimitive { return boxed.value.jsonValue(visited: inner) }
                var members = JSONObject()
                for (key, value) in object.ownEntries {
                    if let member = value.jsonValue(visited: inner) { members[key] = member }
                }
                return .object(members)
            }
        }
    }
}
