import TwilioWire

/// A named object of a Sync Service: a Document, List, Map or Stream. Each belongs to one
/// service, is addressed by its SID or its unique name, and may expire.
protocol SyncObject: StoredResource {
    /// The SID prefix, e.g. `ES` for a List.
    static var sidPrefix: String { get }
    /// The path segment of the service's objects of this type, e.g. `Lists`.
    static var pathSegment: String { get }
    /// The member of a list response that holds them, e.g. `lists`.
    static var listKey: String { get }
    /// The object's name in messages, e.g. `List`.
    static var noun: String { get }

    var sid: String { get }
    var serviceSid: String { get }
    var uniqueName: String? { get }
    var dateExpires: Timestamp? { get set }
    var dateUpdated: Timestamp { get set }

    /// A new object, made by a REST request (`created_by` is `system`).
    init(sid: String, uniqueName: String?, accountSid: String, serviceSid: String, dateExpires: Timestamp?, now: Timestamp)

    /// The `ETag` of a response with the object: its revision, where it has one.
    var etag: String? { get }

    /// Records a change made at `now`: the update date, and the revision where there is one.
    mutating func recordChange(now: Timestamp)
}

extension SyncObject {
    var parentSid: String { serviceSid }
    var etag: String? { nil }

    mutating func recordChange(now: Timestamp) {
        dateUpdated = now
    }

    /// The object's URL below `base`, the Sync host.
    static func url(_ base: String, serviceSid: String, sid: String) -> String {
        "\(base)/v1/Services/\(serviceSid)/\(pathSegment)/\(sid)"
    }
}

extension SyncDocument: SyncObject {
    static let sidPrefix = SID.syncDocument
    static let pathSegment = "Documents"
    static let listKey = "documents"
    static let noun = "Document"

    init(sid: String, uniqueName: String?, accountSid: String, serviceSid: String, dateExpires: Timestamp?, now: Timestamp) {
        self.init(
            sid: sid, uniqueName: uniqueName, accountSid: accountSid, serviceSid: serviceSid, revision: "0", data: JSONObject(),
            dateExpires: dateExpires, dateCreated: now, dateUpdated: now, createdBy: "system"
        )
    }

    var etag: String? { revision }

    mutating func recordChange(now: Timestamp) {
        revision = nextRevision
        dateUpdated = now
    }
}

/// The time-to-live parameters of Sync: seconds from 0 (never expires) to one year.
enum SyncTtl {
    /// The longest TTL Sync accepts: one year.
    static let maximum = 31_536_000

    /// When something given `ttl` seconds at `now` expires; `nil` (never) for 0.
    static func expiry(_ ttl: Int, now: Timestamp) -> Timestamp? {
        ttl > 0 ? now.adding(ttl) : nil
    }

    /// The first of `names` that was sent, as a TTL; later names are older spellings of the
    /// same parameter (`Ttl` for `ItemTtl`, `Ttl` for `CollectionTtl`). Every one sent is checked.
    /// - Throws: 400 naming the parameter when it is not a whole number from 0 to one year.
    static func parameter(_ parameters: RequestParameters, _ names: [String]) throws(EmulatorError) -> Int? {
        var first: Int?
        for name in names {
            if let ttl = try parameters.integer(name, in: 0...maximum), first == nil { first = ttl }
        }
        return first
    }
}
