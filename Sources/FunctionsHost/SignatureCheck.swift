import FunctionsRuntime
import TwilioAccessToken
import TwilioWire

/// The check a protected Function's requests pass: a valid `X-Twilio-Signature` made with the
/// environment's AUTH_TOKEN over the URL the client called and the POST parameters.
struct SignatureCheck: Sendable {
    private let validator: RequestValidator?
    private let environmentFile: String
    private let publicBaseURL: String?

    init(authToken: String?, environmentFile: String, publicBaseURL: String?) {
        self.validator = authToken.flatMap { $0.isEmpty ? nil : RequestValidator(authToken: $0) }
        self.environmentFile = environmentFile
        self.publicBaseURL = publicBaseURL
    }

    /// Why the request is refused, or `nil` when its signature is valid. The reason never holds
    /// the expected signature: only what the client must fix.
    func refusal(for request: IncomingRequest) -> String? {
        let path = request.path
        guard let validator else {
            return "\(path) is protected, but no AUTH_TOKEN is set in \(environmentFile), so no signature can be checked. Add AUTH_TOKEN to that file."
        }
        guard let signature = request.header("X-Twilio-Signature"), !signature.isEmpty else {
            return "\(path) is protected: the request has no X-Twilio-Signature header. Sign it with `twilio-functions sign`."
        }
        let url = publicBaseURL.map { $0 + path + (request.query.map { "?" + $0 } ?? "") } ?? request.url
        let valid: Bool
        if RequestValidator.hasBodyHash(url) {
            valid = validator.validate(signature: signature, url: url, body: request.body)
        } else {
            valid = validator.validate(signature: signature, url: url, parameters: request.signedParameters)
        }
        return valid ? nil : "\(path) is protected: X-Twilio-Signature does not match the request (signed URL \(url) and its POST parameters, with AUTH_TOKEN)."
    }
}
