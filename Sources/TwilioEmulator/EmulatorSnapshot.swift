import TwilioWire

/// Everything the emulated services hold, as one value: what `emulator export` writes,
/// `emulator import` reads, and a test kit's snapshot keeps.
///
/// Its JSON form is the export file, stable and diff-friendly: one member per line, resources in
/// creation order, each with the fields of the Twilio resource except `url` and `links` (which
/// depend on where the emulator is served):
///
/// ```json
/// {
///   "version": 1,
///   "services": [{"sid": "IS…", "unique_name": null, "account_sid": "AC…", "friendly_name": "default", …}],
///   "documents": [{"sid": "ET…", "unique_name": "streaming_info", "service_sid": "IS…", "revision": "0", "data": {…}, …}],
///   "playerStreamers": [{"account_sid": "AC…", "status": "started", "sid": "VJ…", …}]
/// }
/// ```
///
/// The state files of earlier versions have this form too, so they import as they are.
public struct EmulatorSnapshot: StoredDocument, Sendable, Equatable {
    /// The version of the file format this code reads and writes.
    static let version = 1

    /// Sync Services in creation order; the first one answers to `default`.
    var services: [SyncService] = []
    /// Sync Documents of every service in creation order.
    var documents: [SyncDocument] = []
    /// PlayerStreamers in creation order.
    var playerStreamers: [PlayerStreamer] = []

    /// An empty snapshot.
    public init() {}

    /// Whether nothing is held.
    public var isEmpty: Bool {
        services.isEmpty && documents.isEmpty && playerStreamers.isEmpty
    }

    /// What the snapshot holds, for a command's report, e.g. `1 service, 2 documents, 1 PlayerStreamer`.
    public var summary: String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return [
            count(services.count, "service"), count(documents.count, "document"),
            count(playerStreamers.count, "PlayerStreamer"),
        ].joined(separator: ", ")
    }

    /// The export file's bytes: pretty JSON ending in a newline.
    public var exportedJSON: [UInt8] {
        var bytes: [UInt8] = []
        JSONWriter.writePretty(jsonValue, into: &bytes)
        bytes.append(0x0A)
        return bytes
    }

    /// Reads an export (or state) file's bytes; `source` names the file in errors.
    /// - Throws: ``EmulatorStoreError`` (`invalidStateFile`) with the line and column of bad JSON,
    ///   or the path of the value at fault, e.g. `documents[2].service_sid`.
    public init(exportedJSON bytes: [UInt8], source: String) throws(EmulatorStoreError) {
        self = try Self.decode(bytes, shapeProblem: "is not an emulator export as this version writes it") { problem in
            EmulatorStoreError(
                .invalidStateFile,
                path: source,
                "\(source): the file \(problem). Nothing was imported; fix the file or export it again."
            )
        }
    }

    /// The snapshot document.
    var jsonValue: JSONValue {
        [
            "version": .int(Self.version),
            "services": .array(services.map { .object($0.stored) }),
            "documents": .array(documents.map { .object($0.stored) }),
            "playerStreamers": .array(playerStreamers.map { .object($0.stored) }),
        ]
    }

    /// Reads a snapshot document.
    /// - Throws: ``ShapeError`` naming the first value that is not as ``jsonValue`` writes it, or
    ///   a resource that collides with another or belongs to a service the file does not hold.
    init(json: JSONValue) throws(ShapeError) {
        guard let object = json.objectValue else {
            throw ShapeError(message: "the top level is not an object; expected {\"version\": \(Self.version), ...}")
        }
        let root = StoredObject(object: object, path: "")
        guard let version = try root.optionalInt("version") else {
            throw ShapeError(message: "\"version\": missing; expected \(Self.version)")
        }
        guard version == Self.version else {
            throw ShapeError(message: "\"version\" is \(version), but this emulator reads version \(Self.version) only")
        }
        try root.rejectUnknownKeys(["version", "services", "documents", "playerStreamers"])
        for object in try root.objects("services") { services.append(try SyncService(stored: object)) }
        for object in try root.objects("documents") { documents.append(try SyncDocument(stored: object)) }
        for object in try root.objects("playerStreamers") { playerStreamers.append(try PlayerStreamer(stored: object)) }
        try checkReferences()
    }

    /// Refuses what the database could not hold: a SID used twice, a unique name used twice in
    /// one service, a document of a service the snapshot does not hold.
    private func checkReferences() throws(ShapeError) {
        var sids: [String: String] = [:]
        func claim(_ sid: String, _ place: String) throws(ShapeError) {
            if let first = sids[sid] { throw ShapeError(message: "\(place).sid: \(sid) is also \(first)'s") }
            sids[sid] = place
        }
        for (index, service) in services.enumerated() { try claim(service.sid, "services[\(index)]") }
        for (index, streamer) in playerStreamers.enumerated() { try claim(streamer.sid, "playerStreamers[\(index)]") }
        // Keyed by bytes: Swift's String equality would take `café` and `cafe\u{301}` for one name.
        var names: [[UInt8]: Int] = [:]
        for (index, document) in documents.enumerated() {
            try claim(document.sid, "documents[\(index)]")
            guard services.contains(where: { $0.sid == document.serviceSid }) else {
                throw ShapeError(message: "documents[\(index)].service_sid: \(document.serviceSid) is not among the services")
            }
            guard let name = document.uniqueName else { continue }
            let key = Array((document.serviceSid + "/" + name).utf8)
            if let first = names[key] {
                throw ShapeError(message: "documents[\(index)].unique_name: \"\(name)\" is also documents[\(first)]'s in its service")
            }
            names[key] = index
        }
    }
}
