import TwilioWire

/// One item of a Sync Map, as `client.sync.services(sid).syncMaps(map).syncMapItems(key)`.
///
/// ```swift
/// let alice = client.sync.services(serviceSid).syncMaps("players").syncMapItems("alice")
/// let current = try await alice.fetch()
/// try await alice.update(data: ["score": 4], ifMatch: current.revision)
/// ```
public struct SyncMapItemContext: Sendable {
    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String
    /// The map SID (`MP…`) or unique name.
    public let mapSid: String
    /// The item's key.
    public let key: String

    private var segments: [String] { ["v1", "Services", serviceSid, "Maps", mapSid, "Items", key] }

    /// Fetches the item: `GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}`.
    /// - Returns: The item.
    /// - Throws: ``TwilioAPIError``, with status 404 when the map has no such key.
    public func fetch() async throws -> SyncMapItem {
        try await client.resource(client.request("GET", .sync, segments), SyncMapItem.init(json:))
    }

    /// Updates the item: `POST /v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}`.
    /// - Parameters:
    ///   - data: The new JSON object, replacing the old one; unchanged when `nil`.
    ///   - ttl: New seconds until the item expires; an alias of `itemTtl`, ignored when both are given.
    ///   - itemTtl: New seconds until the item expires; unchanged when `nil`.
    ///   - collectionTtl: New seconds until the whole map expires; unchanged when `nil`.
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
    ) async throws -> SyncMapItem {
        var form: [(String, String)] = []
        if let data { form.append(("Data", JSONValue.object(data).jsonString)) }
        if let ttl { form.append(("Ttl", String(ttl))) }
        if let itemTtl { form.append(("ItemTtl", String(itemTtl))) }
        if let collectionTtl { form.append(("CollectionTtl", String(collectionTtl))) }
        let request = try client.request("POST", .sync, segments, form: form, ifMatch: ifMatch)
        return try await client.resource(request, SyncMapItem.init(json:))
    }

    /// Deletes the item: `DELETE /v1/Services/{ServiceSid}/Maps/{MapSid}/Items/{Key}`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Parameter ifMatch: A revision: the item is only deleted if it is still at it.
    /// - Throws: ``TwilioAPIError``, with status 404 when the map has no such key, 412 on a
    ///   revision mismatch.
    public func remove(ifMatch: String? = nil) async throws {
        _ = try await client.perform(client.request("DELETE", .sync, segments, ifMatch: ifMatch))
    }
}
