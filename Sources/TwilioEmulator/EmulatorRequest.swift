import TwilioWire

/// One request to the emulated Twilio REST API, independent of any HTTP server.
///
/// The REST port translates its framework's request into this value, and an in-process transport
/// builds one directly, so both reach the same router in ``TwilioEmulator/handle(_:)``.
///
/// ```swift
/// let request = EmulatorRequest(
///     method: "GET",
///     path: "/v1/Services/IS00000000000000000000000000000000/Documents/streaming_info",
///     headers: [("Authorization", "Basic QUMw...")]
/// )
/// let response = await emulator.handle(request)
/// ```
public struct EmulatorRequest: Sendable, HeaderCarrying {
    /// The HTTP method: `GET`, `POST` or `DELETE` (anything else is answered with 405 or 404).
    public var method: String
    /// The path as sent, still percent-encoded, without the query, e.g. `/v1/PlayerStreamers`.
    public var path: String
    /// The raw query string after `?`, still percent-encoded; list parameters are read from it.
    public var query: String?
    /// The request headers in the order received; names compare case-insensitively.
    public var headers: HeaderList
    /// The body: `application/x-www-form-urlencoded` parameters for `POST`.
    public var body: [UInt8]

    /// Creates a request.
    /// - Parameters:
    ///   - method: The HTTP method.
    ///   - path: The percent-encoded path, without the query.
    ///   - query: The raw query string, without the leading `?`.
    ///   - headers: The request headers.
    ///   - body: The request body.
    public init(
        method: String,
        path: String,
        query: String? = nil,
        headers: HeaderList = [],
        body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }
}
