/// One Message Stream, as `client.sync.services(sid).syncStreams(sidOrUniqueName)`.
///
/// ```swift
/// let chat = client.sync.services(serviceSid).syncStreams("chat")
/// let message = try await chat.streamMessages.create(data: ["text": "hello"])
/// try await chat.update(ttl: 600)
/// ```
public struct SyncStreamContext: Sendable {
    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String
    /// The stream SID (`TO…`) or unique name.
    public let sid: String

    private var segments: [String] { ["v1", "Services", serviceSid, "Streams", sid] }

    /// The stream's messages, which can only be published (`streamMessages.create(data:)`).
    public var streamMessages: StreamMessageList {
        StreamMessageList(client: client, serviceSid: serviceSid, streamSid: sid)
    }

    /// Fetches the stream: `GET /v1/Services/{ServiceSid}/Streams/{Sid}`.
    /// - Returns: The stream.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such stream.
    public func fetch() async throws -> SyncStream {
        try await client.resource(client.request("GET", .sync, segments), SyncStream.init(json:))
    }

    /// Changes when the stream expires: `POST /v1/Services/{ServiceSid}/Streams/{Sid}`.
    /// - Parameter ttl: Seconds from now until the stream expires; 0 for never.
    /// - Returns: The updated stream.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func update(ttl: Int? = nil) async throws -> SyncStream {
        var form: [(String, String)] = []
        if let ttl { form.append(("Ttl", String(ttl))) }
        let request = try client.request("POST", .sync, segments, form: form)
        return try await client.resource(request, SyncStream.init(json:))
    }

    /// Deletes the stream: `DELETE /v1/Services/{ServiceSid}/Streams/{Sid}`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such stream.
    public func remove() async throws {
        _ = try await client.perform(client.request("DELETE", .sync, segments))
    }
}
