/// Sends a built ``TwilioHTTPRequest`` and returns the response, whatever carries it.
///
/// The client builds every request and decodes every response itself, so a transport only moves
/// bytes: ``HTTPClientTransport`` over real HTTP (Twilio or the emulator's REST port), or an
/// in-process adapter that hands the request straight to the local emulator's router.
///
/// A transport returns every HTTP response it gets, error statuses included: the client turns
/// 4xx and 5xx bodies into ``TwilioAPIError``. It throws only when there is no response at all;
/// the client reports any error it throws as a ``TwilioAPIError`` of kind
/// ``TwilioAPIError/Kind/transport`` naming the URL (a thrown ``TwilioAPIError`` is kept as is,
/// and `CancellationError` passes through).
///
/// `FunctionsHost`'s `EmulatorTransport` is the in-process one; a test can record requests with
/// a transport of its own:
///
/// ```swift
/// struct CannedTransport: TwilioTransport {
///     let response: TwilioHTTPResponse
///     func send(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse { response }
/// }
/// let client = TwilioClient(credentials: credentials, endpoints: .local(baseURL: "http://127.0.0.1:3001"),
///                           transport: CannedTransport(response: TwilioHTTPResponse(status: 200, json: [:])))
/// ```
public protocol TwilioTransport: Sendable {
    /// Sends `request` and returns the response, whatever its status.
    /// - Throws: Any error when no response could be obtained.
    func send(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse
}
