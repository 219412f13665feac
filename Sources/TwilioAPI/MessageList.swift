import Foundation

/// The account's Messages, as `client.messages` (twilio-node's `client.messages`, short for
/// `client.api.v2010.account.messages`).
///
/// Calling it addresses one message; its methods act on the list:
///
/// ```swift
/// let sent = try await client.messages.create(
///     to: "+15558675310", from: "+15017122661", body: "Your code is 1234",
///     mediaUrl: ["https://demo.twilio.com/owl.png"])
/// let today = try await client.messages.list(dateSent: Date(), limit: 20)
/// try await client.messages(sent.sid).remove()
/// ```
public struct MessageList: Sendable {
    /// Twilio's largest page of messages.
    static let maximumPageSize = 1000

    let client: TwilioClient

    /// The message with this SID (`SM…` or `MM…`).
    public func callAsFunction(_ sid: String) -> MessageContext {
        MessageContext(client: client, sid: sid)
    }

    /// Sends a message: `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`.
    ///
    /// Twilio needs a sender (`from` or `messagingServiceSid`) and content (`body`, `mediaUrl` or
    /// `contentSid`), and answers 400 with its error code (21603, 21602, …) otherwise. Parameters
    /// go in the order of Twilio's API description, as twilio-node sends them.
    /// - Parameters:
    ///   - to: The recipient: an E.164 number or a channel address (`whatsapp:+1555…`).
    ///   - from: The sender: a Twilio number, alphanumeric sender ID or channel address.
    ///   - messagingServiceSid: The Messaging Service (`MG…`) to send through.
    ///   - body: The text, up to 1600 characters.
    ///   - mediaUrl: URLs of media to attach; sent as one `MediaUrl` per URL.
    ///   - statusCallback: A URL Twilio calls on each status change.
    ///   - applicationSid: A TwiML Application whose `MessageStatusCallback` receives status changes.
    ///   - maxPrice: Obsolete; Twilio ignores it since 2024-06-03.
    ///   - provideFeedback: Whether delivery feedback will be reported (``MessageContext/feedback``).
    ///   - attempt: How many attempts were made to send this message, including this one.
    ///   - validityPeriod: Seconds the message may wait in the queue (1–36000).
    ///   - forceDelivery: Reserved by Twilio.
    ///   - contentRetention: `retain` or `discard`.
    ///   - addressRetention: `retain` or `obfuscate`.
    ///   - smartEncoded: Whether Unicode look-alikes are replaced by GSM-7 characters.
    ///   - persistentAction: Rich actions (such as a WhatsApp location); one `PersistentAction` each.
    ///   - trafficType: `free`.
    ///   - shortenUrls: Whether a Messaging Service with link shortening shortens the body's links.
    ///   - scheduleType: `fixed` to schedule the message at `sendAt` (needs a Messaging Service).
    ///   - sendAt: When to send a scheduled message; sent as ISO 8601 in UTC.
    ///   - sendAsMms: Whether to send as one MMS even without media.
    ///   - contentVariables: The Content Template's variables as JSON text (`{"1":"Ana"}`).
    ///   - riskCheck: `enable` or `disable` SMS pumping protection for this message.
    ///   - fallbackFrom: An SMS sender to use when RCS cannot reach the recipient.
    ///   - contentSid: A Content Template (`HX…`) to send instead of a body.
    /// - Returns: The new message, usually `queued` (or `accepted` or `scheduled`).
    /// - Throws: ``TwilioAPIError``.
    public func create(
        to: String,
        from: String? = nil,
        messagingServiceSid: String? = nil,
        body: String? = nil,
        mediaUrl: [String] = [],
        statusCallback: String? = nil,
        applicationSid: String? = nil,
        maxPrice: Double? = nil,
        provideFeedback: Bool? = nil,
        attempt: Int? = nil,
        validityPeriod: Int? = nil,
        forceDelivery: Bool? = nil,
        contentRetention: String? = nil,
        addressRetention: String? = nil,
        smartEncoded: Bool? = nil,
        persistentAction: [String] = [],
        trafficType: String? = nil,
        shortenUrls: Bool? = nil,
        scheduleType: String? = nil,
        sendAt: Date? = nil,
        sendAsMms: Bool? = nil,
        contentVariables: String? = nil,
        riskCheck: String? = nil,
        fallbackFrom: String? = nil,
        contentSid: String? = nil
    ) async throws -> Message {
        var form = TwilioParameters()
        form.add("To", to)
        form.add("StatusCallback", statusCallback)
        form.add("ApplicationSid", applicationSid)
        form.add("MaxPrice", maxPrice)
        form.add("ProvideFeedback", provideFeedback)
        form.add("Attempt", attempt)
        form.add("ValidityPeriod", validityPeriod)
        form.add("ForceDelivery", forceDelivery)
        form.add("ContentRetention", contentRetention)
        form.add("AddressRetention", addressRetention)
        form.add("SmartEncoded", smartEncoded)
        form.add("PersistentAction", each: persistentAction)
        form.add("TrafficType", trafficType)
        form.add("ShortenUrls", shortenUrls)
        form.add("ScheduleType", scheduleType)
        form.add("SendAt", dateTime: sendAt)
        form.add("SendAsMms", sendAsMms)
        form.add("ContentVariables", contentVariables)
        form.add("RiskCheck", riskCheck)
        form.add("From", from)
        form.add("FallbackFrom", fallbackFrom)
        form.add("MessagingServiceSid", messagingServiceSid)
        form.add("Body", body)
        form.add("MediaUrl", each: mediaUrl)
        form.add("ContentSid", contentSid)
        let request = try client.accountRequest("POST", ["Messages"], form: form.pairs)
        return try await client.resource(request, Message.init(json:))
    }

    /// Lists messages, newest first: `GET /2010-04-01/Accounts/{AccountSid}/Messages.json`.
    ///
    /// Follows `next_page_uri` page after page until the last page, or until `limit` messages are
    /// read, as twilio-node's `list({to, from, dateSent, dateSentBefore, dateSentAfter, pageSize, limit})`
    /// does.
    /// - Parameters:
    ///   - to: Only those sent to this address.
    ///   - from: Only those sent from this address.
    ///   - dateSent: Only those sent on this UTC day; sent as `DateSent=YYYY-MM-DD`.
    ///   - dateSentBefore: Only those sent on or before this UTC day (`DateSent<`).
    ///   - dateSentAfter: Only those sent on or after this UTC day (`DateSent>`).
    ///   - pageSize: Messages per page (up to 1000); Twilio's default (50) when `nil`, or `limit`.
    ///   - limit: The most messages to return; all of them when `nil`.
    /// - Returns: The messages in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(
        to: String? = nil,
        from: String? = nil,
        dateSent: Date? = nil,
        dateSentBefore: Date? = nil,
        dateSentAfter: Date? = nil,
        pageSize: Int? = nil,
        limit: Int? = nil
    ) async throws -> [Message] {
        var query = TwilioParameters()
        query.add("To", to)
        query.add("From", from)
        query.add("DateSent", day: dateSent)
        query.add("DateSent<", day: dateSentBefore)
        query.add("DateSent>", day: dateSentAfter)
        let pageSizeQuery = TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.accountRequest("GET", ["Messages"], query: query.pairs + pageSizeQuery)
        return try await client.accountList(request, key: "messages", limit: limit, Message.init(json:))
    }
}
