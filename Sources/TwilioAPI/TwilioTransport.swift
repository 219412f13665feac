/// Sends a built ``TwilioHTTPRequest`` and returns the response, whatever carries it.
///
/// The client builds every request and decodes every response itself, so a transport only moves
/// bytes: ``URLSessionTransport`` over real HTTP (Twilio or the emulator's REST port), or an
/// in-process adapter that hands the request straight to the local emulator's router.
///
/// A transport returns every HTTP response it gets, error statuses included: the client turns
/// 4xx and 5xx bodies into ``TwilioAPIError``. It throws only when there is no response at all;
/// the client reports any error it throws as a ``TwilioAPIError`` of kind
/// ``TwilioAPIError/Kind/transport`` naming the URL (a thrown ``TwilioAPIError`` is kept as is,
/// and `CancellationError` passes through).
///
/// ```swift
/// struct InProcessTransport: TwilioTransport {
///     let emulator: Emulator
///     func send(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse {
///         let reply = await emulator.handle(method: request.method, path: request.path,
///                                           query: request.query, form: request.form,
///                                           headers: request.headers)
///         return TwilioHTTPResponse(status: reply.status, headers: reply.headers, body: reply.body)
///     }
/// }
/// let client = TwilioClient(credentials: credentials, endpoints: .local(), transport: InProcessTransport(emulator: emulator))
/// ```
public protocol TwilioTransport: Sendable {
    /// Sends `request` and returns the response, whatever its status.
    /// - Throws: Any error when no response could be obtained.
    func send(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse
}
