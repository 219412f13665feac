/// One Sync Service, as `client.sync.services(sid)`: the service itself and the Documents,
/// Lists, Maps and Streams it holds.
///
/// ```swift
/// let service = client.sync.services("IS…")
/// let info = try await service.documents("streaming_info").fetch()
/// let alice = try await service.syncMaps("players").syncMapItems.create(key: "alice", data: ["score": 3])
/// try await service.update(aclEnabled: true)
/// ```
public struct SyncServiceContext: Sendable {
    let client: TwilioClient
    /// The Sync Service SID (`IS…`), or `default`.
    public let sid: String

    private var segments: [String] { ["v1", "Services", sid] }

    /// The service's documents: call it with a SID or unique name for one document
    /// (`documents("streaming_info").fetch()`), or use it as the list (`documents.create(…)`).
    public var documents: SyncDocumentList {
        SyncDocumentList(client: client, serviceSid: sid)
    }

    /// The service's Sync Lists: call it with a SID (`ES…`) or unique name for one list
    /// (`syncLists("queue").syncListItems`), or use it as the list of lists (`syncLists.create(…)`).
    public var syncLists: SyncListList {
        SyncListList(client: client, serviceSid: sid)
    }

    /// The service's Sync Maps: call it with a SID (`MP…`) or unique name for one map
    /// (`syncMaps("players").syncMapItems`), or use it as the list (`syncMaps.create(…)`).
    public var syncMaps: SyncMapList {
        SyncMapList(client: client, serviceSid: sid)
    }

    /// The service's Message Streams: call it with a SID (`TO…`) or unique name for one stream
    /// (`syncStreams("chat").streamMessages.create(…)`), or use it as the list (`syncStreams.create(…)`).
    public var syncStreams: SyncStreamList {
        SyncStreamList(client: client, serviceSid: sid)
    }

    /// Fetches the service: `GET /v1/Services/{Sid}`.
    /// - Returns: The service.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such service.
    public func fetch() async throws -> SyncService {
        try await client.resource(client.request("GET", .sync, segments), SyncService.init(json:))
    }

    /// Updates the service: `POST /v1/Services/{Sid}`; a `nil` parameter leaves that setting as it is.
    /// - Parameters:
    ///   - friendlyName: A description of the service.
    ///   - webhookUrl: The URL Twilio calls when Sync objects change.
    ///   - reachabilityWebhooksEnabled: Whether `webhookUrl` is called when clients connect and disconnect.
    ///   - aclEnabled: Whether identities need Permissions to reach Sync objects.
    ///   - reachabilityDebouncingEnabled: Whether `endpoint_disconnected` waits for `reachabilityDebouncingWindow`.
    ///   - reachabilityDebouncingWindow: That delay in milliseconds (1,000–30,000).
    ///   - webhooksFromRestEnabled: Whether changes made through REST call `webhookUrl` too.
    /// - Returns: The updated service.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func update(
        friendlyName: String? = nil,
        webhookUrl: String? = nil,
        reachabilityWebhooksEnabled: Bool? = nil,
        aclEnabled: Bool? = nil,
        reachabilityDebouncingEnabled: Bool? = nil,
        reachabilityDebouncingWindow: Int? = nil,
        webhooksFromRestEnabled: Bool? = nil
    ) async throws -> SyncService {
        // Twilio's description (and so twilio-node) lists WebhookUrl before FriendlyName here.
        var form: [(String, String)] = []
        if let webhookUrl { form.append(("WebhookUrl", webhookUrl)) }
        if let friendlyName { form.append(("FriendlyName", friendlyName)) }
        if let reachabilityWebhooksEnabled { form.append(("ReachabilityWebhooksEnabled", String(reachabilityWebhooksEnabled))) }
        if let aclEnabled { form.append(("AclEnabled", String(aclEnabled))) }
        if let reachabilityDebouncingEnabled { form.append(("ReachabilityDebouncingEnabled", String(reachabilityDebouncingEnabled))) }
        if let reachabilityDebouncingWindow { form.append(("ReachabilityDebouncingWindow", String(reachabilityDebouncingWindow))) }
        if let webhooksFromRestEnabled { form.append(("WebhooksFromRestEnabled", String(webhooksFromRestEnabled))) }
        let request = try client.request("POST", .sync, segments, form: form)
        return try await client.resource(request, SyncService.init(json:))
    }

    /// Deletes the service and everything in it: `DELETE /v1/Services/{Sid}`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such service.
    public func remove() async throws {
        _ = try await client.perform(client.request("DELETE", .sync, segments))
    }
}
