import TwilioWire

/// One HTTP request as the Functions pipeline sees it, whatever carried it: a socket, the
/// `invoke` command, or the test kit.
public struct IncomingRequest: Sendable, HeaderCarrying {
    /// The method, e.g. `GET`.
    public var method: String
    /// The path as sent (not percent-decoded), e.g. `/token`.
    public var path: String
    /// The raw query string without `?`, if any.
    public var query: String?
    /// The header fields in arrival order.
    public var headers: HeaderList
    /// The body.
    public var body: [UInt8]
    /// The host and port the client called (the Host header).
    public var authority: String?
    private var explicitURL: String?

    /// The URL the client called (scheme, host, path and query), which request signatures cover:
    /// the one given, else `http://` + ``authority`` (or `localhost`) + path + query. Computed
    /// when asked for, since only protected Functions need it.
    public var url: String {
        get { explicitURL ?? "http://" + (authority ?? "localhost") + path + (query.map { "?" + $0 } ?? "") }
        set { explicitURL = newValue }
    }

    /// Creates a request.
    public init(
        method: String = "GET",
        path: String,
        query: String? = nil,
        headers: HeaderList = [],
        body: [UInt8] = [],
        authority: String? = nil,
        url: String? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.authority = authority
        self.explicitURL = url
    }
}
