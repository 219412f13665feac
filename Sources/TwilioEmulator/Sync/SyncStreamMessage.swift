import TwilioWire

/// A message published to a Sync Stream. Messages are not stored: whoever listens to
/// ``TwilioEmulator/streamMessages()`` when one is published (the console) receives it.
///
/// ```swift
/// for await message in emulator.streamMessages() {
///     print(message.streamSid, message.data)
/// }
/// ```
public struct SyncStreamMessage: Sendable, Equatable {
    /// The message SID (`TZ…`).
    public var sid: String
    /// The Sync Service SID.
    public var serviceSid: String
    /// The Stream SID (`TO…`).
    public var streamSid: String
    /// The Stream's unique name, if it has one.
    public var streamUniqueName: String?
    /// The message body.
    public var data: JSONObject
    /// When it was published.
    public var datePublished: Timestamp

    /// The message as the console shows it.
    public var jsonValue: JSONValue {
        [
            "sid": .string(sid),
            "service_sid": .string(serviceSid),
            "stream_sid": .string(streamSid),
            "stream_unique_name": streamUniqueName.jsonValue,
            "data": .object(data),
            "date_published": .string(datePublished.iso8601),
        ]
    }
}
