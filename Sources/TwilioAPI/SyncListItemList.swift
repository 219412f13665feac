import TwilioWire

/// The items of one Sync List, as `client.sync.services(sid).syncLists(list).syncListItems`.
///
/// Calling it with an index addresses one item; its methods act on the list:
///
/// ```swift
/// let items = client.sync.services(serviceSid).syncLists("queue").syncListItems
/// let added = try await items.create(data: ["caller": "+15555550100"], itemTtl: 600)
/// let latest = try await items.list(order: .descending, limit: 10)
/// try await items(added.index).remove()
/// ```
public struct SyncListItemList: Sendable {
    /// Twilio's largest page of items.
    static let maximumPageSize = 100

    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String
    /// The list SID (`ES…`) or unique name.
    public let listSid: String

    private var segments: [String] { ["v1", "Services", serviceSid, "Lists", listSid, "Items"] }

    /// The item at this index.
    public func callAsFunction(_ index: Int) -> SyncListItemContext {
        SyncListItemContext(client: client, serviceSid: serviceSid, listSid: listSid, index: index)
    }

    /// Appends an item: `POST /v1/Services/{ServiceSid}/Lists/{ListSid}/Items`.
    /// - Parameters:
    ///   - data: The JSON object to store, sent as its JSON text (up to 16 KiB).
    ///   - ttl: Seconds until the item expires; an alias of `itemTtl`, ignored when both are given.
    ///   - itemTtl: Seconds until the item expires; none by default (it never expires).
    ///   - collectionTtl: Seconds until the whole list expires, set at the same time.
    /// - Returns: The new item, with its ``SyncListItem/index``.
    /// - Throws: ``TwilioAPIError``.
    public func create(data: JSONObject, ttl: Int? = nil, itemTtl: Int? = nil, collectionTtl: Int? = nil) async throws -> SyncListItem {
        var form: [(String, String)] = [("Data", JSONValue.object(data).jsonString)]
        if let ttl { form.append(("Ttl", String(ttl))) }
        if let itemTtl { form.append(("ItemTtl", String(itemTtl))) }
        if let collectionTtl { form.append(("CollectionTtl", String(collectionTtl))) }
        let request = try client.request("POST", .sync, segments, form: form)
        return try await client.resource(request, SyncListItem.init(json:))
    }

    /// Lists the items: `GET /v1/Services/{ServiceSid}/Lists/{ListSid}/Items`.
    ///
    /// Follows `meta.next_page_url` page after page until the last page, or until `limit`
    /// items are read, as twilio-node's `list({order, from, bounds, pageSize, limit})` does.
    /// - Parameters:
    ///   - order: By index; ascending when `nil`.
    ///   - from: The index to start from (see `bounds`); the first in `order` when `nil`.
    ///   - bounds: Whether the `from` item itself is included; it is when `nil`.
    ///   - pageSize: Items per page (1–100); Twilio's default (50) when `nil`, or `limit` when
    ///     that is smaller than 100.
    ///   - limit: The most items to return; all of them when `nil`.
    /// - Returns: The items in the requested order.
    /// - Throws: ``TwilioAPIError``.
    public func list(
        order: SyncItemOrder? = nil,
        from: Int? = nil,
        bounds: SyncItemBounds? = nil,
        pageSize: Int? = nil,
        limit: Int? = nil
    ) async throws -> [SyncListItem] {
        var query: [(String, String)] = []
        if let order { query.append(("Order", order.rawValue)) }
        if let from { query.append(("From", String(from))) }
        if let bounds { query.append(("Bounds", bounds.rawValue)) }
        query += TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.request("GET", .sync, segments, query: query)
        return try await client.list(request, key: "items", limit: limit, SyncListItem.init(json:))
    }
}
