import TwilioWire

/// One item of a Sync List, as `client.sync.services(sid).syncLists(list).syncListItems(index)`.
///
/// ```swift
/// let item = client.sync.services(serviceSid).syncLists("queue").syncListItems(0)
/// let current = try await item.fetch()
/// try await item.update(data: ["status": "answered"], ifMatch: current.revision)
/// ```
public struct SyncListItemContext: Sendable {
    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String
    /// The list SID (`ES…`) or unique name.
    public let listSid: String
    /// The item's index.
    public let index: Int

    private var segments: [String] { ["v1", "Services", serviceSid, "Lists", listSid, "Items", String(index)] }

    /// Fetches the item: `GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}`.
    /// - Returns: The item.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no item at this index.
    public func fetch() async throws -> SyncListItem {
        try await client.resource(client.request("GET", .sync, segments), SyncListItem.init(json:))
    }

    /// Updates the item: `POST /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}`.
    /// - Parameters:
    ///   - data: The new JSON object, replacing the old one; unchanged when `nil`.
    ///   - ttl: New seconds until the item expires; an alias of `itemTtl`, ignored when both are given.
    ///   - itemTtl: New seconds until the item expires; unchanged when `nil`.
    ///   - collectionTtl: New seconds until the whole list expires; unchanged when `nil`.
    ///   - ifMatch: A revision: the update only applies if the item is still at it.
    /// - Returns: The updated item.
    /// - Throws: ``TwilioAPIError``; a revision mismatch is HTTP 412.
    @discardableResult
    public func update(
        data: JSONObject? = nil,
        ttl: Int? = nil,
        itemTtl: Int? = nil,
        collectionTtl: Int? = nil,
        ifMatch: String? = nil
    ) async throws -> SyncListItem {
        var form: [(String, String)] = []
        if let data { form.append(("Data", JSONValue.object(data).jsonString)) }
        if let ttl { form.append(("Ttl", String(ttl))) }
        if let itemTtl { form.append(("ItemTtl", String(itemTtl))) }
        if let collectionTtl { form.append(("CollectionTtl", String(collectionTtl))) }
        let request = try client.request("POST", .sync, segments, form: form, ifMatch: ifMatch)
        return try await client.resource(request, SyncListItem.init(json:))
    }

    /// Deletes the item: `DELETE /v1/Services/{ServiceSid}/Lists/{ListSid}/Items/{Index}`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Parameter ifMatch: A revision: the item is only deleted if it is still at it.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no item at this index, 412 on a
    ///   revision mismatch.
    public func remove(ifMatch: String? = nil) async throws {
        _ = try await client.perform(client.request("DELETE", .sync, segments, ifMatch: ifMatch))
    }
}
