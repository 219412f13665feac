import FunctionsRuntime
import TwilioAccessToken
import TwilioWire

extension IncomingRequest {
    /// Whether Twilio signs this request as a JSON webhook: a `POST` of `application/json`, whose
    /// URL carries the body's `bodySHA256` and is signed alone.
    var isJSONWebhook: Bool {
        method == "POST" && header("Content-Type").map { FunctionEvent.mediaType($0[...]) } == "application/json"
    }

    /// The parameters a signature covers besides the URL: those of a `POST` form body, or none.
    var signedParameters: [(String, String)] {
        let isForm = header("Content-Type").map { FunctionEvent.mediaType($0[...]) } == "application/x-www-form-urlencoded"
        guard isForm, method == "POST" else { return [] }
        return (try? PercentEncoding.decodeForm(body)) ?? []
    }

    /// This request with the `X-Twilio-Signature` Twilio would send, made with `authToken` over
    /// ``url`` and the POST form parameters; for a JSON body, `bodySHA256` is first added to the
    /// query and the URL, which is then signed alone. `invoke --sign`, `sign`, the console and
    /// the test kit all sign through here, and ``SignatureCheck`` checks the same fields.
    ///
    /// ```swift
    /// let request = IncomingRequest(method: "POST", target: "/sms", form: [("Body", "hi")])
    ///     .signed(authToken: authToken)
    /// request.header("X-Twilio-Signature")   // "…="
    /// ```
    public func signed(authToken: String) -> IncomingRequest {
        var request = self
        let validator = RequestValidator(authToken: authToken)
        let signature: String
        if isJSONWebhook {
            let hash = "bodySHA256=" + RequestValidator.bodySHA256(body)
            let url = request.url
            request.query = request.query.map { $0.isEmpty ? hash : $0 + "&" + hash } ?? hash
            request.url = url + (url.contains("?") ? "&" : "?") + hash
            signature = validator.signature(url: request.url)
        } else {
            signature = validator.signature(url: request.url, parameters: signedParameters)
        }
        request.headers.append(("X-Twilio-Signature", signature))
        return request
    }
}
