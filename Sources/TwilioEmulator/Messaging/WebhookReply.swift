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
