import Foundation
import Testing
import TwilioEmulator
import TwilioWire

/// Credentials, a clock and request helpers shared by the emulator tests.
enum TestValues {
    static let accountSid = "AC" + String(repeating: "a", count: 32)
    static let authToken = "auth-token-for-tests"
    static let apiKey = "SK" + String(repeating: "b", count: 32)
    static let apiSecret = "api-secret-for-tests"
    static let credentials = EmulatorCredentials(
        accountSid: accountSid, authToken: authToken, apiKey: apiKey, apiSecret: apiSecret
    )
    static let apiKeyAuthorization = EmulatorCredentials.basic(username: apiKey, password: apiSecret)
    /// 2015-07-30T20:00:00Z, the date of Twilio's own examples.
    static let start = Date(timeIntervalSince1970: 1_438_286_400)
}

/// An emulator with a manual clock, already holding one Sync Service.
struct TestEmulator {
    let emulator: TwilioEmulator
    let clock: EmulatorClock.Manual
    let serviceSid: String

    /// Creates an emulator on `store` with one Sync Service (created through the API).
    static func make(
        store: EmulatorStore = .inMemory(),
        publicBaseURLs: EmulatorBaseURLs = .twilio
    ) async throws -> TestEmulator {
        let clock = EmulatorClock.Manual(TestValues.start)
        let emulator = TwilioEmulator(
            credentials: TestValues.credentials, store: store, clock: clock.clock, publicBaseURLs: publicBaseURLs
        )
        let response = await emulator.handle(
            EmulatorRequest(
                method: "POST", path: "/v1/Services", parameters: [("FriendlyName", "tests")],
                headers: [("Authorization", TestValues.apiKeyAuthorization)]
            )
        )
        let sid = try #require(response.json?["sid"]?.stringValue)
        return TestEmulator(emulator: emulator, clock: clock, serviceSid: sid)
    }

    /// Sends a request authenticated with the API key pair.
    func send(
        _ method: String,
        _ path: String,
        _ parameters: [(String, String)] = [],
        headers: HeaderList = []
    ) async -> EmulatorResponse {
        await emulator.handle(
            EmulatorRequest(
                method: method, path: path, parameters: parameters,
                headers: [("Authorization", TestValues.apiKeyAuthorization)] + headers
            )
        )
    }

    var documentsPath: String { "/v1/Services/\(serviceSid)/Documents" }

    /// Creates a Sync Document and returns its JSON.
    @discardableResult
    func createDocument(_ uniqueName: String? = nil, data: String = #"{"n":0}"#, ttl: Int? = nil) async throws -> JSONValue {
        var parameters: [(String, String)] = [("Data", data)]
        if let uniqueName { parameters.append(("UniqueName", uniqueName)) }
        if let ttl { parameters.append(("Ttl", String(ttl))) }
        let response = await send("POST", documentsPath, parameters)
        try #require(response.status == 201, "create answered \(response.status): \(response.bodyText)")
        return try #require(response.json)
    }

    /// Creates a PlayerStreamer and returns its SID.
    func createPlayerStreamer(_ parameters: [(String, String)] = []) async throws -> String {
        let response = await send("POST", "/v1/PlayerStreamers", parameters)
        try #require(response.status == 201, "create answered \(response.status): \(response.bodyText)")
        return try #require(response.json?["sid"]?.stringValue)
    }
}

/// Checks that `response` is Twilio's error body for `status` and `code`, key order included,
/// and returns its message.
@discardableResult
func expectTwilioError(
    _ response: EmulatorResponse,
    status: Int,
    code: Int,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> String {
    #expect(response.status == status, "\(response.bodyText)", sourceLocation: sourceLocation)
    #expect(response.header("Content-Type") == "application/json; charset=utf-8", sourceLocation: sourceLocation)
    let body = try #require(response.json?.objectValue, sourceLocation: sourceLocation)
    #expect(body.keys == ["code", "message", "more_info", "status"], sourceLocation: sourceLocation)
    #expect(body["code"] == .int(code), sourceLocation: sourceLocation)
    #expect(body["more_info"] == .string("https://www.twilio.com/docs/errors/\(code)"), sourceLocation: sourceLocation)
    #expect(body["status"] == .int(status), sourceLocation: sourceLocation)
    return try #require(body["message"]?.stringValue, sourceLocation: sourceLocation)
}

/// A new, empty folder for one test; remove it with ``removeTemporaryFolder(_:)`` in a `defer`.
func makeTemporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "twilio-emulator-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Removes a folder made by ``makeTemporaryFolder()``.
func removeTemporaryFolder(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}
