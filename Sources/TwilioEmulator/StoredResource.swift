import TwilioWire

/// A resource kept as one row of the store's `resources` table: its own fields as JSON, and the
/// columns the store looks it up by.
protocol StoredResource: EmulatedResource {
    /// The value of the row's `kind` column, e.g. `document`.
    static var kind: String { get }
    /// The resource's SID, unique across the store.
    var sid: String { get }
    /// The SID of the resource this one belongs to (a document's service); empty at the top level.
    var parentSid: String { get }
    /// The name it can be fetched by instead of its SID, unique among its parent's resources.
    var uniqueName: String? { get }
    /// When it stops existing; `nil` for never.
    var dateExpires: Timestamp? { get }

    /// Reads the resource back from its ``EmulatedResource/stored`` fields.
    init(stored: StoredObject) throws(ShapeError)
}

extension StoredResource {
    var parentSid: String { "" }
    var uniqueName: String? { nil }
    var dateExpires: Timestamp? { nil }
}

extension SyncService: StoredResource {
    static let kind = "service"
}

extension SyncDocument: StoredResource {
    static let kind = "document"
}

extension PlayerStreamer: StoredResource {
    static let kind = "playerStreamer"
}
