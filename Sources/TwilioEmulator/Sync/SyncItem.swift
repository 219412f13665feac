import TwilioWire

/// An item of a Sync List (addressed by its index) or Map (by its key): a JSON object of at most
/// 16 KiB with a revision and an optional expiry.
struct SyncItem<Flavor: SyncCollectionFlavor>: StoredResource, Equatable {
    /// The index (a List's, in decimal) or the key (a Map's).
    var key: String
    var accountSid: String
    var serviceSid: String
    var collectionSid: String
    var revision: String
    var data: JSONObject
    var dateExpires: Timestamp?
    var dateCreated: Timestamp
    var dateUpdated: Timestamp
    var createdBy: String

    static var kind: String { Flavor.itemKind }
    /// The row's SID: items have none of their own, so the collection's SID and the key, which
    /// together are unique across the store.
    var sid: String { "\(collectionSid)/Items/\(key)" }
    var parentSid: String { collectionSid }
    var uniqueName: String? { key }

    /// The List item's index; `nil` for a Map item.
    var index: Int? { Flavor.indexed ? Int(key) : nil }

    /// The revision after this one: see ``SyncRevision``.
    var nextRevision: String { SyncRevision.next(after: revision) }

    /// The item's URL below `base`, the Sync host; a Map key is one percent-encoded segment.
    static func url(_ base: String, serviceSid: String, collectionSid: String, key: String) -> String {
        let collection = SyncCollection<Flavor>.url(base, serviceSid: serviceSid, sid: collectionSid)
        return "\(collection)/Items/\(PercentEncoding.encode(key))"
    }

    /// The resource JSON, in the field order of `sync_list_item` (and `sync_map_item`).
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        let url = Self.url(urls.sync, serviceSid: serviceSid, collectionSid: collectionSid, key: key)
        return .object(stored.inserting(["url": .string(url)], before: "revision"))
    }

    /// The fields kept in the store and in exports: the resource's own, without the URL.
    var stored: JSONObject {
        [
            Flavor.indexed ? "index" : "key": Flavor.indexed ? .int(Int(key) ?? 0) : .string(key),
            "account_sid": .string(accountSid),
            "service_sid": .string(serviceSid),
            Flavor.collectionField: .string(collectionSid),
            "revision": .string(revision),
            "data": .object(data),
            "date_expires": dateExpires.map { .string($0.iso8601) } ?? .null,
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
            "created_by": .string(createdBy),
        ]
    }

    init(
        key: String, accountSid: String, serviceSid: String, collectionSid: String, data: JSONObject,
        dateExpires: Timestamp?, now: Timestamp
    ) {
        self.key = key
        self.accountSid = accountSid
        self.serviceSid = serviceSid
        self.collectionSid = collectionSid
        self.revision = "0"
        self.data = data
        self.dateExpires = dateExpires
        self.dateCreated = now
        self.dateUpdated = now
        self.createdBy = "system"
    }

    init(stored: StoredObject) throws(ShapeError) {
        if Flavor.indexed {
            guard let index = try stored.optionalInt("index"), (0..<Int(Int32.max)).contains(index) else {
                throw ShapeError(message: "\(stored.field("index")): missing or out of range; expected a whole number from 0 to \(Int32.max - 1)")
            }
            key = String(index)
        } else {
            key = try stored.string("key")
        }
        accountSid = try stored.string("account_sid")
        serviceSid = try stored.sid("service_sid", prefix: SID.syncService)
        collectionSid = try stored.sid(Flavor.collectionField, prefix: Flavor.sidPrefix)
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
