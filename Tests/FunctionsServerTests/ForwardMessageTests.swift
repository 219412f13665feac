import Foundation
import Logging
import Functions
import FunctionsRuntime
import FunctionsTesting
import Testing
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// The Forward Message template's Function, `/forward-message`, on the shipped project: a
/// message comes in to the seeded number, the Function answers TwiML, the forwards go out and
/// are delivered.
struct ForwardMessageTests {
    private func kit() async throws -> FunctionsTestKit {
        let kit = try FunctionsTestKit(
            registry: Functions.registry,
            manifestPath: FunctionsTestKitTests.root.appendingPathComponent("functions.json").path,
            environmentPath: FunctionsTestKitTests.root.appendingPathComponent("environment").path
        )
        try kit.twilio.seed(from: FunctionsTestKitTests.root.appendingPathComponent("emulator-seed.json").path)
        return kit
    }

    @Test func anIncomingMessageIsForwardedToEachNumberAndDelivered() async throws {
        let kit = try await kit()
        let sms = try await kit.twilio.triggerSMS(from: "+14155552671", to: "+15005550006", body: "Hello there")
        #expect(sms.webhookStatus == 200, "\(sms.webhookBody)")
        #expect(sms.problem == nil)
        #expect(sms.message.status?.rawValue == "received")
        #expect(sms.replies.map(\.to) == ["+12223334444", "+491761234567"])
        #expect(sms.replies.allSatisfy { $0.body == "From: +14155552671. Body: Hello there" && $0.from == "+15005550006" })
        #expect(await kit.twilio.deliverMessages() == 6)
        let messages = try await kit.twilio.messages()
        #expect(messages.filter { $0.direction?.rawValue == "outbound-reply" }.compactMap(\.status?.rawValue) == ["delivered", "delivered"])
        // The webhook was signed with AUTH_TOKEN: the protected Function accepted it.
        #expect(kit.logs.map(\.message).contains("200 POST /forward-message"))
    }

    @Test func anUnsignedCallIsRefusedAsTwilioRefusesIt() async throws {
        let kit = try await kit()
        let response = await kit.post("/forward-message", form: ["From": "+14155552671", "Body": "hi"])
        #expect(response.status == 401)
    }

    @Test func aStatusCallbackReachesTheKitsFunction() async throws {
        var registry = Functions.registry
        registry.register("status", returning: { context, event in
            context.logger.info("status \(event.MessageStatus ?? "?") for \(event.MessageSid ?? "?")")
            return ""
        })
        let kit = try FunctionsTestKit(registry: registry, routes: [.init(path: "/status", handler: "status")], environment: FunctionsTestKitTests.environment)
        try await kit.twilio.addPhoneNumber("+15005550006")
        let created = await kit.twilio.emulator.handle(
            method: "POST", path: "/2010-04-01/Accounts/\(Fake.accountSid)/Messages.json",
            parameters: [("To", "+14155552671"), ("From", "+15005550006"), ("Body", "hi"), ("StatusCallback", "/status")]
        )
        let sid = try #require(created.json?["sid"]?.stringValue)
        #expect(await kit.twilio.deliverMessages() == 3)
        let callbacks = try await kit.twilio.statusCallbacks(of: sid)
        #expect(callbacks.compactMap { $0["status"]?.stringValue } == ["sending", "sent", "delivered"])
        #expect(callbacks.compactMap { $0["response_status"]?.intValue } == [200, 200, 200])
        #expect(kit.logs.map(\.message).contains("status delivered for \(sid)"))
    }

    @Test func anIncomingCallWalksTheVoiceFunction() async throws {
        let kit = try await kit()
        let call = try await kit.twilio.triggerCall(from: "+14155552671", to: "+15005550006", digits: ["1"])
        #expect(call.problem == nil)
        #expect(call.said == ["Hello +14155552671!", "Press 1 to hear this again.", "Hello +14155552671!", "Press 1 to hear this again."])
        #expect(call.call.status?.rawValue == "completed")
        // The webhook was signed: the protected /voice accepted both requests.
        #expect(kit.logs.map(\.message).filter { $0 == "200 POST /voice" }.count == 2)
    }
}
