/// A TwiML document: a `<Response>` and its verbs. ``VoiceResponse`` and ``MessagingResponse``
/// are the two kinds; `callback(nil, twiml)` answers it as `text/xml`.
public protocol TwiMLDocument: FunctionPayload {
    /// The `<Response>` element.
    var root: TwiMLElement { get }
}

extension TwiMLDocument {
    /// The XML text, with the declaration: `<?xml version="1.0" encoding="UTF-8"?><Response>…</Response>`.
    public func toString() -> String {
        var output = #"<?xml version="1.0" encoding="UTF-8"?>"#
        root.write(into: &output)
        return output
    }

    /// `<Redirect>`: continues with the TwiML at `url`; the same verb in a call and a message.
    @discardableResult
    public func redirect(_ url: String, _ attributes: TwiMLAttributes = [:]) -> TwiMLElement {
        root.append("Redirect", attributes, text: url)
    }

    /// 200 with the document as `text/xml; charset=utf-8`.
    public func functionResult() throws -> FunctionResult {
        FunctionResult(status: 200, headers: FunctionPayloadHeaders.xml, body: Array(toString().utf8))
    }
}
