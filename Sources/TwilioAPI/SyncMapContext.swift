/// One Sync Map, as `client.sync.services(sid).syncMaps(sidOrUniqueName)`.
///
/// ```swift
/// let players = client.sync.services(serviceSid).syncMaps("players")
/// let alice = try await players.syncMapItems.create(key: "alice", data: ["score": 3])
/// try await players.update(collectionTtl: 3600)
/// ```
public struct SyncMapContext: Sendable {
    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String
    /// The map SID (`MP…`) or unique name.
    public let sid: String

    private var segments: [String] { ["v1", "Services", serviceSid, "Maps", sid] }

    /// The map's items: call it with a key for one item (`syncMapItems("alice").fetch()`), or use
    /// it as the list of items (`syncMapItems.create(key:data:)`).
    public var syncMapItems: SyncMapItemList {
        SyncMapItemList(client: client, serviceSid: serviceSid, mapSid: sid)
    }

    /// The map's permissions: call it with an identity for one, or list them.
    public var syncMapPermissions: SyncPermissionList {
        SyncPermissionList(client: client, serviceSid: serviceSid, collection: "Maps", objectSid: sid)
    }

    /// Fetches the map: `GET /v1/Services/{ServiceSid}/Maps/{Sid}`.
    /// - Returns: The map.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such map.
    public func fetch() async throws -> SyncMap {
        try await client.resource(client.request("GET", .sync, segments), SyncMap.init(json:))
    }

    /// Changes when the map expires: `POST /v1/Services/{ServiceSid}/Maps/{Sid}`.
    /// - Parameters:
    ///   - ttl: Seconds from now until the map expires; an alias of `collectionTtl`, ignored when
    ///     both are given.
    ///   - collectionTtl: Seconds from now until the map expires; 0 for never.
    /// - Returns: The updated map.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func update(ttl: Int? = nil, collectionTtl: Int? = nil) async throws -> SyncMap {
        var form: [(String, String)] = []
        if let ttl { form.append(("Ttl", String(ttl))) }
        if let collectionTtl { form.append(("CollectionTtl", String(collectionTtl))) }
        let request = try client.request("POST", .sync, segments, form: form)
        return try await client.resource(request, SyncMap.init(json:))
    }

    /// Deletes the map and its items: `DELETE /v1/Services/{ServiceSid}/Maps/{Sid}`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such map.
    public func remove() async throws {
        _ = try await client.perform(client.request("DELETE", .sync, segments))
    }
}
