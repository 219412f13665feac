import TwilioWire

/// A value a Function can pass to `callback(nil, payload)`, and how it becomes an HTTP answer.
///
/// | payload | answer |
/// | --- | --- |
/// | `String` | 200, `text/plain; charset=utf-8` |
/// | `JSONValue`, `JSONObject`, arrays, dictionaries, numbers, Booleans | 200, `application/json; charset=utf-8` (a number is JSON, not a status) |
/// | ``FunctionResponse`` | its status, headers and body |
public protocol FunctionPayload: Sendable {
    /// The HTTP answer for this payload.
    func functionResult() throws -> FunctionResult
}

extension FunctionPayload where Self: JSONValueConvertible {
    /// 200 with the value as JSON.
    public func functionResult() throws -> FunctionResult {
        FunctionResult(status: 200, headers: FunctionPayloadHeaders.json, body: jsonValue.jsonBytes)
    }
}

extension String: FunctionPayload {
    /// 200 with the text as `text/plain; charset=utf-8`.
    public func functionResult() throws -> FunctionResult {
        FunctionResult(status: 200, headers: FunctionPayloadHeaders.text, body: Array(utf8))
    }
}

extension JSONValue: FunctionPayload {}
extension JSONObject: FunctionPayload {}
extension Int: FunctionPayload {}
extension Double: FunctionPayload {}
extension Bool: FunctionPayload {}
extension Array: FunctionPayload where Element: FunctionPayload & JSONValueConvertible {}
extension Dictionary: FunctionPayload where Key == String, Value: FunctionPayload & JSONValueConvertible {}

/// Header lists shared by every result of a kind, so the request path allocates none.
enum FunctionPayloadHeaders {
    static let text: HeaderList = [("Content-Type", FunctionResult.textContentType)]
    static let json: HeaderList = [("Content-Type", FunctionResult.jsonContentType)]
    static let xml: HeaderList = [("Content-Type", FunctionResult.xmlContentType)]
}
