/// One Sync List, as `client.sync.services(sid).syncLists(sidOrUniqueName)`.
///
/// ```swift
/// let queue = client.sync.services(serviceSid).syncLists("queue")
/// let added = try await queue.syncListItems.create(data: ["caller": "+15555550100"])
/// try await queue.update(collectionTtl: 3600)
/// ```
public struct SyncListContext: Sendable {
    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String
    /// The list SID (`ES…`) or unique name.
    public let sid: String

    private var segments: [String] { ["v1", "Services", serviceSid, "Lists", sid] }

    /// The list's items: call it with an index for one item (`syncListItems(0).fetch()`), or use
    /// it as the list of items (`syncListItems.create(data:)`).
    public var syncListItems: SyncListItemList {
        SyncListItemList(client: client, serviceSid: serviceSid, listSid: sid)
    }

    /// The list's permissions: call it with an identity for one, or list them.
    public var syncListPermissions: SyncPermissionList {
        SyncPermissionList(client: client, serviceSid: serviceSid, collection: "Lists", objectSid: sid)
    }

    /// Fetches the list: `GET /v1/Services/{ServiceSid}/Lists/{Sid}`.
    /// - Returns: The list.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such list.
    public func fetch() async throws -> SyncList {
        try await client.resource(client.request("GET", .sync, segments), SyncList.init(json:))
    }

    /// Changes when the list expires: `POST /v1/Services/{ServiceSid}/Lists/{Sid}`.
    /// - Parameters:
    ///   - ttl: Seconds from now until the list expires; an alias of `collectionTtl`, ignored when
    ///     both are given.
    ///   - collectionTtl: Seconds from now until the list expires; 0 for never.
    /// - Returns: The updated list.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func update(ttl: Int? = nil, collectionTtl: Int? = nil) async throws -> SyncList {
        var form: [(String, String)] = []
        if let ttl { form.append(("Ttl", String(ttl))) }
        if let collectionTtl { form.append(("CollectionTtl", String(collectionTtl))) }
        let request = try client.request("POST", .sync, segments, form: form)
        return try await client.resource(request, SyncList.init(json:))
    }

    /// Deletes the list and its items: `DELETE /v1/Services/{ServiceSid}/Lists/{Sid}`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such list.
    public func remove() async throws {
        _ = try await client.perform(client.request("DELETE", .sync, segments))
    }
}
