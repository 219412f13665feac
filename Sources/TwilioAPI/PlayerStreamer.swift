import Foundation
import TwilioWire

/// A Twilio Live PlayerStreamer: the resource that streams media to players.
///
/// Only ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received.
///
/// ```swift
/// let streamer = try await client.media.playerStreamer(sid).fetch()
/// if streamer.status == .started { … }
/// ```
public struct PlayerStreamer: TwilioResource {
    /// A PlayerStreamer's state: `created` → `started` → `ended`, or `failed`.
    ///
    /// A struct rather than an enum so a state Twilio adds later is kept as it was received.
    public struct Status: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The wire value, e.g. `started`.
        public let rawValue: String

        /// A status with this wire value.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Created, not yet receiving media.
        public static let created = Status(rawValue: "created")
        /// Receiving and streaming media.
        public static let started = Status(rawValue: "started")
        /// Ended; the only status an update may set.
        public static let ended = Status(rawValue: "ended")
        /// Failed.
        public static let failed = Status(rawValue: "failed")

        /// The wire value.
        public var description: String { rawValue }
    }

    /// The PlayerStreamer SID (`VJ…`).
    public let sid: String
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The current status.
    public let status: Status?
    /// Whether video is enabled.
    public let video: Bool?
    /// The URL Twilio calls when the status changes.
    public let statusCallback: String?
    /// The HTTP method of the status callback.
    public let statusCallbackMethod: String?
    /// Why it ended (`ended-via-api`, `max-duration-exceeded`, …); `nil` while active.
    public let endedReason: String?
    /// The PlayerStreamer's absolute URL.
    public let url: String?
    /// The longest it may run, in seconds.
    public let maxDuration: Int?
    /// When it was created.
    public let dateCreated: Date?
    /// When it was last updated.
    public let dateUpdated: Date?
    /// The resource exactly as received, including fields not modelled here (`links`).
    public let json: JSONObject

    /// Decodes a PlayerStreamer from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "PlayerStreamer")
        sid = try reader.requiredString("sid")
        accountSid = reader.string("account_sid")
        status = reader.string("status").map(Status.init(rawValue:))
        video = reader.bool("video")
        statusCallback = reader.string("status_callback")
        statusCallbackMethod = reader.string("status_callback_method")
        endedReason = reader.string("ended_reason")
        url = reader.string("url")
        maxDuration = reader.int("max_duration")
        dateCreated = reader.date("date_created")
        dateUpdated = reader.date("date_updated")
        self.json = json
    }
}
