import Foundation
import Functions
import FunctionsHost
import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Testing
import TwilioAccessToken
import TwilioEmulator
import TwilioWire

/// The files a newcomer starts with: the shipped functions.json, environment and seed fixture.
@Suite("The shipped project")
struct ShippedProjectTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func load() throws -> FunctionsProject {
        try FunctionsProject.load(
            manifestPath: root.appendingPathComponent("functions.json").path,
            environmentPath: root.appendingPathComponent("environment").path,
            registry: Functions.registry
        )
    }

    @Test func everyManifestEntryHasARegisteredHandler() throws {
        let project = try Self.load()
        #expect(project.routes.map(\.path) == ["/hello", "/echo", "/token", "/live-access-token", "/voice", "/start-verify", "/check-verify", "/forward-message"])
        #expect(Set(project.routes.map(\.entry.handler)) == Set(Functions.registry.names))
    }

    @Test func bothSeedFunctionsAnswerTokensOnAFreshState() async throws {
        let project = try Self.load()
        let environment = project.environment
        let store = EmulatorStore.inMemory()
        let serviceSid = try #require(environment["SYNC_SERVICE_SID"])
        let accountSid = try #require(environment["ACCOUNT_SID"])
        try store.seed(from: Self.root.appendingPathComponent("emulator-seed.json").path, syncServiceSid: serviceSid, accountSid: accountSid)
        let emulator = TwilioEmulator(
            credentials: EmulatorCredentials(
                accountSid: accountSid, authToken: environment["AUTH_TOKEN"], apiKey: environment["API_KEY"], apiSecret: environment["API_SECRET"]
            ),
            store: store
        )
        let app = buildApplication(project: project, twilio: .emulated(emulator))
        let (sync, live) = try await app.test(.router) { client in
            (try await client.get("/token?identity=alice"), try await client.get("/live-access-token"))
        }
        let secret = try #require(environment["API_SECRET"])
        for response in [sync, live] {
            #expect(response.status == .ok)
            let token = try DecodedAccessToken(jwt: try #require(try response.json()["token"]?.stringValue))
            #expect(token.verifySignature(secret: secret))
        }
        #expect(try DecodedAccessToken(jwt: try sync.json()["token"]!.stringValue!).grants?["data_sync"]?["service_sid"] == .string(serviceSid))
        #expect(try DecodedAccessToken(jwt: try live.json()["token"]!.stringValue!).grants?["player"]?["playerStreamerSid"] != nil)
    }
}
