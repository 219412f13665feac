import TwilioWire

/// The seed fixture: PlayerStreamers and Sync Documents to create in an empty store, so the
/// Functions that read them work on a fresh clone.
///
/// ```json
/// {
///   "playerStreamers": [{"sid": "VJ…", "status": "started"}],
///   "documents": [{"uniqueName": "streaming_info", "data": {"playerStreamerSid": "VJ…"}}]
/// }
/// ```
///
/// Streamer keys: `sid` (required), `status` (default `created`), `video` (default true),
/// `maxDuration` (default 300), `statusCallback`, `statusCallbackMethod` (default POST),
/// `endedReason`. Document keys: `uniqueName`, `sid` (default: a new one), `data` (default `{}`).
/// Unknown keys are refused so a misspelling is reported rather than silently ignored.
struct SeedFixture: StoredDocument, Sendable {
    var playerStreamers: [PlayerStreamer] = []
    var documents: [(sid: String?, uniqueName: String?, data: JSONObject)] = []

    /// Reads a fixture; resource dates and accounts are filled in by ``snapshot(syncServiceSid:accountSid:now:)``.
    /// - Throws: ``ShapeError`` naming the first value at fault.
    init(json: JSONValue) throws(ShapeError) {
        guard let object = json.objectValue else {
            throw ShapeError(message: "the top level is not an object; expected {\"playerStreamers\": [...], \"documents\": [...]}")
        }
        let root = StoredObject(object: object, path: "")
        try root.rejectUnknownKeys(["description", "playerStreamers", "documents"])
        let placeholder = Timestamp(seconds: 0)

        for item in try root.objects("playerStreamers") {
            try item.rejectUnknownKeys(
                ["sid", "status", "video", "maxDuration", "statusCallback", "statusCallbackMethod", "endedReason"]
            )
            let sid = try item.sid("sid", prefix: SID.playerStreamer)
            guard !playerStreamers.contains(where: { $0.sid == sid }) else {
                throw ShapeError(message: "\(item.field("sid")): \(sid) appears twice")
            }
            let status = try item.optionalString("status") ?? "created"
            guard PlayerStreamer.statuses.contains(status) else {
                throw ShapeError(
                    message: "\(item.field("status")): expected one of \(PlayerStreamer.statuses.joined(separator: ", ")), found \"\(status)\""
                )
            }
            let maxDuration = try item.optionalInt("maxDuration") ?? 300
            guard (1...90_000).contains(maxDuration) else {
                throw ShapeError(message: "\(item.field("maxDuration")): expected 1 to 90000 seconds, found \(maxDuration)")
            }
            let method = try item.optionalString("statusCallbackMethod")?.uppercased() ?? "POST"
            guard method == "GET" || method == "POST" else {
                throw ShapeError(message: "\(item.field("statusCallbackMethod")): expected GET or POST, found \"\(method)\"")
            }
            playerStreamers.append(
                PlayerStreamer(
                    accountSid: "", dateCreated: placeholder, dateUpdated: placeholder, status: status,
                    video: try item.optionalBool("video") ?? true, sid: sid,
                    statusCallback: try item.optionalString("statusCallback"), statusCallbackMethod: method,
                    endedReason: try item.optionalString("endedReason"), maxDuration: maxDuration
                )
            )
        }

        for item in try root.objects("documents") {
            try item.rejectUnknownKeys(["sid", "uniqueName", "data"])
            let sid = item.object["sid"] == nil ? nil : try item.sid("sid", prefix: SID.syncDocument)
            let uniqueName = try item.optionalString("uniqueName")
            if let uniqueName {
                do throws(EmulatorError) {
                    _ = try TwilioEmulator.validatedUniqueName(uniqueName)
                } catch {
                    throw ShapeError(message: "\(item.field("uniqueName")): \(error.message)")
                }
                // Compared by bytes, as the store compares names: `café` and `cafe\u{301}` are two.
                guard !documents.contains(where: { $0.uniqueName.map { Array($0.utf8) } == Array(uniqueName.utf8) }) else {
                    throw ShapeError(message: "\(item.field("uniqueName")): \"\(uniqueName)\" appears twice")
                }
            }
            let data = try item.optionalObject("data") ?? JSONObject()
            let size = JSONValue.object(data).jsonBytes.count
            guard size <= SyncDocument.maximumDataBytes else {
                throw ShapeError(
                    message: "\(item.field("data")): its JSON is \(size) bytes; a Sync Document holds at most \(SyncDocument.maximumDataBytes)"
                )
            }
            documents.append((sid, uniqueName, data))
        }
    }

    /// What the fixture describes: one Sync Service `syncServiceSid` (friendly name `default`)
    /// holding the documents, and the PlayerStreamers, all created `now`.
    func snapshot(syncServiceSid: String, accountSid: String, now: Timestamp) -> EmulatorSnapshot {
        var state = EmulatorSnapshot()
        state.services = [SyncService.default(syncServiceSid, accountSid: accountSid, now: now)]
        state.playerStreamers = playerStreamers.map { streamer in
            var streamer = streamer
            streamer.accountSid = accountSid
            streamer.dateCreated = now
            streamer.dateUpdated = now
            return streamer
        }
        state.documents = documents.map { document in
            SyncDocument(
                sid: document.sid ?? SID.make(SID.syncDocument), uniqueName: document.uniqueName,
                accountSid: accountSid, serviceSid: syncServiceSid, revision: "0", data: document.data,
                dateExpires: nil, dateCreated: now, dateUpdated: now, createdBy: "system"
            )
        }
        return state
    }
}
