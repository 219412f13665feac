import Foundation
import TwilioWire

/// A media file of a Message (`api.v2010.account.message.media`): an image, video or other file
/// sent or received with an MMS.
///
/// Only ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received.
///
/// ```swift
/// for media in try await client.messages(messageSid).media.list() {
///     print(media.contentType ?? "?", media.uri ?? "")
/// }
/// ```
public struct MessageMedia: TwilioResource {
    /// The media SID (`ME…`).
    public let sid: String
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The MIME type, e.g. `image/jpeg`.
    public let contentType: String?
    /// When it was created.
    public let dateCreated: Date?
    /// When it was last updated.
    public let dateUpdated: Date?
    /// The SID of the message it belongs to (`MM…`).
    public let parentSid: String?
    /// Its path on the API host (`/2010-04-01/Accounts/AC…/Messages/MM…/Media/ME….json`).
    public let uri: String?
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a Message's media from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Media")
        sid = try reader.requiredString("sid")
        accountSid = reader.string("account_sid")
        contentType = reader.string("content_type")
        dateCreated = reader.rfc2822Date("date_created")
        dateUpdated = reader.rfc2822Date("date_updated")
        parentSid = reader.string("parent_sid")
        uri = reader.string("uri")
        self.json = json
    }
}
