import Foundation
import TwilioWire

/// A Sync Map: a collection of JSON items by key, addressed by SID or unique name.
///
/// Only ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received.
///
/// ```swift
/// let map = try await client.sync.services(serviceSid).syncMaps.create(uniqueName: "players", ttl: 3600)
/// map.links["items"]   // https://sync.twilio.com/v1/Services/IS…/Maps/MP…/Items
/// ```
public struct SyncMap: TwilioResource {
    /// The map SID (`MP…`).
    public let sid: String
    /// The unique name, when the map has one.
    public let uniqueName: String?
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The Sync Service SID (`IS…`).
    public let serviceSid: String?
    /// The map's absolute URL.
    public let url: String?
    /// The URLs of the map's collections, by name: `items`, `permissions`.
    public let links: [String: String]
    /// The opaque revision, which changes with every change to the map.
    public let revision: String?
    /// When the map expires; `nil` for a map without a TTL.
    public let dateExpires: Date?
    /// When the map was created.
    public let dateCreated: Date?
    /// When the map was last updated.
    public let dateUpdated: Date?
    /// The identity that created the map; `system` when it was created through REST.
    public let createdBy: String?
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a Sync Map from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Sync Map")
        sid = try reader.requiredString("sid")
        uniqueName = reader.string("unique_name")
        accountSid = reader.string("account_sid")
        serviceSid = reader.string("service_sid")
        url = reader.string("url")
        links = reader.links()
        revision = reader.string("revision")
        dateExpires = reader.date("date_expires")
        dateCreated = reader.date("date_created")
        dateUpdated = reader.date("date_updated")
        createdBy = reader.string("created_by")
        self.json = json
    }
}
