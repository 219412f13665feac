import Foundation

/// The media files of one Message, as `client.messages(sid).media`.
///
/// ```swift
/// let images = try await client.messages("MMxxxx").media.list(limit: 10)
/// ```
public struct MessageMediaList: Sendable {
    /// Twilio's largest page of media.
    static let maximumPageSize = 1000

    let client: TwilioClient
    /// The SID of the message (`MM…`).
    public let messageSid: String

    /// Lists the media: `GET /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json`.
    ///
    /// Follows `next_page_uri` page after page until the last page, or until `limit` files are read.
    /// - Parameters:
    ///   - dateCreated: Only those created on this UTC day (`DateCreated=YYYY-MM-DD`).
    ///   - dateCreatedBefore: Only those created on or before this UTC day (`DateCreated<`).
    ///   - dateCreatedAfter: Only those created on or after this UTC day (`DateCreated>`).
    ///   - pageSize: Files per page (up to 1000); Twilio's default (50) when `nil`, or `limit`.
    ///   - limit: The most files to return; all of them when `nil`.
    /// - Returns: The media in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(
        dateCreated: Date? = nil,
        dateCreatedBefore: Date? = nil,
        dateCreatedAfter: Date? = nil,
        pageSize: Int? = nil,
        limit: Int? = nil
    ) async throws -> [MessageMedia] {
        var query = TwilioParameters()
        query.add("DateCreated", day: dateCreated)
        query.add("DateCreated<", day: dateCreatedBefore)
        query.add("DateCreated>", day: dateCreatedAfter)
        let pageSizeQuery = TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.accountRequest("GET", ["Messages", messageSid, "Media"], query: query.pairs + pageSizeQuery)
        return try await client.accountList(request, key: "media_list", limit: limit, MessageMedia.init(json:))
    }
}
