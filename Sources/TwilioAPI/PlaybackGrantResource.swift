import Foundation
import TwilioWire

/// A playback grant from Twilio Media: what a player needs to play one PlayerStreamer.
///
/// ``grant`` is kept verbatim, key order included: Functions copy it unchanged into an access
/// token's `player` grant (`new PlaybackGrant({grant: playbackGrant.grant})`), and the player
/// trusts exactly what Twilio returned.
///
/// ```swift
/// let playbackGrant = try await client.media.playerStreamer(sid).playbackGrant().create(ttl: 60)
/// playbackGrant.grant["playbackUrl"]?.stringValue
/// ```
public struct PlaybackGrantResource: TwilioResource {
    /// The PlayerStreamer SID (`VJ…`); a grant has no SID of its own.
    public let sid: String
    /// The grant's URL.
    public let url: String?
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// When the grant was created.
    public let dateCreated: Date?
    /// The grant object as Twilio returned it (`playbackUrl`, `playerStreamerSid`,
    /// `requestCredentials`), in its original key order.
    public let grant: JSONObject
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a playback grant from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` or
    ///   the `grant` object is missing: a grant response without a grant would only mint a token
    ///   that cannot play anything.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "PlaybackGrant")
        sid = try reader.requiredString("sid")
        grant = try reader.requiredObject("grant")
        url = reader.string("url")
        accountSid = reader.string("account_sid")
        dateCreated = reader.date("date_created")
        self.json = json
    }
}
