import TwilioWire

extension TwilioEmulator {
    /// `GET /v1/PlayerStreamers`: `Order` asc|desc (default desc, by creation), `Status` filter,
    /// `PageSize` 1–1000 (default 50), `Page` from 0; list key `player_streamers`.
    func listPlayerStreamers(_ parameters: RequestParameters) throws(EmulatorError) -> EmulatorResponse {
        let order = try parameters.choice("Order", from: ["asc", "desc"])
        let status = try parameters.choice("Status", from: PlayerStreamer.statuses)
        let page = try PageRequest(parameters, maximumPageSize: 1000)
        var filters: [(String, String)] = []
        if let order { filters.append(("Order", order)) }
        if let status { filters.append(("Status", status)) }
        let urls = publicBaseURLs
        return try store.read { state throws(EmulatorError) in
            // The store keeps creation order, which is ascending `date_created`.
            var streamers = state.playerStreamers.filter { status == nil || $0.status == status }
            if order != "asc" { streamers.reverse() }
            let (items, hasNext) = page.slice(streamers)
            return .json([
                "player_streamers": .array(items.map { $0.resource(urls) }),
                "meta": page.meta(
                    key: "player_streamers", listURL: "\(urls.media)/v1/PlayerStreamers", filters: filters, hasNext: hasNext
                ),
            ])
        }
    }

    /// `POST /v1/PlayerStreamers`: `Video` (default true), `StatusCallback`,
    /// `StatusCallbackMethod` (default POST), `MaxDuration` (1–90000, default 300) → 201 with
    /// status `created`.
    func createPlayerStreamer(_ parameters: RequestParameters) throws(EmulatorError) -> EmulatorResponse {
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
        return try create(streamer, in: \.playerStreamers, now: now)
    }

    /// `GET /v1/PlayerStreamers/{Sid}`.
    func fetchPlayerStreamer(_ sid: String, resource: String) throws(EmulatorError) -> EmulatorResponse {
        try fetch(resource) { $0.playerStreamer(sid) }
    }

    /// `POST /v1/PlayerStreamers/{Sid}` with `Status=ended`, the only update Twilio allows: the
    /// streamer ends with `ended_reason` `ended-via-api`. Ending one that is over changes nothing.
    func updatePlayerStreamer(_ sid: String, _ parameters: RequestParameters, resource: String) throws(EmulatorError) -> EmulatorResponse {
        guard let status = parameters["Status"] else {
            throw .invalidParameter("Status", "is required; the only value accepted is ended")
        }
        guard status == "ended" else {
            throw .invalidParameter("Status", "must be ended, got \"\(RequestParameters.excerpt(status))\"")
        }
        let now = now
        let streamer = try store.write(now: now) { state throws(EmulatorError) in
            guard let index = state.playerStreamerIndex(sid) else { throw .notFound(resource) }
            if !state.playerStreamers[index].hasEnded {
                state.playerStreamers[index].status = "ended"
                state.playerStreamers[index].endedReason = "ended-via-api"
                state.playerStreamers[index].dateUpdated = now
            }
            return state.playerStreamers[index]
        }
        return .json(streamer.resource(publicBaseURLs))
    }
}
