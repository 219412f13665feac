import TwilioWire

/// Everything the emulated services hold, as one value: it is copied, changed and saved whole, so
/// a change that cannot be saved is simply dropped.
///
/// Its JSON form is the state file:
///
/// ```json
/// {"version": 1, "services": [...], "documents": [...], "playerStreamers": [...]}
/// ```
///
/// Each element has the fields of the Twilio resource, without `url` and `links` (those depend on
/// where the emulator is served).
struct EmulatorState: StoredDocument, Sendable, Equatable {
    /// The version of the state file format this code reads and writes.
    static let version = 1

    /// Sync Services in creation order; the first one answers to `default`.
    var services: [SyncService] = []
    /// Sync Documents of every service in creation order.
    var documents: [SyncDocument] = []
    /// PlayerStreamers in creation order.
    var playerStreamers: [PlayerStreamer] = []

    /// Whether nothing was ever created (or everything was deleted).
    var isEmpty: Bool {
        services.isEmpty && documents.isEmpty && playerStreamers.isEmpty
    }

    /// The index of the service `id`: its SID, or `default` for the first service.
    func serviceIndex(_ id: String) -> Int? {
        if id == "default" { return services.isEmpty ? nil : 0 }
        return services.firstIndex { $0.sid == id }
    }

    /// The service `id`: its SID, or `default` for the first service.
    func service(_ id: String) -> SyncService? {
        serviceIndex(id).map { services[$0] }
    }

    /// The index of the live document `id` (its SID or unique name) of service `serviceSid`.
    func documentIndex(serviceSid: String, id: String, now: Timestamp) -> Int? {
        let bySid = SID.isValid(id, prefix: SID.syncDocument)
        return documents.firstIndex { document in
            document.serviceSid == serviceSid && (bySid ? document.sid == id : document.uniqueName == id)
                && !document.isExpired(at: now)
        }
    }

    /// The live documents of service `serviceSid`, in creation order.
    func documents(serviceSid: String, now: Timestamp) -> [SyncDocument] {
        documents.filter { $0.serviceSid == serviceSid && !$0.isExpired(at: now) }
    }

    /// Drops the documents whose TTL has run out, as Twilio deletes them.
    mutating func removeExpiredDocuments(now: Timestamp) {
        documents.removeAll { $0.isExpired(at: now) }
    }

    /// The index of the PlayerStreamer `sid`.
    func playerStreamerIndex(_ sid: String) -> Int? {
        playerStreamers.firstIndex { $0.sid == sid }
    }

    /// The PlayerStreamer `sid`.
    func playerStreamer(_ sid: String) -> PlayerStreamer? {
        playerStreamerIndex(sid).map { playerStreamers[$0] }
    }
}

extension EmulatorState {
    /// The state file document.
    var jsonValue: JSONValue {
        [
            "version": .int(Self.version),
            "services": .array(services.map(\.stored.jsonValue)),
            "documents": .array(documents.map(\.stored.jsonValue)),
            "playerStreamers": .array(playerStreamers.map(\.stored.jsonValue)),
        ]
    }

    /// Reads a state file document.
    /// - Throws: ``ShapeError`` naming the first value that is not as ``jsonValue`` writes it.
    init(json: JSONValue) throws(ShapeError) {
        guard let object = json.objectValue else {
            throw ShapeError(message: "the top level is not an object; expected {\"version\": \(Self.version), ...}")
        }
        let root = StoredObject(object: object, path: "")
        guard let version = try root.optionalInt("version") else {
            throw ShapeError(message: "\"version\": missing; expected \(Self.version)")
        }
        guard version == Self.version else {
            throw ShapeError(
                message: "\"version\" is \(version), but this emulator reads version \(Self.version) only"
            )
        }
        for object in try root.objects("services") { services.append(try SyncService(stored: object)) }
        for object in try root.objects("documents") { documents.append(try SyncDocument(stored: object)) }
        for object in try root.objects("playerStreamers") { playerStreamers.append(try PlayerStreamer(stored: object)) }
    }
}
