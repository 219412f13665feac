import TwilioWire

/// The messages of one Message Stream, as
/// `client.sync.services(sid).syncStreams(stream).streamMessages`.
///
/// Messages can only be published: Twilio keeps no history to fetch or list.
///
/// ```swift
/// let messages = client.sync.services(serviceSid).syncStreams("chat").streamMessages
/// let sent = try await messages.create(data: ["text": "hello"])
/// ```
public struct StreamMessageList: Sendable {
    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String
    /// The stream SID (`TO…`) or unique name.
    public let streamSid: String

    /// Publishes a message: `POST /v1/Services/{ServiceSid}/Streams/{StreamSid}/Messages`.
    /// - Parameter data: The message body, sent as its JSON text (up to 4 KiB).
    /// - Returns: The published message.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func create(data: JSONObject) async throws -> StreamMessage {
        let form = [("Data", JSONValue.object(data).jsonString)]
        let request = try client.request("POST", .sync, ["v1", "Services", serviceSid, "Streams", streamSid, "Messages"], form: form)
        return try await client.resource(request, StreamMessage.init(json:))
    }
}
