import TwilioAPI
import TwilioEmulator
import TwilioWire

/// Carries a Twilio client's requests straight to the local emulator, without a socket: the same
/// request building and response decoding as over HTTP, and the same router as the REST port.
public struct EmulatorTransport: TwilioTransport {
    private let emulator: TwilioEmulator

    /// A transport to `emulator`.
    public init(_ emulator: TwilioEmulator) {
        self.emulator = emulator
    }

    public func send(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse {
        let response = await emulator.handle(
            EmulatorRequest(
                method: request.method, path: request.path, query: request.encodedQuery, headers: request.headers, body: request.body
            )
        )
        if let value = response.jsonBody {
            return TwilioHTTPResponse(status: response.status, headers: response.headers, jsonBody: value)
        }
        return TwilioHTTPResponse(status: response.status, headers: response.headers, body: response.body, parsedJSON: response.jsonValue)
    }
}
