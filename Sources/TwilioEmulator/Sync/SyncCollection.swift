import TwilioWire

/// A Sync List (`ES…`) or Map (`MP…`): a named, expiring container of items.
struct SyncCollection<Flavor: SyncCollectionFlavor>: SyncObject, Equatable {
    var sid: String
    var uniqueName: String?
    var accountSid: String
    var serviceSid: String
    var revision: String
    var dateExpires: Timestamp?
    var dateCreated: Timestamp
    var dateUpdated: Timestamp
    var createdBy: String
    /// The index the next List item gets. Indexes only grow, so one freed by a delete is never
    /// given again; kept in exports, not shown in the resource.
    var nextIndex: Int = 0

    static var kind: String { Flavor.collectionKind }
    static var sidPrefix: String { Flavor.sidPrefix }
    static var pathSegment: String { Flavor.pathSegment }
    static var listKey: String { Flavor.listKey }
    static var noun: String { Flavor.noun }

    init(sid: String, uniqueName: String?, accountSid: String, serviceSid: String, dateExpires: Timestamp?, now: Timestamp) {
        self.sid = sid
        self.uniqueName = uniqueName
        self.accountSid = accountSid
        self.serviceSid = serviceSid
        self.revision = "0"
        self.dateExpires = dateExpires
        self.dateCreated = now
        self.dateUpdated = now
        self.createdBy = "system"
    }

    /// The resource JSON, in the field order of `sync.v1.service.sync_list` (and `sync_map`).
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        let url = Self.url(urls.sync, serviceSid: serviceSid, sid: sid)
        var fields = stored
        fields["next_index"] = nil
        let links: JSONValue = ["items": .string("\(url)/Items"), "permissions": .string("\(url)/Permissions")]
        return .object(fields.inserting(["url": .string(url), "links": links], before: "revision"))
    }

    /// The fields kept in the store and in exports: the resource's own, without the URLs.
    var stored: JSONObject {
        var fields: JSONObject = [
            "sid": .string(sid),
            "unique_name": uniqueName.jsonValue,
            "account_sid": .string(accountSid),
            "service_sid": .string(serviceSid),
            "revision": .string(revision),
            "date_expires": dateExpires.map { .string($0.iso8601) } ?? .null,
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
            "created_by": .string(createdBy),
        ]
        if Flavor.indexed { fields["next_index"] = .int(nextIndex) }
        return fields
    }

    init(stored: StoredObject) throws(ShapeError) {
        sid = try stored.sid("sid", prefix: Flavor.sidPrefix)
        uniqueName = try stored.optionalString("unique_name")
        accountSid = try stored.string("account_sid")
        serviceSid = try stored.sid("service_sid", prefix: SID.syncService)
        revision = try stored.string("revision")
        dateExpires = try stored.optionalTimestamp("date_expires")
        dateCreated = try stored.timestamp("date_created")
        dateUpdated = try stored.timestamp("date_updated")
        createdBy = try stored.optionalString("created_by") ?? "system"
        nextIndex = try stored.optionalInt("next_index") ?? 0
        guard (0...Int(Int32.max)).contains(nextIndex) else {
            throw ShapeError(message: "\(stored.field("next_index")): expected 0 to \(Int32.max), found \(nextIndex)")
        }
    }

    var etag: String? { revision }

    mutating func recordChange(now: Timestamp) {
        revision = nextRevision
        dateUpdated = now
    }

    /// The revision after this one: see ``SyncRevision``.
    var nextRevision: String { SyncRevision.next(after: revision) }
}
