import FunctionsHost

/// How the Functions server listens and what it allows. Resolved once by the CLI (flag > default).
///
/// Every limit has a safe default, so a server started without flags already refuses what would
/// tie it up: an endless request head, a client that never finishes its request, a flood of
/// connections, a handler that never answers.
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
    /// The largest request head accepted, in bytes: the request target and all header lines
    /// together (so also any one of them); a larger one gets a 431 and the connection is closed.
    public var maxHeaderSize: Int
    /// How long a client has to send a complete request head (from the connection's opening or
    /// the previous answer), and the longest pause allowed while its body arrives; past it the
    /// connection is closed without an answer.
    public var headerTimeout: Duration
    /// The most connections served at once.
    ///
    /// When a client connects while this many are open, the server closes the open connection that
    /// has been idle longest (answered, waiting for its next request; one that has sent nothing yet
    /// counts as idle since it connected), and the new client is served as soon as it is gone. A
    /// connection with a request in flight is never closed for this: from its request head until its
    /// answer has been written (with pipelined requests, until the last one's), it is busy. While
    /// every connection is busy the new client waits, unanswered (up to ``headerTimeout``), and the
    /// first connection to finish an answer is closed for it; clients after it wait in the listen
    /// queue. A client that keeps a connection idle must be ready to reconnect, as with any server
    /// that closes idle keep-alive connections.
    public var maxConnections: Int
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
        maxHeaderSize: Int = 32 * 1024,
        headerTimeout: Duration = .seconds(30),
        maxConnections: Int = 512,
        publicBaseURL: String? = nil,
        domainName: String? = nil,
        console: ConsoleAvailability = .loopbackOnly
    ) {
        self.host = host
        self.port = port
        self.apiPort = apiPort
        self.timeout = timeout
        self.maxBodySize = maxBodySize
        self.maxHeaderSize = maxHeaderSize
        self.headerTimeout = headerTimeout
        self.maxConnections = maxConnections
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

extension ServerConfiguration {
    /// The part of this configuration the request flow enforces.
    public var pipeline: PipelineConfiguration {
        PipelineConfiguration(timeout: timeout, maxBodySize: maxBodySize, publicBaseURL: publicBaseURL)
    }
}
