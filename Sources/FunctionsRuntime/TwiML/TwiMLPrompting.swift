/// Where `<Say>` and `<Pause>` go in a call: the ``VoiceResponse`` itself, and a
/// ``VoiceResponse/Gather``, which speaks them as its prompt while it listens.
public protocol TwiMLPrompting {
    /// The element `<Say>` and `<Pause>` are added to.
    var promptParent: TwiMLElement { get }
}

extension TwiMLPrompting {
    /// `<Say>`: reads `text` aloud (attributes such as `voice`, `language`, `loop`).
    @discardableResult
    public func say(_ text: String, _ attributes: TwiMLAttributes = [:]) -> TwiMLElement {
        promptParent.append("Say", attributes, text: text)
    }

    /// `<Pause>` (attribute `length` in seconds).
    @discardableResult
    public func pause(_ attributes: TwiMLAttributes = [:]) -> TwiMLElement {
        promptParent.append("Pause", attributes)
    }
}
