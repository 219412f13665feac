import TwilioWire

/// What one identity may do with one Sync Document, List or Map, when its service has
/// ``SyncService/aclEnabled``: the Document, Sync List and Sync Map Permission resources, which
/// differ only in the name of the object's SID field.
///
/// Only ``identity`` is required; every other field is `nil` when Twilio sends `null` or leaves
/// it out, and ``json`` keeps the whole resource as received.
///
/// ```swift
/// let permission = try await client.sync.services(serviceSid)
///     .documents("streaming_info").documentPermissions("alice").fetch()
/// permission.read   // true
/// ```
public struct SyncPermission: TwilioResource {
    /// The identity the permission is for, as in its access tokens.
    public let identity: String
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The Sync Service SID (`IS…`).
    public let serviceSid: String?
    /// The SID of the object the permission applies to: `document_sid` (`ET…`), `list_sid`
    /// (`ES…`) or `map_sid` (`MP…`), whichever the resource has.
    public let objectSid: String?
    /// Whether the identity can read the object (and a list's or map's items).
    public let read: Bool?
    /// Whether the identity can update the document, or create, update and delete items.
    public let write: Bool?
    /// Whether the identity can delete the object.
    public let manage: Bool?
    /// The permission's absolute URL.
    public let url: String?
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a Document, Sync List or Sync Map Permission from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when
    ///   `identity` is missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Sync Permission")
        identity = try reader.requiredString("identity")
        accountSid = reader.string("account_sid")
        serviceSid = reader.string("service_sid")
        objectSid = reader.string("document_sid") ?? reader.string("list_sid") ?? reader.string("map_sid")
        read = reader.bool("read")
        write = reader.bool("write")
        manage = reader.bool("manage")
        url = reader.string("url")
        self.json = json
    }
}
