import TwilioWire

/// A resource decoded from Twilio's JSON that keeps the whole object as received, so it converts
/// back to exactly that JSON: a handler can return it as its response body, and the CLI prints it
/// as Twilio sent it.
public protocol TwilioResource: JSONValueConvertible, Sendable, Hashable {
    /// The resource exactly as received, including fields not modelled by the type.
    var json: JSONObject { get }
}

extension TwilioResource {
    /// The resource as received.
    public var jsonValue: JSONValue { .object(json) }
}
