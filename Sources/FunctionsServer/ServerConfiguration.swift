/// How the Functions server listens and what it allows. Resolved once by the CLI (flag > default).
///
/// ```swift
/// let configuration = ServerConfiguration(port: 0, timeout: .seconds(2))
/// ```
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback by default so nothing outside this machine can call in.
    public var host: String
    /// The port to bind; 0 picks any free port (the real one is reported once bound).
    public var port: Int
    /// The port of the emulated Twilio REST API (with an emulated backend); 0 picks any free port.
    public var apiPort: Int
    /// How long a handler has to call back before the answer is a 504 (Twilio: 10 seconds).
    public var timeout: Duration
    /// The largest request body accepted; larger ones get a 413 (Twilio's runtime: 6 MB).
    public var maxBodySize: Int
    /// The URL Twilio calls when requests arrive through a tunnel (e.g. `https://abc.ngrok.app`):
    /// protected Functions check signatures against it instead of `http://` + the Host header.
    public var publicBaseURL: String?
    /// The `DOMAIN_NAME` handlers see; `nil` means `localhost:` and the bound port. Set it when
    /// users reach the server through another address, such as watch mode's stable port.
    public var domainName: String?
    /// Where the developer console at `/_console` is served: by default only when the server is
    /// bound to a loopback address.
    public var console: ConsoleAvailability

    /// Creates a configuration; every field has Twilio's value or a safe local default.
    public init(
        host: String = "127.0.0.1",
        port: Int = 3000,
        apiPort: Int = 3001,
        timeout: Duration = .seconds(10),
        maxBodySize: Int = 6 * 1024 * 1024,
        publicBaseURL: String? = nil,
        domainName: String? = nil,
        console: ConsoleAvailability = .loopbackOnly
    ) {
        self.host = host
        self.port = port
        self.apiPort = apiPort
        self.timeout = timeout
        self.maxBodySize = maxBodySize
        self.publicBaseURL = publicBaseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.domainName = domainName
        self.console = console
    }
}

/// Whether the developer console is served.
public enum ConsoleAvailability: String, Sendable, CaseIterable {
    /// Only when the server listens on a loopback address (127.0.0.1, ::1, localhost).
    case loopbackOnly = "loopback"
    /// Whatever the address; it still answers only requests whose Host is a loopback name.
    case always
    /// Never.
    case off

    /// Whether a server bound to `host` serves it.
    public func isServed(boundTo host: String) -> Bool {
        switch self {
        case .always: true
        case .off: false
        case .loopbackOnly: host == "localhost" || host == "::1" || host.hasPrefix("127.")
        }
    }
}
