import Foundation
import TwilioWire

/// A Sync Service: the container of an application's Documents, Lists, Maps and Streams, with
/// its webhook and access-control settings.
///
/// Only ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received.
///
/// ```swift
/// let service = try await client.sync.services("default").fetch()
/// if service.aclEnabled == true { … }   // identities need Permissions
/// ```
public struct SyncService: TwilioResource {
    /// The service SID (`IS…`).
    public let sid: String
    /// The unique name, when the service has one.
    public let uniqueName: String?
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The description given at creation or update.
    public let friendlyName: String?
    /// When the service was created.
    public let dateCreated: Date?
    /// When the service was last updated.
    public let dateUpdated: Date?
    /// The service's absolute URL.
    public let url: String?
    /// The URL Twilio calls when Sync objects change.
    public let webhookUrl: String?
    /// Whether changes made through REST call ``webhookUrl`` too.
    public let webhooksFromRestEnabled: Bool?
    /// Whether ``webhookUrl`` is called when client endpoints connect and disconnect.
    public let reachabilityWebhooksEnabled: Bool?
    /// Whether identities need Permissions to reach Sync objects.
    public let aclEnabled: Bool?
    /// Whether `endpoint_disconnected` waits for ``reachabilityDebouncingWindow``.
    public let reachabilityDebouncingEnabled: Bool?
    /// The reachability delay in milliseconds.
    public let reachabilityDebouncingWindow: Int?
    /// The URLs of the service's collections, by name: `documents`, `lists`, `maps`, `streams`.
    public let links: [String: String]
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a service from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Sync Service")
        sid = try reader.requiredString("sid")
        uniqueName = reader.string("unique_name")
        accountSid = reader.string("account_sid")
        friendlyName = reader.string("friendly_name")
        dateCreated = reader.date("date_created")
        dateUpdated = reader.date("date_updated")
        url = reader.string("url")
        webhookUrl = reader.string("webhook_url")
        webhooksFromRestEnabled = reader.bool("webhooks_from_rest_enabled")
        reachabilityWebhooksEnabled = reader.bool("reachability_webhooks_enabled")
        aclEnabled = reader.bool("acl_enabled")
        reachabilityDebouncingEnabled = reader.bool("reachability_debouncing_enabled")
        reachabilityDebouncingWindow = reader.int("reachability_debouncing_window")
        links = reader.links()
        self.json = json
    }
}
