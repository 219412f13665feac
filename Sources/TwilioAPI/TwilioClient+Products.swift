/// Twilio Sync, as `client.sync`.
///
/// ```swift
/// let documents = client.sync.services("ISxxxx").documents
/// let document = try await documents("streaming_info").fetch()
/// ```
public struct SyncAPI: Sendable {
    let client: TwilioClient

    /// The Sync Service with this SID (`IS…`, or `default`).
    public func services(_ sid: String) -> SyncServiceContext {
        SyncServiceContext(client: client, sid: sid)
    }
}

/// One Sync Service, as `client.sync.services(sid)`.
public struct SyncServiceContext: Sendable {
    let client: TwilioClient
    /// The Sync Service SID.
    public let sid: String

    /// The service's documents: call it with a SID or unique name for one document
    /// (`documents("streaming_info").fetch()`), or use it as the list (`documents.create(…)`).
    public var documents: SyncDocumentList {
        SyncDocumentList(client: client, serviceSid: sid)
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
