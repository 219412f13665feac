import Foundation
import Functions
import FunctionsHost
import FunctionsRuntime
import FunctionsServer
import FunctionsTesting
import Logging
import Testing
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// The test kit itself: the server's request flow, signing, logs, emulated state and its errors.
struct FunctionsTestKitTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let environment = Dictionary(uniqueKeysWithValues: Fake.environment)

    func kit(_ extra: FunctionRegistry = FunctionRegistry(), routes: [FunctionsManifest.Entry], timeout: Duration = .seconds(10)) throws -> FunctionsTestKit {
        try FunctionsTestKit(registry: Functions.registry.merging(extra), routes: routes, environment: Self.environment, timeout: timeout)
    }

    @Test func loadsTheShippedProjectFiles() async throws {
        let kit = try FunctionsTestKit(
            registry: Functions.registry,
            manifestPath: Self.root.appendingPathComponent("functions.json").path,
            environmentPath: Self.root.appendingPathComponent("environment").path
        )
        let hello = await kit.get("/hello")
        #expect(hello.status == 200)
        #expect(hello.text == "Hello World")
        #expect(kit.logs.map(\.message) == ["200 GET /hello"])
    }

    @Test func theRuntimeAnswersAsTheServerDoes() async throws {
        let kit = try kit(routes: [.init(path: "/hello", handler: "hello"), .init(path: "/hidden", handler: "echo", visibility: .private)])
        #expect(await kit.get("/nope").status == 404)
        #expect(await kit.get("/hidden").status == 404)
        let preflight = await kit.invoke(IncomingRequest(method: "OPTIONS", path: "/hello"))
        #expect(preflight.status == 204)
        #expect(preflight.header("Access-Control-Allow-Origin") == "*")
        let delete = await kit.invoke(IncomingRequest(method: "DELETE", path: "/hello"))
        #expect(delete.status == 405)
        #expect(delete.header("Allow") != nil)
        let malformed = await kit.invoke(IncomingRequest(method: "POST", path: "/hello", headers: [("Content-Type", "application/json")], body: Array("{".utf8)))
        #expect(malformed.status == 400)
    }

    @Test func eventsCarryQueryFormJSONAndHeaders() async throws {
        let kit = try kit(routes: [.init(path: "/echo", handler: "echo")])
        let response = await kit.post("/echo?a=1", form: ["tag": "x", "tag": "y"], query: ["b": "two words"], headers: ["X-Custom": "yes"])
        let event = try response.json()
        #expect(event["a"] == "1")
        #expect(event["b"] == "two words")
        #expect(event["tag"] == ["x", "y"])
        #expect(event["request"]?["headers"]?["x-custom"] == "yes")
        let json = try await kit.post("/echo", json: ["nested": ["n": 1]]).json()
        #expect(json["nested"]?["n"] == 1)
    }

    @Test func protectedFunctionsAcceptSignedRequestsOnly() async throws {
        let kit = try kit(routes: [.init(path: "/voice", handler: "voice", visibility: .protected)])
        let unsigned = await kit.post("/voice", form: ["From": "+15005550006"])
        #expect(unsigned.status == 401)
        #expect(unsigned.text.contains("X-Twilio-Signature"))
        let form = await kit.post("/voice", form: ["From": "+15005550006"], signed: true)
        #expect(form.status == 200)
        #expect(form.text.contains("Hello +15005550006!"))
        #expect(await kit.get("/voice", query: ["From": "x"], signed: true).status == 200)
        #expect(await kit.post("/voice", json: ["From": "+1"], signed: true).status == 200)
    }

    @Test func aHandlerThatNeverCallsBackTimesOut() async throws {
        var registry = FunctionRegistry()
        registry.register("silent") { context, _, _ in
            context.logger.info("waiting forever")
        }
        let kit = try kit(registry, routes: [.init(path: "/silent", handler: "silent")], timeout: .milliseconds(100))
        let response = await kit.get("/silent")
        #expect(response.status == 504)
        #expect(kit.logs.map(\.message).contains("waiting forever"))
        #expect(kit.logs.last?.message.hasPrefix("504 GET /silent — ") == true)
        kit.clearLogs()
        #expect(kit.logs.isEmpty)
    }

    @Test func logsNeverHoldASecret() async throws {
        var registry = FunctionRegistry()
        registry.register("leak") { context, _, _ in
            throw HandlerError("bad secret \(try context.API_SECRET)")
        }
        let kit = try kit(registry, routes: [.init(path: "/leak", handler: "leak")])
        let response = await kit.get("/leak")
        #expect(response.status == 500)
        #expect(!response.text.contains(Fake.apiSecret))
        #expect(kit.logs.allSatisfy { !$0.message.contains(Fake.apiSecret) })
        #expect(kit.logs.last?.message.contains("[redacted]") == true)
    }

    @Test func handlersAndHelpersShareTheEmulatedState() async throws {
        var registry = FunctionRegistry()
        registry.register("save", returning: { context, event in
            let client = try context.getTwilioClient()
            let data: JSONObject = ["name": .string(event.name ?? "")]
            let document = try await client.sync.services(try context.SYNC_SERVICE_SID).documents.create(uniqueName: "saved", data: data)
            return document.sid
        })
        let kit = try kit(registry, routes: [.init(path: "/save", handler: "save")])
        let response = await kit.get("/save", query: ["name": "ada"])
        #expect(response.status == 200)
        let document = try #require(try await kit.twilio.document("saved"))
        #expect(document.sid == response.text)
        #expect(document.data["name"] == "ada")
        try await kit.twilio.deleteDocument("saved")
        #expect(try await kit.twilio.document("saved") == nil)
    }

    @Test func stateHelpersFailAsTheAPIDoes() async throws {
        let kit = try kit(routes: [])
        try await kit.twilio.createDocument("one")
        await #expect(throws: TwilioAPIError.self) { try await kit.twilio.createDocument("one") }
        let streamer = try await kit.twilio.createPlayerStreamer()
        #expect(try await kit.twilio.endPlayerStreamer(streamer.sid).status == .ended)
        #expect(try await kit.twilio.playerStreamer("VJ" + String(repeating: "0", count: 32)) == nil)
        #expect(throws: FunctionTestError(.invalidSetup, "")) { try kit.twilio.seed(from: EmulatedTwilio.seedPath) }
    }

    @Test func snapshotRestoreAndResetIsolateTests() async throws {
        let kit = try kit(routes: [.init(path: "/live-access-token", handler: "live-access-token")])
        try kit.twilio.seed(from: EmulatedTwilio.seedPath)
        let seeded = try kit.twilio.snapshot()
        #expect(await kit.get("/live-access-token").status == 200)

        // A test changes the data; restoring puts back exactly the seeded state.
        try await kit.twilio.updateDocument("streaming_info", data: ["playerStreamerSid": .string("VJ" + String(repeating: "f", count: 32))])
        try await kit.twilio.createDocument("scratch")
        #expect(await kit.get("/live-access-token").status != 200)
        try kit.twilio.restore(seeded)
        #expect(try kit.twilio.snapshot() == seeded)
        #expect(try await kit.twilio.document("scratch") == nil)
        #expect(await kit.get("/live-access-token").status == 200)

        // Reset empties everything; the environment's service comes back on the next request.
        try kit.twilio.reset()
        #expect(try kit.twilio.snapshot().isEmpty)
        #expect(try await kit.twilio.document("streaming_info") == nil)
        try await kit.twilio.createDocument("after-reset")
    }

    @Test func responseHelpersExplainWhatTheyFound() throws {
        let text = FunctionTestResponse(status: 200, body: Array("hello".utf8))
        #expect(throws: FunctionTestError(.notJSON, "")) { _ = try text.json() }
        let other = FunctionTestResponse(status: 200, body: Array(#"{"jwt": "x"}"#.utf8))
        do {
            _ = try other.accessToken(secret: "s")
            Issue.record("expected noToken")
        } catch let error as FunctionTestError {
            #expect(error.code == .noToken)
            #expect(error.message.contains(#"{"jwt": "x"}"#))
        }
        let malformed = FunctionTestResponse(status: 200, body: Array(#"{"token": "a.b"}"#.utf8))
        #expect(throws: FunctionTestError(.malformedToken, "")) { _ = try malformed.accessToken(secret: "s") }
    }

    @Test func aRouteToAnUnregisteredHandlerIsRefused() {
        #expect(throws: FunctionsError.self) {
            _ = try FunctionsTestKit(registry: Functions.registry, routes: [.init(path: "/x", handler: "missing")])
        }
    }
}
