/// The Sync Maps of one service, as `client.sync.services(sid).syncMaps`.
///
/// Calling it addresses one map; its methods act on the list of maps:
///
/// ```swift
/// let maps = client.sync.services(serviceSid).syncMaps
/// let players = try await maps.create(uniqueName: "players")
/// let alice = try await maps("players").syncMapItems("alice").fetch()
/// ```
public struct SyncMapList: Sendable {
    /// Twilio's largest page of maps.
    static let maximumPageSize = 100

    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String

    /// The Sync Map with this SID (`MP…`) or unique name, percent-encoded as one path segment.
    public func callAsFunction(_ sidOrUniqueName: String) -> SyncMapContext {
        SyncMapContext(client: client, serviceSid: serviceSid, sid: sidOrUniqueName)
    }

    /// Creates a Sync Map: `POST /v1/Services/{ServiceSid}/Maps`.
    /// - Parameters:
    ///   - uniqueName: A unique name to address it by (up to 320 characters).
    ///   - ttl: Seconds until the map expires; an alias of `collectionTtl`, ignored when both are given.
    ///   - collectionTtl: Seconds until the map expires; none by default (it never expires).
    /// - Returns: The new map.
    /// - Throws: ``TwilioAPIError``, e.g. HTTP 409 when the unique name is taken.
    public func create(uniqueName: String? = nil, ttl: Int? = nil, collectionTtl: Int? = nil) async throws -> SyncMap {
        var form: [(String, String)] = []
        if let uniqueName { form.append(("UniqueName", uniqueName)) }
        if let ttl { form.append(("Ttl", String(ttl))) }
        if let collectionTtl { form.append(("CollectionTtl", String(collectionTtl))) }
        let request = try client.request("POST", .sync, ["v1", "Services", serviceSid, "Maps"], form: form)
        return try await client.resource(request, SyncMap.init(json:))
    }

    /// Lists the service's Sync Maps: `GET /v1/Services/{ServiceSid}/Maps`.
    ///
    /// Follows `meta.next_page_url` page after page until the last page, or until `limit`
    /// maps are read, as twilio-node's `list({pageSize, limit})` does.
    /// - Parameters:
    ///   - pageSize: Maps per page (1–100); Twilio's default (50) when `nil`, or `limit` when
    ///     that is smaller than 100.
    ///   - limit: The most maps to return; all of them when `nil`.
    /// - Returns: The maps in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(pageSize: Int? = nil, limit: Int? = nil) async throws -> [SyncMap] {
        let query = TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.request("GET", .sync, ["v1", "Services", serviceSid, "Maps"], query: query)
        return try await client.list(request, key: "maps", limit: limit, SyncMap.init(json:))
    }
}
