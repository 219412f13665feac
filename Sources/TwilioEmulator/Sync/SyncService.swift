import TwilioWire

/// A Sync Service (`IS…`), the container of Documents, Lists, Maps and Streams, with the settings
/// Twilio keeps for it.
struct SyncService: EmulatedResource, Equatable {
    var sid: String
    var uniqueName: String?
    var accountSid: String
    var friendlyName: String?
    var dateCreated: Timestamp
    var dateUpdated: Timestamp
    var settings = Settings()

    /// The settings `POST /v1/Services` and its update take; Twilio's defaults until changed.
    struct Settings: Sendable, Equatable {
        var webhookUrl: String?
        var webhooksFromRestEnabled = false
        var reachabilityWebhooksEnabled = false
        var aclEnabled = false
        var reachabilityDebouncingEnabled = false
        /// Milliseconds, 1000 to 30000.
        var reachabilityDebouncingWindow = 5000
    }

    /// The range Twilio accepts for `ReachabilityDebouncingWindow`, in milliseconds.
    static let debouncingWindows = 1_000...30_000

    /// The resource JSON, in the field order of Twilio's `sync.v1.service` schema.
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        let url = "\(urls.sync)/v1/Services/\(sid)"
        return .object(stored.inserting([
            "url": .string(url)
        ], before: "webhook_url").inserting([
            "links": [
                "documents": .string("\(url)/Documents"),
                "lists": .string("\(url)/Lists"),
                "maps": .string("\(url)/Maps"),
                "streams": .string("\(url)/Streams"),
            ]
        ]))
    }
}

extension SyncService {
    /// The fields kept in the store and in exports: the resource's own, without the URLs.
    var stored: JSONObject {
        [
            "sid": .string(sid),
            "unique_name": uniqueName.jsonValue,
            "account_sid": .string(accountSid),
            "friendly_name": friendlyName.jsonValue,
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
            "webhook_url": settings.webhookUrl.jsonValue,
            "webhooks_from_rest_enabled": .bool(settings.webhooksFromRestEnabled),
            "reachability_webhooks_enabled": .bool(settings.reachabilityWebhooksEnabled),
            "acl_enabled": .bool(settings.aclEnabled),
            "reachability_debouncing_enabled": .bool(settings.reachabilityDebouncingEnabled),
            "reachability_debouncing_window": .int(settings.reachabilityDebouncingWindow),
        ]
    }

    /// Reads a stored service; the settings default to Twilio's when absent (files of earlier versions).
    init(stored: StoredObject) throws(ShapeError) {
        sid = try stored.sid("sid", prefix: SID.syncService)
        uniqueName = try stored.optionalString("unique_name")
        accountSid = try stored.string("account_sid")
        friendlyName = try stored.optionalString("friendly_name")
        dateCreated = try stored.timestamp("date_created")
        dateUpdated = try stored.timestamp("date_updated")
        settings.webhookUrl = try stored.optionalString("webhook_url")
        settings.webhooksFromRestEnabled = try stored.optionalBool("webhooks_from_rest_enabled") ?? false
        settings.reachabilityWebhooksEnabled = try stored.optionalBool("reachability_webhooks_enabled") ?? false
        settings.aclEnabled = try stored.optionalBool("acl_enabled") ?? false
        settings.reachabilityDebouncingEnabled = try stored.optionalBool("reachability_debouncing_enabled") ?? false
        settings.reachabilityDebouncingWindow = try stored.optionalInt("reachability_debouncing_window") ?? 5000
    }

    /// Applies the settings parameters of a create or update request, checking each.
    /// - Throws: 400 naming the parameter at fault; the service is then unchanged.
    mutating func apply(_ parameters: RequestParameters) throws(EmulatorError) {
        var changed = self
        if let name = parameters["FriendlyName"] { changed.friendlyName = name }
        if let url = try parameters.callbackURL("WebhookUrl") { changed.settings.webhookUrl = url }
        if let value = try parameters.boolean("WebhooksFromRestEnabled") { changed.settings.webhooksFromRestEnabled = value }
        if let value = try parameters.boolean("ReachabilityWebhooksEnabled") { changed.settings.reachabilityWebhooksEnabled = value }
        if let value = try parameters.boolean("AclEnabled") { changed.settings.aclEnabled = value }
        if let value = try parameters.boolean("ReachabilityDebouncingEnabled") { changed.settings.reachabilityDebouncingEnabled = value }
        if let value = try parameters.integer("ReachabilityDebouncingWindow", in: Self.debouncingWindows) {
            changed.settings.reachabilityDebouncingWindow = value
        }
        self = changed
    }
}
