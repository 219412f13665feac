import Foundation
import Testing
import TwilioWire

@testable import TwilioFunctionsCLI

#if canImport(Glibc)
import Glibc
#endif

/// `trigger sms` against `serve` as a real process: the webhook crosses a socket to the protected
/// Function, signed, and the replies are delivered by the server's clock.
@Suite(.enabled(if: ServerProcess.executable != nil, "needs the built twilio-functions executable"), .shippedCommandLine)
struct TriggerServeTests {
    static let manifest = #"{"functions": [{"path": "/forward-message", "handler": "forward-message", "visibility": "protected"}]}"#
    static let seed = #"{"incomingPhoneNumbers": [{"phoneNumber": "+15005550006", "smsUrl": "/forward-message"}]}"#

    @Test func aTextReachesTheProtectedFunctionAndItsForwardsAreDelivered() async throws {
        let folder = try TemporaryFolder()
        try folder.write("environment", Fake.environmentText + "\nFORWARDING_NUMBERS=+12223334444\n")
        try folder.write("functions.json", Self.manifest)
        try folder.write("emulator-seed.json", Self.seed)
        let server = try ServerProcess(arguments: ["serve", "--port", "0", "--api-port", "0", "--in-memory", "--log-level", "error"], in: folder.url)
        let apiURL = try #require(await server.waitFor(wordAfter: "Emulated Twilio API (Sync, Media, Verify, Lookups): "))
        #expect(await server.waitFor("Functions:\n"))

        let api = try TriggerAPI(apiURL: apiURL, environmentPath: folder.path("environment"))
        let answer = try await api.send("POST", "/_emulator/Trigger/Sms", form: [("From", "+14155552671"), ("To", "+15005550006"), ("Body", "hi")])
        #expect(answer["webhook"]?["status"] == 200, "\(answer)")
        #expect(answer["webhook"]?["url"]?.stringValue?.hasSuffix("/forward-message") == true)
        let replies = try #require(answer["replies"]?.arrayValue)
        #expect(replies.compactMap { $0["to"]?.stringValue } == ["+12223334444"])
        let sid = try #require(replies.first?["sid"]?.stringValue)
        let lines = try await api.settled([sid])
        #expect(lines == ["  \(sid) to +12223334444: queued → sending → sent → delivered"])
        #expect(await server.stop(with: SIGTERM) == 0)
    }
}
