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

    /// Whether two webhooks go to the same URL with the same method and parameters, in order.
    public static func == (lhs: EmulatorWebhook, rhs: EmulatorWebhook) -> Bool {
        lhs.url == rhs.url && lhs.method == rhs.method && lhs.parameters.elementsEqual(rhs.parameters) { $0 == $1 }
    }
}
