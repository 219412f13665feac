import TwilioWire

extension TwilioEmulator {
    /// `GET /v1/PlayerStreamers`: `Order` asc|desc (default desc, by creation), `Status` filter,
    /// `PageSize` 1–1000 (default 50), `Page` from 0; list key `player_streamers`.
    func listPlayerStreamers(_ parameters: RequestParameters) async throws(EmulatorError) -> EmulatorResponse {
        let order = try parameters.choice("Order", from: ["asc", "desc"])
        let status = try parameters.choice("Status", from: PlayerStreamer.statuses)
        let page = try PageRequest(parameters, maximumPageSize: 1000)
        var filters: [(String, String)] = []
        if let order { filters.append(("Order", order)) }
        if let status { filters.append(("Status", status)) }
        let urls = publicBaseURLs
        // The store keeps creation order, which is ascending `date_created`.
        let (items, hasNext) = try await store.read(now: now) { access in
            try access.page(PlayerStreamer.self, status: status, newestFirst: order != "asc", page)
        }
        return .json([
            "player_streamers": .array(items.map { $0.resource(urls) }),
            "meta": page.meta(
                key: "player_streamers", listURL: "\(urls.media)/v1/PlayerStreamers", filters: filters, hasNext: hasNext
            ),
        ])
    }

    /// `POST /v1/PlayerStreamers`: `Video` (default true), `StatusCallback`,
    /// `StatusCallbackMethod` (default POST), `MaxDuration` (1–90000, default 300) → 201 with
    /// status `created`.
    func createPlayerStreamer(_ parameters: RequestParameters) async throws(EmulatorError) -> EmulatorResponse {
        let video = try parameters.boolean("Video") ?? true
        let statusCallback = try parameters.callbackURL("StatusCallback")
        let statusCallbackMethod = try parameters.choice("StatusCallbackMethod", from: ["GET", "POST"]) ?? "POST"
        let maxDuration = try parameters.integer("MaxDuration", in: 1...90_000) ?? 300
        let now = now
        let streamer = PlayerStreamer(
            accountSid: credentials.accountSid, dateCreated: now, dateUpdated: now, status: "created", video: video,
            sid: SID.make(SID.playerStreamer), statusCallback: statusCallback,
            statusCallbackMethod: statusCallbackMethod, endedReason: nil, maxDuration: maxDuration
        )
        return try await create(streamer, now: now)
    }

    /// `GET /v1/PlayerStreamers/{Sid}`.
    func fetchPlayerStreamer(_ sid: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try await fetch(resource) { access in try access.resource(PlayerStreamer.self, sid: sid) }
    }

    /// `POST /v1/PlayerStreamers/{Sid}` with `Status=ended`, the only update Twilio allows: the
    /// streamer ends with `ended_reason` `ended-via-api`. Ending one that is over changes nothing.
    func updatePlayerStreamer(_ sid: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        guard let status = parameters["Status"] else {
            throw .invalidParameter("Status", "is required; the only value accepted is ended")
        }
        guard status == "ended" else {
            throw .invalidParameter("Status", "must be ended, got \"\(RequestParameters.excerpt(status))\"")
        }
        let now = now
        let streamer = try await store.write(now: now) { access in
            guard var streamer = try access.resource(PlayerStreamer.self, sid: sid) else { throw EmulatorError.notFound(resource) }
            guard !streamer.hasEnded else { return streamer }
            streamer.status = "ended"
            streamer.endedReason = "ended-via-api"
            streamer.dateUpdated = now
            try access.update(streamer)
            return streamer
        }
        return .json(streamer.resource(publicBaseURLs))
    }
}
