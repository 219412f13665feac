/// Twilio Sync, as `client.sync`.
///
/// ```swift
/// let documents = client.sync.services("ISxxxx").documents
/// let document = try await documents("streaming_info").fetch()
/// let services = try await client.sync.services.list()
/// ```
public struct SyncAPI: Sendable {
    let client: TwilioClient

    /// The Sync Services: call it with a SID (`IS…`, or `default`) for one service
    /// (`services(sid).documents`), or use it as the list (`services.create(…)`), as twilio-node's
    /// `client.sync.v1.services` does.
    public var services: SyncServiceList {
        SyncServiceList(client: client)
    }
}

/// Twilio Media (Twilio Live), as `client.media`.
///
/// ```swift
/// let grant = try await client.media.playerStreamer("VJxxxx").playbackGrant().create(ttl: 60)
/// let streamer = try await client.media.playerStreamer.create(video: true)
/// ```
public struct MediaAPI: Sendable {
    let client: TwilioClient

    /// The PlayerStreamers: call it with a SID for one (`playerStreamer(sid).fetch()`), or use it as
    /// the list (`playerStreamer.create(…)`), as twilio-node's `client.media.playerStreamer` does.
    public var playerStreamer: PlayerStreamerList {
        PlayerStreamerList(client: client)
    }
}
