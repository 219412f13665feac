/// The Message Streams of one service, as `client.sync.services(sid).syncStreams`.
///
/// Calling it addresses one stream; its methods act on the list:
///
/// ```swift
/// let streams = client.sync.services(serviceSid).syncStreams
/// let chat = try await streams.create(uniqueName: "chat", ttl: 3600)
/// try await streams("chat").streamMessages.create(data: ["text": "hello"])
/// ```
public struct SyncStreamList: Sendable {
    /// Twilio's largest page of streams.
    static let maximumPageSize = 100

    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String

    /// The stream with this SID (`TO…`) or unique name, percent-encoded as one path segment.
    public func callAsFunction(_ sidOrUniqueName: String) -> SyncStreamContext {
        SyncStreamContext(client: client, serviceSid: serviceSid, sid: sidOrUniqueName)
    }

    /// Creates a Message Stream: `POST /v1/Services/{ServiceSid}/Streams`.
    /// - Parameters:
    ///   - uniqueName: A unique name to address it by (up to 320 characters).
    ///   - ttl: Seconds until the stream expires; none by default (it never expires).
    /// - Returns: The new stream.
    /// - Throws: ``TwilioAPIError``, e.g. HTTP 409 when the unique name is taken.
    public func create(uniqueName: String? = nil, ttl: Int? = nil) async throws -> SyncStream {
        var form: [(String, String)] = []
        if let uniqueName { form.append(("UniqueName", uniqueName)) }
        if let ttl { form.append(("Ttl", String(ttl))) }
        let request = try client.request("POST", .sync, ["v1", "Services", serviceSid, "Streams"], form: form)
        return try await client.resource(request, SyncStream.init(json:))
    }

    /// Lists the service's Message Streams: `GET /v1/Services/{ServiceSid}/Streams`.
    ///
    /// Follows `meta.next_page_url` page after page until the last page, or until `limit`
    /// streams are read, as twilio-node's `list({pageSize, limit})` does.
    /// - Parameters:
    ///   - pageSize: Streams per page (1–100); Twilio's default (50) when `nil`, or `limit` when
    ///     that is smaller than 100.
    ///   - limit: The most streams to return; all of them when `nil`.
    /// - Returns: The streams in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(pageSize: Int? = nil, limit: Int? = nil) async throws -> [SyncStream] {
        let query = TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.request("GET", .sync, ["v1", "Services", serviceSid, "Streams"], query: query)
        return try await client.list(request, key: "streams", limit: limit, SyncStream.init(json:))
    }
}
