/// One PlayerStreamer, as `client.media.playerStreamer(sid)`.
///
/// ```swift
/// let streamer = client.media.playerStreamer("VJ…")
/// let grant = try await streamer.playbackGrant().create(ttl: 60)
/// try await streamer.update(status: .ended)
/// ```
public struct PlayerStreamerContext: Sendable {
    let client: TwilioClient
    /// The PlayerStreamer SID (`VJ…`).
    public let sid: String

    /// Fetches the PlayerStreamer: `GET /v1/PlayerStreamers/{Sid}`.
    /// - Returns: The PlayerStreamer.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such PlayerStreamer.
    public func fetch() async throws -> PlayerStreamer {
        try await client.resource(client.request("GET", .media, ["v1", "PlayerStreamers", sid]), PlayerStreamer.init(json:))
    }

    /// Changes the status: `POST /v1/PlayerStreamers/{Sid}` with `Status`.
    ///
    /// Twilio allows only ``PlayerStreamer/Status/ended``; any other value is sent as it is and
    /// Twilio refuses it with an error.
    /// - Parameter status: The new status, ``PlayerStreamer/Status/ended``.
    /// - Returns: The updated PlayerStreamer (`ended_reason` `ended-via-api`).
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func update(status: PlayerStreamer.Status) async throws -> PlayerStreamer {
        let request = try client.request("POST", .media, ["v1", "PlayerStreamers", sid], form: [("Status", status.rawValue)])
        return try await client.resource(request, PlayerStreamer.init(json:))
    }

    /// The PlayerStreamer's playback grant, as twilio-node's `playerStreamer(sid).playbackGrant()`.
    public func playbackGrant() -> PlaybackGrantContext {
        PlaybackGrantContext(client: client, playerStreamerSid: sid)
    }
}

/// The playback grant of one PlayerStreamer, as `client.media.playerStreamer(sid).playbackGrant()`.
///
/// Twilio only creates grants; fetching one is not enabled.
public struct PlaybackGrantContext: Sendable {
    let client: TwilioClient
    /// The PlayerStreamer SID (`VJ…`).
    public let playerStreamerSid: String

    /// Creates a grant to play the stream: `POST /v1/PlayerStreamers/{Sid}/PlaybackGrant`.
    /// - Parameters:
    ///   - ttl: Seconds the grant stays valid (Twilio: default 15, maximum 60).
    ///   - accessControlAllowOrigin: The origin allowed to play; any origin when `nil`.
    /// - Returns: The grant, whose ``PlaybackGrantResource/grant`` goes into an access token.
    /// - Throws: ``TwilioAPIError``.
    public func create(ttl: Int? = nil, accessControlAllowOrigin: String? = nil) async throws -> PlaybackGrantResource {
        var form: [(String, String)] = []
        if let ttl { form.append(("Ttl", String(ttl))) }
        if let accessControlAllowOrigin { form.append(("AccessControlAllowOrigin", accessControlAllowOrigin)) }
        let request = try client.request("POST", .media, ["v1", "PlayerStreamers", playerStreamerSid, "PlaybackGrant"], form: form)
        return try await client.resource(request, PlaybackGrantResource.init(json:))
    }
}
