/// The Sync Lists of one service, as `client.sync.services(sid).syncLists` (twilio-node's
/// `SyncListListInstance`).
///
/// Calling it addresses one list; its methods act on the collection of lists:
///
/// ```swift
/// let lists = client.sync.services(serviceSid).syncLists
/// let queue = try await lists.create(uniqueName: "queue")
/// let items = try await lists("queue").syncListItems.list()
/// ```
public struct SyncListList: Sendable {
    /// Twilio's largest page of lists.
    static let maximumPageSize = 100

    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String

    /// The Sync List with this SID (`ES…`) or unique name, percent-encoded as one path segment.
    public func callAsFunction(_ sidOrUniqueName: String) -> SyncListContext {
        SyncListContext(client: client, serviceSid: serviceSid, sid: sidOrUniqueName)
    }

    /// Creates a Sync List: `POST /v1/Services/{ServiceSid}/Lists`.
    /// - Parameters:
    ///   - uniqueName: A unique name to address it by (up to 320 characters).
    ///   - ttl: Seconds until the list expires; an alias of `collectionTtl`, ignored when both are given.
    ///   - collectionTtl: Seconds until the list expires; none by default (it never expires).
    /// - Returns: The new list.
    /// - Throws: ``TwilioAPIError``, e.g. HTTP 409 when the unique name is taken.
    public func create(uniqueName: String? = nil, ttl: Int? = nil, collectionTtl: Int? = nil) async throws -> SyncList {
        var form: [(String, String)] = []
        if let uniqueName { form.append(("UniqueName", uniqueName)) }
        if let ttl { form.append(("Ttl", String(ttl))) }
        if let collectionTtl { form.append(("CollectionTtl", String(collectionTtl))) }
        let request = try client.request("POST", .sync, ["v1", "Services", serviceSid, "Lists"], form: form)
        return try await client.resource(request, SyncList.init(json:))
    }

    /// Lists the service's Sync Lists: `GET /v1/Services/{ServiceSid}/Lists`.
    ///
    /// Follows `meta.next_page_url` page after page until the last page, or until `limit`
    /// lists are read, as twilio-node's `list({pageSize, limit})` does.
    /// - Parameters:
    ///   - pageSize: Lists per page (1–100); Twilio's default (50) when `nil`, or `limit` when
    ///     that is smaller than 100.
    ///   - limit: The most lists to return; all of them when `nil`.
    /// - Returns: The lists in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(pageSize: Int? = nil, limit: Int? = nil) async throws -> [SyncList] {
        let query = TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.request("GET", .sync, ["v1", "Services", serviceSid, "Lists"], query: query)
        return try await client.list(request, key: "lists", limit: limit, SyncList.init(json:))
    }
}
