public import TwilioWire

/// Access to a Twilio Live PlayerStreamer for a viewer.
///
/// Written under `grants.player` as the `grant` object the Media API returned for
/// `POST /v1/PlayerStreamers/{Sid}/PlaybackGrant`, verbatim and in its key order. Without one
/// the grant is `{}`, as twilio-node writes it (twilio-python writes `null`).
///
/// ```swift
/// let created = try JSONParser.parse(responseBody)
/// token.addGrant(PlaybackGrant(grant: created["grant"]?.objectValue))
/// ```
public struct PlaybackGrant: AccessTokenGrant, Hashable {
    /// `player`.
    public static let key = "player"

    /// The playback grant object from the Media API (`playbackUrl`, `playerStreamerSid`, …).
    public var grant: JSONObject?

    /// A Playback grant.
    /// - Parameter grant: The `grant` member of the Media API's PlaybackGrant resource.
    public init(grant: JSONObject? = nil) {
        self.grant = grant
    }

    /// The grant object as given, or `{}`.
    public var payload: JSONValue {
        .object(grant ?? JSONObject())
    }

    /// `false`: viewers of a live stream are anonymous.
    public var requiresIdentity: Bool { false }
}
