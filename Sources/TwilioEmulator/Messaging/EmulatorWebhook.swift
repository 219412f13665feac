import TwilioWire

/// A request the emulated Twilio makes to the outside: the webhook of a message that came in, a
/// message's status callback, a call's TwiML fetch. A ``WebhookSender`` signs and sends it.
public struct EmulatorWebhook: Sendable, Equatable {
    /// The absolute URL, e.g. `http://127.0.0.1:3000/forward-message`.
    public var url: String
    /// `POST` (the default for every Twilio webhook) or `GET`.
    public var method: String
    /// The parameters Twilio sends, in Twilio's order: the form body of a `POST`, the query of a `GET`.
    public var parameters: [(String, String)]

    /// Creates a webhook.
    public init(url: String, method: String = "POST", parameters: [(String, String)]) {
        self.url = url
        self.method = method
        self.parameters = parameters
    }

    public static func == (lhs: EmulatorWebhook, rhs: EmulatorWebhook) -> Bool {
        lhs.url == rhs.url && lhs.method == rhs.method && lhs.parameters.elementsEqual(rhs.parameters) { $0 == $1 }
    }
}

/// What a webhook's receiver answered.
public struct WebhookReply: Sendable, Equatable {
    /// The HTTP status.
    public var status: Int
    /// The `Content-Type`, if any.
    public var contentType: String?
    /// The body, e.g. TwiML.
    public var body: [UInt8]

    /// Creates a reply.
    public init(status: Int, contentType: String? = nil, body: [UInt8] = []) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// Sends the emulator's webhooks, signed as Twilio signs them (`X-Twilio-Signature` made with
/// the account's Auth Token). The emulator has no network code of its own: a server gives it one
/// that speaks HTTP, a test kit one that calls its Functions in process.
///
/// ```swift
/// emulator.useWebhookSender(mySender)
/// ```
public protocol WebhookSender: Sendable {
    /// Sends `webhook` and returns the answer.
    /// - Throws: when the receiver cannot be reached; the emulator records the failure.
    func send(_ webhook: EmulatorWebhook) async throws -> WebhookReply
}
