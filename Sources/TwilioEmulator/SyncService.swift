import TwilioWire

/// A Sync Service (`IS…`), the container of Sync Documents.
struct SyncService: EmulatedResource, Equatable {
    var sid: String
    var uniqueName: String?
    var accountSid: String
    var friendlyName: String?
    var dateCreated: Timestamp
    var dateUpdated: Timestamp

    /// The resource JSON, in the field order of Twilio's `sync.v1.service` schema. Only the
    /// fields the emulator stores vary; the webhook and ACL settings are Twilio's defaults.
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        let url = "\(urls.sync)/v1/Services/\(sid)"
        return .object(stored.inserting([
            "url": .string(url),
            "webhook_url": .null,
            "webhooks_from_rest_enabled": false,
            "reachability_webhooks_enabled": false,
            "acl_enabled": false,
            "reachability_debouncing_enabled": false,
            "reachability_debouncing_window": 5000,
            "links": [
                "documents": .string("\(url)/Documents"),
                "lists": .string("\(url)/Lists"),
                "maps": .string("\(url)/Maps"),
                "streams": .string("\(url)/Streams"),
            ],
        ]))
    }
}

extension SyncService {
    /// The fields kept in the state file: the resource's own fields, without the URLs.
    var stored: JSONObject {
        [
            "sid": .string(sid),
            "unique_name": uniqueName.jsonValue,
            "account_sid": .string(accountSid),
            "friendly_name": friendlyName.jsonValue,
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
        ]
    }

    init(stored: StoredObject) throws(ShapeError) {
        sid = try stored.sid("sid", prefix: SID.syncService)
        uniqueName = try stored.optionalString("unique_name")
        accountSid = try stored.string("account_sid")
        friendlyName = try stored.optionalString("friendly_name")
        dateCreated = try stored.timestamp("date_created")
        dateUpdated = try stored.timestamp("date_updated")
    }
}
