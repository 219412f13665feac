/// The Sync Services of the account, as `client.sync.services`.
///
/// Calling it addresses one service; its methods act on the list:
///
/// ```swift
/// let documents = client.sync.services("IS…").documents
/// let service = try await client.sync.services.create(friendlyName: "Live", aclEnabled: true)
/// let all = try await client.sync.services.list()
/// ```
public struct SyncServiceList: Sendable {
    /// Twilio's largest page of services.
    static let maximumPageSize = 100

    let client: TwilioClient

    /// The Sync Service with this SID (`IS…`), or `default` for the account's default service.
    public func callAsFunction(_ sid: String) -> SyncServiceContext {
        SyncServiceContext(client: client, sid: sid)
    }

    /// Creates a Sync Service: `POST /v1/Services`.
    /// - Parameters:
    ///   - friendlyName: A description of the service.
    ///   - webhookUrl: The URL Twilio calls when Sync objects change.
    ///   - reachabilityWebhooksEnabled: Whether `webhookUrl` is called when clients connect and
    ///     disconnect; Twilio's default is `false`.
    ///   - aclEnabled: Whether identities need Permissions to reach Sync objects; Twilio's default is `false`.
    ///   - reachabilityDebouncingEnabled: Whether `endpoint_disconnected` waits for
    ///     `reachabilityDebouncingWindow`; Twilio's default is `false`.
    ///   - reachabilityDebouncingWindow: That delay in milliseconds (1,000–30,000; Twilio's default 5,000).
    ///   - webhooksFromRestEnabled: Whether changes made through REST call `webhookUrl` too; Twilio's
    ///     default is `false`.
    /// - Returns: The new service.
    /// - Throws: ``TwilioAPIError``.
    public func create(
        friendlyName: String? = nil,
        webhookUrl: String? = nil,
        reachabilityWebhooksEnabled: Bool? = nil,
        aclEnabled: Bool? = nil,
        reachabilityDebouncingEnabled: Bool? = nil,
        reachabilityDebouncingWindow: Int? = nil,
        webhooksFromRestEnabled: Bool? = nil
    ) async throws -> SyncService {
        var form: [(String, String)] = []
        if let friendlyName { form.append(("FriendlyName", friendlyName)) }
        if let webhookUrl { form.append(("WebhookUrl", webhookUrl)) }
        if let reachabilityWebhooksEnabled { form.append(("ReachabilityWebhooksEnabled", String(reachabilityWebhooksEnabled))) }
        if let aclEnabled { form.append(("AclEnabled", String(aclEnabled))) }
        if let reachabilityDebouncingEnabled { form.append(("ReachabilityDebouncingEnabled", String(reachabilityDebouncingEnabled))) }
        if let reachabilityDebouncingWindow { form.append(("ReachabilityDebouncingWindow", String(reachabilityDebouncingWindow))) }
        if let webhooksFromRestEnabled { form.append(("WebhooksFromRestEnabled", String(webhooksFromRestEnabled))) }
        let request = try client.request("POST", .sync, ["v1", "Services"], form: form)
        return try await client.resource(request, SyncService.init(json:))
    }

    /// Lists the account's Sync Services: `GET /v1/Services`.
    ///
    /// Follows `meta.next_page_url` page after page until the last page, or until `limit`
    /// services are read, as twilio-node's `list({pageSize, limit})` does.
    /// - Parameters:
    ///   - pageSize: Services per page (1–100); Twilio's default (50) when `nil`, or `limit` when
    ///     that is smaller than 100.
    ///   - limit: The most services to return; all of them when `nil`.
    /// - Returns: The services in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(pageSize: Int? = nil, limit: Int? = nil) async throws -> [SyncService] {
        let query = TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.request("GET", .sync, ["v1", "Services"], query: query)
        return try await client.list(request, key: "services", limit: limit, SyncService.init(json:))
    }
}
