import TwilioWire

/// The one error type of the Twilio REST client: what Twilio answered, or why no usable answer came.
///
/// An error response carries Twilio's own fields (spec §5, the legacy body
/// `{"code": 20404, "message": "…", "more_info": "…", "status": 404}`), plus the request's
/// method and URL, as twilio-python's `TwilioRestException` does. Failures without a usable
/// response use the same type with a different ``kind``: no HTTP response at all
/// (``Kind/transport``, status 0), a success status whose body is not the expected resource
/// (``Kind/malformedResponse``), or a call refused before sending (``Kind/invalidRequest``).
///
/// Messages never contain credentials: the client removes its secret from every message it builds.
///
/// ```swift
/// do {
///     _ = try await client.sync.services(serviceSid).documents("missing").fetch()
/// } catch let error as TwilioAPIError where error.status == 404 {
///     print(error.code)   // 20404
/// }
/// ```
public struct TwilioAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where a ``TwilioAPIError`` comes from.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// Twilio (or the emulator) answered with an error status.
        public static let rest = Kind("rest")
        /// No HTTP response: connection refused, timeout, TLS or DNS failure.
        public static let transport = Kind("transport")
        /// A success status with a body that is not the expected resource (not JSON, or a required
        /// field such as `sid` is missing).
        public static let malformedResponse = Kind("malformedResponse")
        /// The call was refused before sending, e.g. an empty SID or unique name.
        public static let invalidRequest = Kind("invalidRequest")

        /// The kind's name, e.g. `transport`.
        public var description: String { name }
    }

    /// Where the error comes from.
    public let kind: Kind
    /// The HTTP status; 0 when there was no HTTP response.
    public let status: Int
    /// Twilio's error code (`20404`, `20003`, `54103`, …); the HTTP status when the error body is
    /// not Twilio's JSON; 0 when there was no error response.
    public let code: Int
    /// Twilio's message, or what went wrong.
    public let message: String
    /// Twilio's documentation link for ``code`` (`https://www.twilio.com/docs/errors/20404`).
    public let moreInfo: String?
    /// Twilio's optional `details` object.
    public let details: JSONObject?
    /// The request method (`GET`, `POST`, `DELETE`).
    public let method: String
    /// The full request URL.
    public let url: String

    /// Creates an error.
    public init(
        kind: Kind,
        status: Int,
        code: Int,
        message: String,
        moreInfo: String? = nil,
        details: JSONObject? = nil,
        method: String = "",
        url: String = ""
    ) {
        self.kind = kind
        self.status = status
        self.code = code
        self.message = message
        self.moreInfo = moreInfo
        self.details = details
        self.method = method
        self.url = url
    }

    /// One line for logs, e.g. `Twilio error 20404 (HTTP 404) on GET https://…: The requested
    /// resource … was not found. More: https://www.twilio.com/docs/errors/20404`.
    public var description: String {
        let request = method.isEmpty ? url : "\(method) \(url)"
        switch kind {
        case .rest:
            let more = moreInfo.map { " More: \($0)" } ?? ""
            return "Twilio error \(code) (HTTP \(status)) on \(request): \(sentence(message))\(more)"
        case .transport:
            return "Twilio request \(method) got no response: \(message)"
        case .malformedResponse:
            return "Malformed Twilio response (HTTP \(status)) on \(request): \(message)"
        default:
            return "Invalid Twilio request \(request): \(message)"
        }
    }

    private func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?".contains(last) else { return text }
        return text + "."
    }
}
