/// One Message, as `client.messages(sid)`.
///
/// ```swift
/// let message = client.messages("SMxxxx")
/// let current = try await message.fetch()
/// try await message.update(body: "")                    // redacts the body
/// let media = try await message.media.list()
/// try await message.feedback.create(outcome: .confirmed)
/// ```
public struct MessageContext: Sendable {
    let client: TwilioClient
    /// The message SID (`SM…` or `MM…`).
    public let sid: String

    /// The message's media: `media.list()`, as twilio-node's `client.messages(sid).media`.
    public var media: MessageMediaList {
        MessageMediaList(client: client, messageSid: sid)
    }

    /// The message's delivery feedback: `feedback.create(outcome:)`.
    public var feedback: MessageFeedbackList {
        MessageFeedbackList(client: client, messageSid: sid)
    }

    /// Fetches the message: `GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`.
    /// - Returns: The message.
    /// - Throws: ``TwilioAPIError``, with status 404 (code 20404) when there is no such message.
    public func fetch() async throws -> Message {
        try await client.resource(client.accountRequest("GET", ["Messages", sid]), Message.init(json:))
    }

    /// Redacts or cancels the message: `POST /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`.
    /// - Parameters:
    ///   - body: The new body; only `""` is accepted, which redacts the text of a sent message.
    ///   - status: ``Message/Status/canceled`` cancels a scheduled message.
    /// - Returns: The updated message.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func update(body: String? = nil, status: Message.Status? = nil) async throws -> Message {
        var form = TwilioParameters()
        form.add("Body", body)
        form.add("Status", status?.rawValue)
        let request = try client.accountRequest("POST", ["Messages", sid], form: form.pairs)
        return try await client.resource(request, Message.init(json:))
    }

    /// Deletes the message and its media: `DELETE /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such message.
    public func remove() async throws {
        _ = try await client.perform(client.accountRequest("DELETE", ["Messages", sid]))
    }
}
