public import TwilioWire

/// Access to Twilio Video rooms as the token's identity.
///
/// Written under `grants.video` as `{"room":…}`; without a room the token may join any room,
/// and the grant is `{}`.
///
/// ```swift
/// token.addGrant(VideoGrant(room: "daily-standup"))
/// ```
public struct VideoGrant: AccessTokenGrant, Hashable {
    /// `video`.
    public static let key = "video"

    /// The name or SID of the one room this token may join, or `nil` for any room.
    public var room: String?

    /// A Video grant.
    /// - Parameter room: The room name or SID (`RM…`) to restrict the token to.
    public init(room: String? = nil) {
        self.room = room
    }

    /// `{"room":…}`, or `{}` when no room is set.
    public var payload: JSONValue {
        .presentStrings(["room": room])
    }

    /// `true`: a participant joins as the token's identity.
    public var requiresIdentity: Bool { true }
}
