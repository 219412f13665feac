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
/// Phone number keys: `phoneNumber` (E.164, required), `friendlyName`, `smsUrl`, `smsMethod`,
/// `voiceUrl`, `voiceMethod`, their fallbacks and `statusCallback`; a URL may be a path
/// (`/forward-message`) of the Functions server.
///
/// Streamer keys: `sid` (required), `status` (default `created`), `video` (default true),
/// `maxDuration` (default 300), `statusCallback`, `statusCallbackMethod` (default POST),
/// `endedReason`. Document keys: `uniqueName`, `sid` (default: a new one), `data` (default `{}`).
/// Unknown keys are refused so a misspelling is reported rather than silently ignored.
struct SeedFixture: StoredDocument, Sendable {
    var playerStreamers: [PlayerStreamer] = []
    var documents: [(sid: String?, uniqueName: String?, data: JSONObject)] = []
    /// The account's phone numbers: E.164, friendly name, and the URL settings (`sms_url`, …).
    var phoneNumbers: [(number: String, friendlyName: String?, settings: [String: String])] = []

    /// Reads a fixture; resource dates and accounts are filled in by ``snapshot(syncServiceSid:accountSid:now:)``.
    /// - Throws: ``ShapeError`` naming the first value at fault.
    init(json: JSONValue) throws(ShapeError) {
        guard let object = json.objectValue else {
            throw ShapeError(message: "the top level is not an object; expected {\"playerStreamers\": [...], \"documents\": [...]}")
        }
        let root = StoredObject(object: object, path: "")
        try root.rejectUnknownKeys(["description", "playerStreamers", "documents", "incomingPhoneNumbers"])
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

        let urlKeys = IncomingPhoneNumber.settableFields.map { ($0.parameter.prefix(1).lowercased() + $0.parameter.dropFirst(), $0.field, $0.isMethod) }
        for item in try root.objects("incomingPhoneNumbers") {
            try item.rejectUnknownKeys(["phoneNumber", "friendlyName"] + urlKeys.map(\.0))
            let text = try item.string("phoneNumber")
            let number = PhoneNumber(text)
            guard number.isValid, let e164 = number.e164 else {
                throw ShapeError(message: "\(item.field("phoneNumber")): \"\(text)\" is not a valid phone number; use E.164, e.g. +15005550006")
            }
            guard !phoneNumbers.contains(where: { $0.number == e164 }) else {
                throw ShapeError(message: "\(item.field("phoneNumber")): \(e164) appears twice")
            }
            var settings: [String: String] = [:]
            for (key, field, isMethod) in urlKeys {
                guard let value = try item.optionalString(key) else { continue }
                if isMethod, value != "GET", value != "POST" {
                    throw ShapeError(message: "\(item.field(key)): expected GET or POST, found \"\(value)\"")
                }
                if !isMethod, !(value.isEmpty || value.hasPrefix("/") || RequestParameters.isHTTPURL(value)) {
                    throw ShapeError(message: "\(item.field(key)): expected a path of the Functions server (/sms) or an http(s) URL, found \"\(value)\"")
                }
                settings[field] = value
            }
            phoneNumbers.append((e164, try item.optionalString("friendlyName"), settings))
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
        state.incomingPhoneNumbers = phoneNumbers.map { entry in
            var number = IncomingPhoneNumber(
                sid: SID.make(SID.incomingPhoneNumber), accountSid: accountSid, phoneNumber: entry.number,
                friendlyName: entry.friendlyName ?? PhoneNumber(entry.number).nationalFormat ?? entry.number, now: now
            )
            number.settings = entry.settings
            return number
        }
        return state
    }
}
