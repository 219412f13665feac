import TwilioWire

/// A Sync Stream (`TO…`): a named channel whose messages are published, never stored.
struct SyncStream: SyncObject, Equatable {
    var sid: String
    var uniqueName: String?
    var accountSid: String
    var serviceSid: String
    var dateExpires: Timestamp?
    var dateCreated: Timestamp
    var dateUpdated: Timestamp
    var createdBy: String

    static let kind = "stream"
    static let sidPrefix = SID.syncStream
    static let pathSegment = "Streams"
    static let listKey = "streams"
    static let noun = "Stream"

    /// Twilio's limit on the JSON of a message's `data`.
    static let maximumMessageBytes = 4_096

    init(sid: String, uniqueName: String?, accountSid: String, serviceSid: String, dateExpires: Timestamp?, now: Timestamp) {
        self.sid = sid
        self.uniqueName = uniqueName
        self.accountSid = accountSid
        self.serviceSid = serviceSid
        self.dateExpires = dateExpires
        self.dateCreated = now
        self.dateUpdated = now
        self.createdBy = "system"
    }

    /// The resource JSON, in the field order of `sync.v1.service.sync_stream`.
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        let url = Self.url(urls.sync, serviceSid: serviceSid, sid: sid)
        let links: JSONValue = ["messages": .string("\(url)/Messages")]
        return .object(stored.inserting(["url": .string(url), "links": links], before: "date_expires"))
    }

    /// The fields kept in the store and in exports: the resource's own, without the URLs.
    var stored: JSONObject {
        [
            "sid": .string(sid),
            "unique_name": uniqueName.jsonValue,
            "account_sid": .string(accountSid),
            "service_sid": .string(serviceSid),
            "date_expires": dateExpires.map { .string($0.iso8601) } ?? .null,
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
            "created_by": .string(createdBy),
        ]
    }

    init(stored: StoredObject) throws(ShapeError) {
        sid = try stored.sid("sid", prefix: SID.syncStream)
        uniqueName = try stored.optionalString("unique_name")
        accountSid = try stored.string("account_sid")
        serviceSid = try stored.sid("service_sid", prefix: SID.syncService)
        dateExpires = try stored.optionalTimestamp("date_expires")
        dateCreated = try stored.timestamp("date_created")
        dateUpdated = try stored.timestamp("date_updated")
        createdBy = try stored.optionalString("created_by") ?? "system"
    }
}
