import TwilioWire

/// A Twilio Live PlayerStreamer (`VJ…`): the emulator keeps its status so playback grants can be
/// refused once it has ended.
struct PlayerStreamer: EmulatedResource, Equatable {
    var accountSid: String
    var dateCreated: Timestamp
    var dateUpdated: Timestamp
    var status: String
    var video: Bool
    var sid: String
    var statusCallback: String?
    var statusCallbackMethod: String
    var endedReason: String?
    var maxDuration: Int

    /// The values of `status` (`player_streamer_enum_status`).
    static let statuses = ["created", "started", "ended", "failed"]

    /// Whether the stream is over, so no one can be granted playback.
    var hasEnded: Bool { status == "ended" || status == "failed" }

    /// The resource JSON, in the field order of spec §4 (`media.v1.player_streamer`).
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        let url = "\(urls.media)/v1/PlayerStreamers/\(sid)"
        var object = stored.inserting(["url": .string(url)], before: "max_duration")
        object["links"] = [
            "timed_metadata": .string("\(url)/TimedMetadata"),
            "playback_grant": .string("\(url)/PlaybackGrant"),
        ]
        return .object(object)
    }
}

extension PlayerStreamer {
    /// The fields kept in the state file: the resource's own fields, without the URLs.
    var stored: JSONObject {
        [
            "account_sid": .string(accountSid),
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
            "status": .string(status),
            "video": .bool(video),
            "sid": .string(sid),
            "status_callback": statusCallback.jsonValue,
            "status_callback_method": .string(statusCallbackMethod),
            "ended_reason": endedReason.jsonValue,
            "max_duration": .int(maxDuration),
        ]
    }

    init(stored: StoredObject) throws(ShapeError) {
        accountSid = try stored.string("account_sid")
        dateCreated = try stored.timestamp("date_created")
        dateUpdated = try stored.timestamp("date_updated")
        status = try stored.string("status")
        guard Self.statuses.contains(status) else {
            throw ShapeError(
                message: "\(stored.field("status")): expected one of \(Self.statuses.joined(separator: ", ")), found \"\(status)\""
            )
        }
        video = try stored.optionalBool("video") ?? true
        sid = try stored.sid("sid", prefix: SID.playerStreamer)
        statusCallback = try stored.optionalString("status_callback")
        statusCallbackMethod = try stored.optionalString("status_callback_method") ?? "POST"
        endedReason = try stored.optionalString("ended_reason")
        maxDuration = try stored.optionalInt("max_duration") ?? 300
    }
}
