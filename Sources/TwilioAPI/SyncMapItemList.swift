import TwilioWire

/// The items of one Sync Map, as `client.sync.services(sid).syncMaps(map).syncMapItems`.
///
/// Calling it with a key addresses one item; its methods act on the list:
///
/// ```swift
/// let items = client.sync.services(serviceSid).syncMaps("players").syncMapItems
/// let alice = try await items.create(key: "alice", data: ["score": 3])
/// let fromM = try await items.list(from: "m", bounds: .inclusive)
/// try await items("alice").remove()
/// ```
public struct SyncMapItemList: Sendable {
    /// Twilio's largest page of items.
    static let maximumPageSize = 100

    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String
    /// The map SID (`MP…`) or unique name.
    public let mapSid: String

    private var segments: [String] { ["v1", "Services", serviceSid, "Maps", mapSid, "Items"] }

    /// The item with this key, percent-encoded as one path segment.
    public func callAsFunction(_ key: String) -> SyncMapItemContext {
        SyncMapItemContext(client: client, serviceSid: serviceSid, mapSid: mapSid, key: key)
    }

    /// Adds an item: `POST /v1/Services/{ServiceSid}/Maps/{MapSid}/Items`.
    /// - Parameters:
    ///   - key: The item's key, unique in the map (up to 320 characters).
    ///   - data: The JSON object to store, sent as its JSON text (up to 16 KiB).
    ///   - ttl: Seconds until the item expires; an alias of `itemTtl`, ignored when both are given.
    ///   - itemTtl: Seconds until the item expires; none by default (it never expires).
    ///   - collectionTtl: Seconds until the whole map expires, set at the same time.
    /// - Returns: The new item.
    /// - Throws: ``TwilioAPIError``, e.g. HTTP 409 when the key is taken.
    public func create(
        key: String,
        data: JSONObject,
        ttl: Int? = nil,
        itemTtl: Int? = nil,
        collectionTtl: Int? = nil
    ) async throws -> SyncMapItem {
        var form: [(String, String)] = [("Key", key), ("Data", JSONValue.object(data).jsonString)]
        if let ttl { form.append(("Ttl", String(ttl))) }
        if let itemTtl { form.append(("ItemTtl", String(itemTtl))) }
        if let collectionTtl { form.append(("CollectionTtl", String(collectionTtl))) }
        let request = try client.request("POST", .sync, segments, form: form)
        return try await client.resource(request, SyncMapItem.init(json:))
    }

    /// Lists the items: `GET /v1/Services/{ServiceSid}/Maps/{MapSid}/Items`.
    ///
    /// Follows `meta.next_page_url` page after page until the last page, or until `limit`
    /// items are read, as twilio-node's `list({order, from, bounds, pageSize, limit})` does.
    /// - Parameters:
    ///   - order: By key, lexicographically; ascending when `nil`.
    ///   - from: The key to start from (see `bounds`); the first in `order` when `nil`.
    ///   - bounds: Whether the `from` item itself is included; it is when `nil`.
    ///   - pageSize: Items per page (1–100); Twilio's default (50) when `nil`, or `limit` when
    ///     that is smaller than 100.
    ///   - limit: The most items to return; all of them when `nil`.
    /// - Returns: The items in the requested order.
    /// - Throws: ``TwilioAPIError``.
    public func list(
        order: SyncItemOrder? = nil,
        from: String? = nil,
        bounds: SyncItemBounds? = nil,
        pageSize: Int? = nil,
        limit: Int? = nil
    ) async throws -> [SyncMapItem] {
        var query: [(String, String)] = []
        if let order { query.append(("Order", order.rawValue)) }
        if let from { query.append(("From", from)) }
        if let bounds { query.append(("Bounds", bounds.rawValue)) }
        query += TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.request("GET", .sync, segments, query: query)
        return try await client.list(request, key: "items", limit: limit, SyncMapItem.init(json:))
    }
}
