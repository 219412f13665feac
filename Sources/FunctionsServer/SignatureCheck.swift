import FunctionsRuntime
import HTTPTypes
import Hummingbird
import TwilioAccessToken

/// The check a protected Function's requests pass: a valid `X-Twilio-Signature` made with the
/// environment's AUTH_TOKEN over the URL the client called and the POST parameters.
struct SignatureCheck: Sendable {
    static let header = HTTPField.Name("X-Twilio-Signature")!

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
    func refusal(for request: Request, body: [UInt8]) -> String? {
        guard let validator else {
            return "\(request.uri.path) is protected, but no AUTH_TOKEN is set in \(environmentFile), so no signature can be checked. Add AUTH_TOKEN to that file."
        }
        guard let signature = request.headers[Self.header], !signature.isEmpty else {
            return "\(request.uri.path) is protected: the request has no X-Twilio-Signature header. Sign it with `twilio-functions sign`."
        }
        let url = Self.url(of: request, publicBaseURL: publicBaseURL)
        let valid: Bool
        if RequestValidator.hasBodyHash(url) {
            valid = validator.validate(signature: signature, url: url, body: body)
        } else {
            let isForm = request.headers[.contentType].map { FunctionEvent.mediaType($0[...]) == "application/x-www-form-urlencoded" } ?? false
            let parameters = isForm && request.method == .post ? ((try? FormEncoding.decode(body)) ?? []) : []
            valid = validator.validate(signature: signature, url: url, parameters: parameters)
        }
        return valid ? nil : "\(request.uri.path) is protected: X-Twilio-Signature does not match the request (signed URL \(url) and its POST parameters, with AUTH_TOKEN)."
    }

    /// The URL the client called: the public base URL when set, else `http://` + Host; then the
    /// path and query exactly as sent.
    static func url(of request: Request, publicBaseURL: String?) -> String {
        let base = publicBaseURL ?? "http://" + (request.head.authority ?? "localhost")
        return base + request.uri.string
    }
}
