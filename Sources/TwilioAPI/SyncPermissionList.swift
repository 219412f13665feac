/// The Permissions of one Sync Document, List or Map: `documents(x).documentPermissions`,
/// `syncLists(x).syncListPermissions` or `syncMaps(x).syncMapPermissions`.
///
/// Calling it addresses one identity's permission; its method lists them. Permissions are
/// created by updating one (there is no create):
///
/// ```swift
/// let permissions = client.sync.services(serviceSid).syncMaps("players").syncMapPermissions
/// try await permissions("alice").update(read: true, write: true, manage: false)
/// let all = try await permissions.list()
/// ```
public struct SyncPermissionList: Sendable {
    /// Twilio's largest page of permissions.
    static let maximumPageSize = 100

    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String
    /// The path segment of the object's kind: `Documents`, `Lists` or `Maps`.
    let collection: String
    /// The SID or unique name of the document, list or map.
    public let objectSid: String

    /// The permission of this identity.
    ///
    /// The identity is percent-encoded as one path segment, so any identity can be addressed.
    public func callAsFunction(_ identity: String) -> SyncPermissionContext {
        SyncPermissionContext(client: client, serviceSid: serviceSid, collection: collection, objectSid: objectSid, identity: identity)
    }

    /// Lists the object's permissions: `GET /v1/Services/{ServiceSid}/{Documents|Lists|Maps}/{Sid}/Permissions`.
    ///
    /// Follows `meta.next_page_url` page after page until the last page, or until `limit`
    /// permissions are read, as twilio-node's `list({pageSize, limit})` does.
    /// - Parameters:
    ///   - pageSize: Permissions per page (1–100); Twilio's default (50) when `nil`, or `limit`
    ///     when that is smaller than 100.
    ///   - limit: The most permissions to return; all of them when `nil`.
    /// - Returns: The permissions in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(pageSize: Int? = nil, limit: Int? = nil) async throws -> [SyncPermission] {
        let query = TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let segments = ["v1", "Services", serviceSid, collection, objectSid, "Permissions"]
        let request = try client.request("GET", .sync, segments, query: query)
        return try await client.list(request, key: "permissions", limit: limit, SyncPermission.init(json:))
    }
}
