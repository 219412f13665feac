/// TwiML for an incoming message, built as in twilio-node's `Twilio.twiml.MessagingResponse`.
///
/// ```swift
/// let twiml = Twilio.twiml.MessagingResponse()
/// twiml.message("Thanks! We got your message.")
/// let reply = twiml.message(["to": "+15005550006"])
/// reply.body("Here is the picture.")
/// reply.media("https://example.com/cat.jpg")
/// callback(nil, twiml)
/// ```
public final class MessagingResponse: TwiMLDocument, Sendable {
    public let root = TwiMLElement("Response", [:])

    /// An empty `<Response>`.
    public init() {}

    /// `<Message>` with `text` as its body.
    @discardableResult
    public func message(_ text: String, _ attributes: TwiMLAttributes = [:]) -> Message {
        Message(root.append("Message", attributes, text: text))
    }

    /// An empty `<Message>`; add `body` and `media` to it.
    @discardableResult
    public func message(_ attributes: TwiMLAttributes = [:]) -> Message {
        Message(root.append("Message", attributes))
    }

    /// `<Message>`'s nouns.
    public struct Message: Sendable {
        /// The `<Message>` element.
        public let element: TwiMLElement

        init(_ element: TwiMLElement) { self.element = element }

        /// `<Body>`: the text of the message.
        @discardableResult
        public func body(_ text: String) -> TwiMLElement {
            element.append("Body", text: text)
        }

        /// `<Media>`: the URL of an image or file to attach.
        @discardableResult
        public func media(_ url: String) -> TwiMLElement {
            element.append("Media", text: url)
        }
    }
}
