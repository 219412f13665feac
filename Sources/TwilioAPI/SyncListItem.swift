import Foundation
import TwilioWire

/// An item of a Sync List: a JSON object at an ``index`` that Twilio assigns when the item is
/// added, increasing but not necessarily consecutive.
///
/// Only ``index`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received.
///
/// ```swift
/// let item = try await client.sync.services(serviceSid).syncLists("queue").syncListItems(0).fetch()
/// item.data["caller"]?.stringValue
/// ```
public struct SyncListItem: TwilioResource {
    /// The item's position in its list, which addresses it (`syncListItems(index)`).
    public let index: Int
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The Sync Service SID (`IS…`).
    public let serviceSid: String?
    /// The SID of the list holding the item (`ES…`).
    public let listSid: String?
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

    /// Decodes a list item from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `index`
    ///   is missing or not an integer.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Sync List Item")
        index = try reader.requiredInt("index")
        accountSid = reader.string("account_sid")
        serviceSid = reader.string("service_sid")
        listSid = reader.string("list_sid")
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
