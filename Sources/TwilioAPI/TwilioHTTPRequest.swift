import TwilioWire

/// One request to a Twilio REST API, as the client builds it and a ``TwilioTransport`` sends it.
///
/// The same value serves real HTTP and in-process transports: `path` is exactly what goes on
/// the wire (percent-encoded), while `query` and `form` keep the decoded pairs so an in-process
/// adapter can read parameters without parsing ``body``.
///
/// ```swift
/// let request = TwilioHTTPRequest(
///     method: "POST",
///     baseURL: "https://media.twilio.com",
///     path: "/v1/PlayerStreamers/VJcafebabecafebabecafebabecafebabe/PlaybackGrant",
///     form: [("Ttl", "60")]
/// )
/// request.url                                   // https://media.twilio.com/v1/PlayerStreamers/VJ…/PlaybackGrant
/// String(decoding: request.body, as: UTF8.self) // Ttl=60
/// ```
public struct TwilioHTTPRequest: Sendable, HeaderCarrying {
    /// The HTTP method: `GET`, `POST` or `DELETE`.
    public var method: String
    /// The scheme and authority without a trailing slash, e.g. `https://sync.twilio.com`.
    public var baseURL: String
    /// The percent-encoded path, e.g. `/v1/Services/IS…/Documents/streaming_info`.
    public var path: String
    /// Query parameters, decoded, in order.
    public var query: [(String, String)]
    /// Form body parameters of a `POST`, decoded, in order.
    public var form: [(String, String)]
    /// Request headers in order; names keep their case, lookups ignore it (``header(_:)``).
    public var headers: HeaderList

    /// Creates a request.
    public init(
        method: String,
        baseURL: String,
        path: String,
        query: [(String, String)] = [],
        form: [(String, String)] = [],
        headers: HeaderList = []
    ) {
        self.method = method
        self.baseURL = baseURL
        self.path = path
        self.query = query
        self.form = form
        self.headers = headers
    }

    /// The full URL: ``baseURL``, ``path`` and the encoded ``query``.
    public var url: String {
        encodedQuery.map { baseURL + path + "?" + $0 } ?? baseURL + path
    }

    /// The query string of ``url`` after the `?`, percent-encoded as ``body`` is; `nil` when there
    /// are no query parameters. An in-process transport takes it from here rather than splitting
    /// ``url`` again.
    public var encodedQuery: String? {
        query.isEmpty ? nil : PercentEncoding.encodeForm(query, spaces: .percent20)
    }

    /// The `application/x-www-form-urlencoded` body of ``form``, encoded as twilio-node encodes it
    /// (`qs.stringify`, RFC 3986 format): `name=value` pairs in order joined by `&`, every byte
    /// outside `A-Z a-z 0-9 - . _ ~` percent-encoded as UTF-8 with uppercase hex, a space as `%20`.
    /// Empty when there are no form parameters.
    public var body: [UInt8] {
        Array(PercentEncoding.encodeForm(form, spaces: .percent20).utf8)
    }

}

extension TwilioHTTPRequest: CustomStringConvertible {
    /// `METHOD url`; headers are left out because one of them carries the credentials.
    public var description: String { "\(method) \(url)" }
}
