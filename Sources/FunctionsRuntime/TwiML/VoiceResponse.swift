/// TwiML for a voice call, built as in twilio-node's `Twilio.twiml.VoiceResponse`.
///
/// ```swift
/// let twiml = Twilio.twiml.VoiceResponse()
/// twiml.say("Thanks for calling!", ["voice": "alice"])
/// let gather = twiml.gather(["numDigits": 1, "action": "/menu"])
/// gather.say("Press 1 for sales.")
/// callback(nil, twiml)
/// ```
public final class VoiceResponse: TwiMLDocument, TwiMLPrompting, Sendable {
    public let root = TwiMLElement("Response", [:])

    /// The `<Response>`: `say` and `pause` add to it.
    public var promptParent: TwiMLElement { root }

    /// An empty `<Response>`.
    public init() {}

    /// `<Play>`: plays the audio at `url` (or `digits` as an attribute with an empty url).
    @discardableResult
    public func play(_ url: String = "", _ attributes: TwiMLAttributes = [:]) -> TwiMLElement {
        root.append("Play", attributes, text: url.isEmpty ? nil : url)
    }

    /// `<Gather>`: collects digits or speech; add `say`, `play` and `pause` to the returned verb.
    @discardableResult
    public func gather(_ attributes: TwiMLAttributes = [:]) -> Gather {
        Gather(root.append("Gather", attributes))
    }

    /// `<Dial>`: connects the call; pass a number, or add nouns to the returned verb.
    @discardableResult
    public func dial(_ number: String? = nil, _ attributes: TwiMLAttributes = [:]) -> Dial {
        Dial(root.append("Dial", attributes, text: number))
    }

    /// `<Record>` (attributes such as `maxLength`, `action`, `transcribe`).
    @discardableResult
    public func record(_ attributes: TwiMLAttributes = [:]) -> TwiMLElement {
        root.append("Record", attributes)
    }

    /// `<Reject>` (attribute `reason`: `rejected` or `busy`).
    @discardableResult
    public func reject(_ attributes: TwiMLAttributes = [:]) -> TwiMLElement {
        root.append("Reject", attributes)
    }

    /// `<Hangup>`.
    @discardableResult
    public func hangup() -> TwiMLElement {
        root.append("Hangup")
    }

    /// `<Enqueue>`: puts the caller in the queue `name`.
    @discardableResult
    public func enqueue(_ name: String, _ attributes: TwiMLAttributes = [:]) -> TwiMLElement {
        root.append("Enqueue", attributes, text: name)
    }

    /// `<Gather>`'s nested verbs: `say` and `pause` (from ``TwiMLPrompting``) and `play`.
    public struct Gather: TwiMLPrompting, Sendable {
        /// The `<Gather>` element.
        public let element: TwiMLElement

        init(_ element: TwiMLElement) { self.element = element }

        /// The `<Gather>`: `say` and `pause` nest in it.
        public var promptParent: TwiMLElement { element }

        /// A nested `<Play>`.
        @discardableResult
        public func play(_ url: String, _ attributes: TwiMLAttributes = [:]) -> TwiMLElement {
            element.append("Play", attributes, text: url)
        }
    }

    /// `<Dial>`'s nouns.
    public struct Dial: Sendable {
        /// The `<Dial>` element.
        public let element: TwiMLElement

        init(_ element: TwiMLElement) { self.element = element }

        /// `<Number>`: a phone number to call.
        @discardableResult
        public func number(_ number: String, _ attributes: TwiMLAttributes = [:]) -> TwiMLElement {
            element.append("Number", attributes, text: number)
        }

        /// `<Client>`: a Voice SDK client identity.
        @discardableResult
        public func client(_ identity: String, _ attributes: TwiMLAttributes = [:]) -> TwiMLElement {
            element.append("Client", attributes, text: identity)
        }

        /// `<Conference>`: a conference room by name.
        @discardableResult
        public func conference(_ name: String, _ attributes: TwiMLAttributes = [:]) -> TwiMLElement {
            element.append("Conference", attributes, text: name)
        }
    }
}
