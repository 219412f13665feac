/// The PlayerStreamers of the account, as `client.media.playerStreamer`.
///
/// Calling it addresses one PlayerStreamer; its methods act on the list:
///
/// ```swift
/// let grant = try await client.media.playerStreamer("VJ…").playbackGrant().create(ttl: 60)
/// let streamer = try await client.media.playerStreamer.create(video: true, maxDuration: 600)
/// let live = try await client.media.playerStreamer.list(status: .started)
/// ```
public struct PlayerStreamerList: Sendable {
    /// The order of a list by creation date.
    public struct Order: RawRepresentable, Sendable, Hashable {
        /// The wire value: `asc` or `desc`.
        public let rawValue: String

        /// An order with this wire value.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Oldest first.
        public static let ascending = Order(rawValue: "asc")
        /// Newest first; Twilio's default.
        public static let descending = Order(rawValue: "desc")
    }

    /// Twilio's largest page of PlayerStreamers.
    static let maximumPageSize = 1000

    let client: TwilioClient

    /// The PlayerStreamer with this SID (`VJ…`).
    public func callAsFunction(_ sid: String) -> PlayerStreamerContext {
        PlayerStreamerContext(client: client, sid: sid)
    }

    /// Creates a PlayerStreamer: `POST /v1/PlayerStreamers`.
    /// - Parameters:
    ///   - video: Whether it carries video; Twilio's default is `true`.
    ///   - statusCallback: A URL Twilio calls when the status changes.
    ///   - statusCallbackMethod: The method of that call; Twilio's default is `POST`.
    ///   - maxDuration: The longest it may run, in seconds (Twilio: default 300, maximum 90000).
    /// - Returns: The new PlayerStreamer, in status `created`.
    /// - Throws: ``TwilioAPIError``.
    public func create(
        video: Bool? = nil,
        statusCallback: String? = nil,
        statusCallbackMethod: String? = nil,
        maxDuration: Int? = nil
    ) async throws -> PlayerStreamer {
        var form: [(String, String)] = []
        if let video { form.append(("Video", video ? "true" : "false")) }
        if let statusCallback { form.append(("StatusCallback", statusCallback)) }
        if let statusCallbackMethod { form.append(("StatusCallbackMethod", statusCallbackMethod)) }
        if let maxDuration { form.append(("MaxDuration", String(maxDuration))) }
        let request = try client.request("POST", .media, ["v1", "PlayerStreamers"], form: form)
        return try await client.resource(request, PlayerStreamer.init(json:))
    }

    /// Lists PlayerStreamers: `GET /v1/PlayerStreamers`.
    ///
    /// Follows `meta.next_page_url` page after page until the last page, or until `limit`
    /// PlayerStreamers are read, as twilio-node's `list({…, limit})` does.
    /// - Parameters:
    ///   - status: Only those in this status.
    ///   - order: By creation date; newest first when `nil`.
    ///   - pageSize: PlayerStreamers per page (up to 1000); Twilio's default when `nil`, or `limit`.
    ///   - limit: The most PlayerStreamers to return; all of them when `nil`.
    /// - Returns: The PlayerStreamers in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(
        status: PlayerStreamer.Status? = nil,
        order: Order? = nil,
        pageSize: Int? = nil,
        limit: Int? = nil
    ) async throws -> [PlayerStreamer] {
        var query: [(String, String)] = []
        if let order { query.append(("Order", order.rawValue)) }
        if let status { query.append(("Status", status.rawValue)) }
        if let size = pageSize ?? limit.map({ min($0, Self.maximumPageSize) }) {
            query.append(("PageSize", String(size)))
        }
        let request = try client.request("GET", .media, ["v1", "PlayerStreamers"], query: query)
        return try await client.list(request, key: "player_streamers", limit: limit, PlayerStreamer.init(json:))
    }
}
