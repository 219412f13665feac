/// What the request flow enforces, whatever carries the request: the handler's deadline, the
/// body limit, and the URL signatures are checked against. Resolved once at the edge; the server's
/// `ServerConfiguration` carries one.
///
/// ```swift
/// let pipeline = FunctionsPipeline(project: project, configuration: PipelineConfiguration(timeout: .seconds(2)))
/// ```
public struct PipelineConfiguration: Sendable {
    /// How long a handler has to call back before the answer is a 504 (Twilio: 10 seconds).
    public var timeout: Duration
    /// The largest request body accepted; larger ones get a 413 (Twilio's runtime: 6 MB).
    public var maxBodySize: Int
    /// The URL Twilio calls when requests arrive through a tunnel (e.g. `https://abc.ngrok.app`),
    /// without a trailing slash: protected Functions check signatures against it instead of
    /// `http://` + the Host header.
    public var publicBaseURL: String?

    /// Creates a configuration; every field has Twilio's value or a safe local default.
    public init(timeout: Duration = .seconds(10), maxBodySize: Int = 6 * 1024 * 1024, publicBaseURL: String? = nil) {
        self.timeout = timeout
        self.maxBodySize = maxBodySize
        self.publicBaseURL = publicBaseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }
}
