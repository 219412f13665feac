import Foundation
import TwilioWire

/// Delivery feedback on a Message (`api.v2010.account.message.message_feedback`): whether the
/// recipient acted on it, which tells Twilio the message arrived.
///
/// Only ``messageSid`` is required (the resource has no SID of its own); every other field is
/// `nil` when Twilio sends `null` or leaves it out, and ``json`` keeps the whole resource as received.
public struct MessageFeedback: TwilioResource {
    /// What the recipient did.
    public struct Outcome: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The wire value: `confirmed` or `unconfirmed`.
        public let rawValue: String

        /// An outcome with this wire value.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The recipient acted on the message (entered the code, followed the link).
        public static let confirmed = Outcome(rawValue: "confirmed")
        /// No sign that the message arrived; Twilio's initial value.
        public static let unconfirmed = Outcome(rawValue: "unconfirmed")

        /// The wire value.
        public var description: String { rawValue }
    }

    /// The SID of the message the feedback is about.
    public let messageSid: String
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The reported outcome.
    public let outcome: Outcome?
    /// When it was created.
    public let dateCreated: Date?
    /// When it was last updated.
    public let dateUpdated: Date?
    /// Its path on the API host.
    public let uri: String?
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes Message feedback from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when
    ///   `message_sid` is missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Message Feedback")
        messageSid = try reader.requiredString("message_sid")
        accountSid = reader.string("account_sid")
        outcome = reader.string("outcome").map(Outcome.init(rawValue:))
        dateCreated = reader.rfc2822Date("date_created")
        dateUpdated = reader.rfc2822Date("date_updated")
        uri = reader.string("uri")
        self.json = json
    }
}

/// The delivery feedback of one Message, as `client.messages(sid).feedback`.
///
/// ```swift
/// try await client.messages("SMxxxx").feedback.create(outcome: .confirmed)
/// ```
public struct MessageFeedbackList: Sendable {
    let client: TwilioClient
    /// The SID of the message.
    public let messageSid: String

    /// Reports the outcome: `POST /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json`.
    ///
    /// The message must have been sent with `provideFeedback: true`.
    /// - Parameter outcome: ``MessageFeedback/Outcome/confirmed`` once the recipient acted on it.
    /// - Returns: The feedback.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func create(outcome: MessageFeedback.Outcome? = nil) async throws -> MessageFeedback {
        var form = TwilioParameters()
        form.add("Outcome", outcome?.rawValue)
        let request = try client.accountRequest("POST", ["Messages", messageSid, "Feedback"], form: form.pairs)
        return try await client.resource(request, MessageFeedback.init(json:))
    }
}
