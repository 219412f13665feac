import Foundation
import TwilioWire

/// An item of a Sync Map: a JSON object stored under a ``key`` chosen by the application.
///
/// Only ``key`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received.
///
/// ```swift
/// let alice = try await client.sync.services(serviceSid).syncMaps("players").syncMapItems("alice").fetch()
/// alice.data["score"]?.intValue
/// ```
public struct SyncMapItem: TwilioResource {
    /// The item's key, unique in its map, which addresses it (`syncMapItems(key)`).
    public let key: String
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The Sync Service SID (`IS…`).
    public let serviceSid: String?
    /// The SID of the map holding the item (`MP…`).
    public let mapSid: String?
    /// The item's absolute URL.
    public let url: String?
    /// The opaque revision, to send as `ifMatch` for a conditional update or delete.
    public let revision: String?
    /// The stored JSON object, in its key order; empty when Twilio sends none.
    public let data: JSONObject
    /// When the item expires; `nil` for an item without a TTL.
    public let dateExpires: Date?
    /// When the item was created.
    public let dateCreated: Date?
    /// When the item was last updated.
    public let dateUpdated: Date?
    /// The identity that created the item; `system` when it was created through REST.
    public let createdBy: String?
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a map item from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `key` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Sync Map Item")
        key = try reader.requiredString("key")
        accountSid = reader.string("account_sid")
        serviceSid = reader.string("service_sid")
        mapSid = reader.string("map_sid")
        url = reader.string("url")
        revision = reader.string("revision")
        data = reader.object("data") ?? JSONObject()
        dateExpires = reader.date("date_expires")
        dateCreated = reader.date("date_created")
        dateUpdated = reader.date("date_updated")
        createdBy = reader.string("created_by")
        self.json = json
    }
}
