import TwilioWire

extension TwilioEmulator {
    /// `POST /v1/PlayerStreamers/{Sid}/PlaybackGrant`: `Ttl` 1–60 (default 15),
    /// `AccessControlAllowOrigin` optional → 201.
    ///
    /// The grant is what a Function copies into an Access Token's `PlaybackGrant`. Its
    /// `playbackUrl` is on ``EmulatorBaseURLs/playback`` (a reserved `.invalid` host by default),
    /// names the streamer and carries a random token, so it is recognisably fake. Grants are not
    /// stored: Twilio offers no way to read one back (`GET` is "not enabled", a 405).
    func createPlaybackGrant(_ sid: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        let ttl = try parameters.integer("Ttl", in: 1...60) ?? 15
        let now = now
        let streamer = try await found(resource) { access in try access.resource(PlayerStreamer.self, sid: sid) }
        guard !streamer.hasEnded else { throw .playerStreamerEnded(sid, status: streamer.status) }

        let urls = publicBaseURLs
        let expires = now.adding(ttl).seconds
        let playbackURL = "\(urls.playback)/v1/PlayerStreamers/\(sid)/index.m3u8"
            + "?token=\(SID.randomHex(byteCount: 16))&expires=\(expires)"
        let grant: JSONValue = [
            "requestCredentials": .null,
            "playbackUrl": .string(playbackURL),
            "playerStreamerSid": .string(sid),
        ]
        let body: JSONValue = [
            "sid": .string(sid),
            "url": .string("\(urls.media)/v1/PlayerStreamers/\(sid)/PlaybackGrant"),
            "account_sid": .string(streamer.accountSid),
            "date_created": .string(now.iso8601),
            "grant": grant,
        ]
        return .json(body, status: 201)
    }
}
