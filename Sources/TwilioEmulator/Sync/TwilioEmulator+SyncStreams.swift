import TwilioWire

extension TwilioEmulator {
    /// The messages published to any Sync Stream from now on, as they are published; the console
    /// shows them live. Stop iterating to stop listening.
    public func streamMessages() -> AsyncStream<SyncStreamMessage> {
        streamHub.subscribe()
    }

    /// `POST /v1/Services/{ServiceSid}/Streams/{Sid}/Messages`: `Data` (required, a JSON object
    /// of at most 4 KiB) → 201 `{"sid": "TZ…", "data": {…}}`. The message is published, not stored.
    func createStreamMessage(service: String, id: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        guard let text = parameters["Data"] else {
            throw .missingParameter("Data", code: 54251, "a Stream message needs Data, the JSON text of an object")
        }
        let data = try Self.syncData(text, limit: SyncStream.maximumMessageBytes, noun: "a Sync Stream message", invalidCode: 54251)
        let now = now
        let stream = try await store.read(now: now) { access in
            try Self.object(SyncStream.self, access, service: service, id: id, resource: resource)
        }
        let message = SyncStreamMessage(
            sid: SID.make(SID.streamMessage), serviceSid: stream.serviceSid, streamSid: stream.sid,
            streamUniqueName: stream.uniqueName, data: data, datePublished: now
        )
        streamHub.publish(message)
        return .json(["sid": .string(message.sid), "data": .object(data)], status: 201)
    }

    /// `GET /_emulator/StreamMessages?After=N`: the messages published lately (the latest 100,
    /// kept in memory only) numbered above `After`, for a console that polls:
    /// `{"messages": [{"sequence": 1, "sid": "TZ…", "stream_sid": "TO…", "data": {…}, …}], "latest": 1}`.
    /// Not a Twilio API.
    func recentStreamMessages(_ parameters: RequestParameters) throws(EmulatorError) -> EmulatorResponse {
        let after = try parameters.integer("After", in: 0...Int.max) ?? 0
        let (messages, latest) = streamHub.recent(after: after)
        let items: [JSONValue] = messages.map { entry in
            guard case .object(let fields) = entry.message.jsonValue else { return .null }
            return .object(JSONObject([("sequence", .int(entry.sequence))]).inserting(fields))
        }
        return .json(["messages": .array(items), "latest": .int(latest)])
    }
}
