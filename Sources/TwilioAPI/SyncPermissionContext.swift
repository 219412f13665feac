/// One identity's permission on a Sync Document, List or Map, as
/// `documents(x).documentPermissions(identity)`, `syncLists(x).syncListPermissions(identity)` or
/// `syncMaps(x).syncMapPermissions(identity)`.
///
/// ```swift
/// let permission = client.sync.services(serviceSid).documents("streaming_info").documentPermissions("alice")
/// try await permission.update(read: true, write: false, manage: false)
/// try await permission.remove()
/// ```
public struct SyncPermissionContext: Sendable {
    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String
    /// The path segment of the object's kind: `Documents`, `Lists` or `Maps`.
    let collection: String
    /// The SID or unique name of the document, list or map.
    public let objectSid: String
    /// The identity the permission is for.
    public let identity: String

    private var segments: [String] { ["v1", "Services", serviceSid, collection, objectSid, "Permissions", identity] }

    /// Fetches the permission: `GET /v1/Services/{ServiceSid}/{Documents|Lists|Maps}/{Sid}/Permissions/{Identity}`.
    /// - Returns: The permission.
    /// - Throws: ``TwilioAPIError``, with status 404 when the identity has no permission on the object.
    public func fetch() async throws -> SyncPermission {
        try await client.resource(client.request("GET", .sync, segments), SyncPermission.init(json:))
    }

    /// Sets the permission, creating it when the identity has none yet:
    /// `POST /v1/Services/{ServiceSid}/{Documents|Lists|Maps}/{Sid}/Permissions/{Identity}`.
    ///
    /// Twilio requires all three flags.
    /// - Parameters:
    ///   - read: Whether the identity can read the object (and a list's or map's items).
    ///   - write: Whether the identity can update the document, or create, update and delete items.
    ///   - manage: Whether the identity can delete the object.
    /// - Returns: The permission as stored.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func update(read: Bool, write: Bool, manage: Bool) async throws -> SyncPermission {
        let form = [("Read", String(read)), ("Write", String(write)), ("Manage", String(manage))]
        let request = try client.request("POST", .sync, segments, form: form)
        return try await client.resource(request, SyncPermission.init(json:))
    }

    /// Deletes the permission: `DELETE /v1/Services/{ServiceSid}/{Documents|Lists|Maps}/{Sid}/Permissions/{Identity}`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Throws: ``TwilioAPIError``, with status 404 when the identity has no permission on the object.
    public func remove() async throws {
        _ = try await client.perform(client.request("DELETE", .sync, segments))
    }
}
