import TwilioWire

/// One Sync Document, as `client.sync.services(sid).documents(sidOrUniqueName)`.
///
/// ```swift
/// let document = client.sync.services(serviceSid).documents("streaming_info")
/// let current = try await document.fetch()
/// try await document.update(data: ["playerStreamerSid": "VJ…"], ifMatch: current.revision)
/// ```
public struct SyncDocumentContext: Sendable {
    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String
    /// The document SID (`ET…`) or unique name.
    public let sid: String

    private var segments: [String] { ["v1", "Services", serviceSid, "Documents", sid] }

    /// The document's permissions: call it with an identity for one
    /// (`documentPermissions("alice").update(read: true, write: false, manage: false)`), or list them
    /// (`documentPermissions.list()`).
    public var documentPermissions: SyncPermissionList {
        SyncPermissionList(client: client, serviceSid: serviceSid, collection: "Documents", objectSid: sid)
    }

    /// Fetches the document: `GET /v1/Services/{ServiceSid}/Documents/{Sid}`.
    /// - Returns: The document.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such document.
    public func fetch() async throws -> SyncDocument {
        try await client.resource(client.request("GET", .sync, segments), SyncDocument.init(json:))
    }

    /// Updates the document: `POST /v1/Services/{ServiceSid}/Documents/{Sid}`.
    /// - Parameters:
    ///   - data: The new JSON object, replacing the old one; unchanged when `nil`.
    ///   - ttl: New seconds until expiry; the expiry is unchanged when `nil`.
    ///   - ifMatch: A revision: the update only applies if the document is still at it.
    /// - Returns: The updated document.
    /// - Throws: ``TwilioAPIError``; a revision mismatch is HTTP 412 (code 54103).
    @discardableResult
    public func update(data: JSONObject? = nil, ttl: Int? = nil, ifMatch: String? = nil) async throws -> SyncDocument {
        var form: [(String, String)] = []
        if let data { form.append(("Data", JSONValue.object(data).jsonString)) }
        if let ttl { form.append(("Ttl", String(ttl))) }
        let request = try client.request("POST", .sync, segments, form: form, ifMatch: ifMatch)
        return try await client.resource(request, SyncDocument.init(json:))
    }

    /// Deletes the document: `DELETE /v1/Services/{ServiceSid}/Documents/{Sid}`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such document.
    public func remove() async throws {
        _ = try await client.perform(client.request("DELETE", .sync, segments))
    }
}
