import TwilioWire

/// A Sync Document (`ET…`): a JSON object of at most 16 KiB with an opaque revision and an
/// optional expiry.
struct SyncDocument: EmulatedResource, Equatable {
    var sid: String
    var uniqueName: String?
    var accountSid: String
    var serviceSid: String
    var revision: String
    var data: JSONObject
    var dateExpires: Timestamp?
    var dateCreated: Timestamp
    var dateUpdated: Timestamp
    var createdBy: String

    /// Twilio's limit on the JSON of `data`.
    static let maximumDataBytes = 16_384

    /// Whether the document's TTL has run out at `now`; an expired document no longer exists.
    func isExpired(at now: Timestamp) -> Bool {
        dateExpires.map { $0 <= now } ?? false
    }

    /// The revision after this one: see ``SyncRevision``.
    var nextRevision: String { SyncRevision.next(after: revision) }

    /// The resource JSON, in the field order of spec §3 (`sync.v1.service.document`).
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        let url = "\(urls.sync)/v1/Services/\(serviceSid)/Documents/\(sid)"
        let links: JSONValue = ["permissions": .string("\(url)/Permissions")]
        return .object(stored.inserting(["url": .string(url), "links": links], before: "revision"))
    }
}

extension SyncDocument {
    /// The fields kept in the state file: the resource's own fields, without the URLs.
    var stored: JSONObject {
        [
            "sid": .string(sid),
            "unique_name": uniqueName.jsonValue,
            "account_sid": .string(accountSid),
            "service_sid": .string(serviceSid),
            "revision": .string(revision),
            "data": .object(data),
            "date_expires": dateExpires.map { .string($0.iso8601) } ?? .null,
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
            "created_by": .string(createdBy),
        ]
    }

    init(stored: StoredObject) throws(ShapeError) {
        sid = try stored.sid("sid", prefix: SID.syncDocument)
        uniqueName = try stored.optionalString("unique_name")
        accountSid = try stored.string("account_sid")
        serviceSid = try stored.sid("service_sid", prefix: SID.syncService)
        revision = try stored.string("revision")
        guard let data = try stored.optionalObject("data") else {
            throw ShapeError(message: "\(stored.field("data")): missing; expected an object")
        }
        self.data = data
        dateExpires = try stored.optionalTimestamp("date_expires")
        dateCreated = try stored.timestamp("date_created")
        dateUpdated = try stored.timestamp("date_updated")
        createdBy = try stored.optionalString("created_by") ?? "system"
    }
}
