import Foundation
import TwilioWire

/// A Sync Message Stream: a channel that relays JSON messages to subscribed clients without
/// storing them.
///
/// Only ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received.
///
/// ```swift
/// let stream = try await client.sync.services(serviceSid).syncStreams.create(uniqueName: "chat")
/// stream.links["messages"]   // https://sync.twilio.com/v1/Services/IS…/Streams/TO…/Messages
/// ```
public struct SyncStream: TwilioResource {
    /// The stream SID (`TO…`).
    public let sid: String
    /// The unique name, when the stream has one.
    public let uniqueName: String?
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The Sync Service SID (`IS…`).
    public let serviceSid: String?
    /// The stream's absolute URL.
    public let url: String?
    /// The URLs of the stream's collections, by name: `messages`.
    public let links: [String: String]
    /// When the stream expires; `nil` for a stream without a TTL.
    public let dateExpires: Date?
    /// When the stream was created.
    public let dateCreated: Date?
    /// When the stream was last updated.
    public let dateUpdated: Date?
    /// The identity that created the stream; `system` when it was created through REST.
    public let createdBy: String?
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a Message Stream from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Sync Stream")
        sid = try reader.requiredString("sid")
        uniqueName = reader.string("unique_name")
        accountSid = reader.string("account_sid")
        serviceSid = reader.string("service_sid")
        url = reader.string("url")
        links = reader.links()
        dateExpires = reader.date("date_expires")
        dateCreated = reader.date("date_created")
        dateUpdated = reader.date("date_updated")
        createdBy = reader.string("created_by")
        self.json = json
    }
}
