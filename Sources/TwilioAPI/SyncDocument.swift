import Foundation
import TwilioWire

/// A Sync Document: a JSON object stored by Twilio Sync under a SID and an optional unique name.
///
/// Fields carry Swift names for the wire's snake_case keys (`unique_name` → ``uniqueName``). Only
/// ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it out, and
/// ``json`` keeps the whole resource as received.
///
/// ```swift
/// let document = try await client.sync.services(serviceSid).documents("streaming_info").fetch()
/// document.data["playerStreamerSid"]?.stringValue   // syncDocument.data.playerStreamerSid
/// ```
public struct SyncDocument: TwilioResource {
    /// The document SID (`ET…`).
    public let sid: String
    /// The unique name, when the document has one.
    public let uniqueName: String?
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The Sync Service SID (`IS…`).
    public let serviceSid: String?
    /// The document's absolute URL.
    public let url: String?
    /// The opaque revision, to send as `ifMatch` for a conditional update.
    public let revision: String?
    /// The stored JSON object, in its key order; empty when Twilio sends none.
    public let data: JSONObject
    /// The URLs of related resources, by name: `permissions`.
    public let links: [String: String]
    /// When the document expires; `nil` for a document without a TTL.
    public let dateExpires: Date?
    /// When the document was created.
    public let dateCreated: Date?
    /// When the document was last updated.
    public let dateUpdated: Date?
    /// The identity that created the document; `system` when it was created through REST.
    public let createdBy: String?
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a document from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Sync Document")
        sid = try reader.requiredString("sid")
        uniqueName = reader.string("unique_name")
        accountSid = reader.string("account_sid")
        serviceSid = reader.string("service_sid")
        url = reader.string("url")
        revision = reader.string("revision")
        data = reader.object("data") ?? JSONObject()
        links = reader.links()
        dateExpires = reader.date("date_expires")
        dateCreated = reader.date("date_created")
        dateUpdated = reader.date("date_updated")
        createdBy = reader.string("created_by")
        self.json = json
    }
}
