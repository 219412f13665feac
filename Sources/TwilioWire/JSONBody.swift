/// A message body held either as the bytes it arrived as, or as a JSON value whose compact text is
/// written only when the bytes are read.
///
/// An in-process server and client can hand each other the value and never pay for the text; a
/// transport that writes to a socket reads ``bytes`` once.
///
/// ```swift
/// let body = JSONBody.json(["sid": "ET00000000000000000000000000000000"])
/// body.value      // the object, as made
/// body.bytes      // {"sid":"ET00000000000000000000000000000000"}, written now
/// ```
public enum JSONBody: Sendable {
    /// Bytes as given.
    case bytes([UInt8])
    /// A value whose compact JSON is the body.
    case json(JSONValue)

    /// The body's bytes: as given, or the compact JSON of the value, written on each read.
    public var bytes: [UInt8] {
        switch self {
        case .bytes(let bytes): bytes
        case .json(let value): value.jsonBytes
        }
    }

    /// The value the body is the JSON of, when it is held as one; `nil` for bytes.
    public var value: JSONValue? {
        if case .json(let value) = self { return value }
        return nil
    }
}
