import TwilioWire

/// A message published to a Sync Message Stream. Twilio relays it to the stream's subscribers
/// and keeps nothing, so a message has no other fields and cannot be fetched again.
///
/// ```swift
/// let message = try await client.sync.services(serviceSid).syncStreams("chat")
///     .streamMessages.create(data: ["text": "hello"])
/// message.sid   // TZ…
/// ```
public struct StreamMessage: TwilioResource {
    /// The message SID (`TZ…`).
    public let sid: String
    /// The message body, in its key order; empty when Twilio sends none.
    public let data: JSONObject
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a stream message from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Stream Message")
        sid = try reader.requiredString("sid")
        data = reader.object("data") ?? JSONObject()
        self.json = json
    }
}
