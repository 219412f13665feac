import Foundation
import FunctionsHost
import FunctionsRuntime
import FunctionsServer
import Synchronization
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// An emulator holding the shipped seed (the `streaming_info` document and its player streamer),
/// with the fake environment's credentials.
struct EmulatedTwilio: Sendable {
    let emulator: TwilioEmulator
    let recorder = RecordingTransport()

    static let seedPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("emulator-seed.json").path

    static let credentials = EmulatorCredentials(
        accountSid: Fake.accountSid, authToken: Fake.authToken, apiKey: Fake.apiKey, apiSecret: Fake.apiSecret
    )

    init(store: EmulatorStore = .inMemory(), seeded: Bool = true) throws {
        if seeded {
            try store.seed(from: Self.seedPath, syncServiceSid: Fake.syncServiceSid, accountSid: Fake.accountSid)
        }
        emulator = TwilioEmulator(credentials: Self.credentials, store: store)
    }

    /// Handlers' clients go through the recorder to the emulator, so tests can see what it answered.
    var backend: TwilioBackend {
        .connection(TwilioConnection(endpoints: .twilio, transport: recorder.wrapping(EmulatorTransport(emulator))))
    }

    /// Sends a request to the emulator as the API key.
    func send(_ method: String, _ path: String, _ parameters: [(String, String)] = []) async -> EmulatorResponse {
        await emulator.handle(
            EmulatorRequest(
                method: method,
                path: path,
                parameters: parameters,
                headers: [("Authorization", EmulatorCredentials.basic(username: Fake.apiKey, password: Fake.apiSecret))]
            )
        )
    }

    static let documentPath = "/v1/Services/\(Fake.syncServiceSid)/Documents/streaming_info"
    static let seededStreamer = "VJ00000000000000000000000000000000"
}

/// A transport that passes requests on and keeps each request and response.
final class RecordingTransport: Sendable {
    private let exchanges = Mutex<[(request: TwilioHTTPRequest, response: TwilioHTTPResponse)]>([])

    var all: [(request: TwilioHTTPRequest, response: TwilioHTTPResponse)] { exchanges.withLock { $0 } }

    func wrapping(_ inner: some TwilioTransport) -> some TwilioTransport {
        Recording(inner: inner, recorder: self)
    }

    fileprivate func record(_ request: TwilioHTTPRequest, _ response: TwilioHTTPResponse) {
        exchanges.withLock { $0.append((request, response)) }
    }

    private struct Recording<Inner: TwilioTransport>: TwilioTransport {
        let inner: Inner
        let recorder: RecordingTransport

        func send(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse {
            let response = try await inner.send(request)
            recorder.record(request, response)
            return response
        }
    }
}
