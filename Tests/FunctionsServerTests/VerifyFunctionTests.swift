import Foundation
import Functions
import FunctionsTesting
import Testing
import TwilioWire

/// The Verify template's Functions, `/start-verify` and `/check-verify`, on the shipped project:
/// the whole flow offline, with the code read from the test kit.
struct VerifyFunctionTests {
    private func kit() throws -> FunctionsTestKit {
        try FunctionsTestKit(
            registry: Functions.registry,
            manifestPath: FunctionsTestKitTests.root.appendingPathComponent("functions.json").path,
            environmentPath: FunctionsTestKitTests.root.appendingPathComponent("environment").path
        )
    }

    @Test func startReadTheCodeCheckApproved() async throws {
        let kit = try kit()
        let started = await kit.post("/start-verify", form: ["to": "+14155552671"])
        #expect(started.status == 200)
        #expect(try started.json() == ["success": true])
        let code = try #require(try await kit.twilio.verificationCode(to: "+14155552671"))
        #expect(code.count == 6)

        let wrong = await kit.post("/check-verify", form: ["to": "+14155552671", "code": code == "000000" ? "111111" : "000000"])
        #expect(try wrong.json() == ["success": false, "message": "Incorrect token."])
        let right = await kit.post("/check-verify", form: ["to": "+14155552671", "code": code])
        #expect(try right.json() == ["success": true, "message": "Verification success."])
        #expect(try await kit.twilio.verifications().first?.status == "approved")
    }

    @Test func aFixedCodeAndTheEmailChannel() async throws {
        let kit = try kit()
        try kit.twilio.fixVerificationCodes("246810")
        #expect(throws: FunctionTestError.self) { try kit.twilio.fixVerificationCodes("12") }
        _ = await kit.post("/start-verify", form: ["to": "ada@example.com", "channel": "email"])
        let sent = try #require(try await kit.twilio.verifications().first)
        #expect(sent.channel == "email" && sent.code == "246810")
        let right = await kit.post("/check-verify", form: ["to": "ada@example.com", "code": "246810"])
        #expect(try right.json()["success"] == true)
    }

    @Test func aBadStartSaysWhyWithTwilioStatus() async throws {
        let kit = try kit()
        let cases: [(FunctionTestResponse, String)] = [
            (await kit.post("/start-verify", form: ["to": " "]), "Missing 'to' parameter; please provide a phone number or email."),
            (await kit.post("/start-verify", form: ["to": "+1415555"]), "Invalid parameter `To`"),
            (await kit.post("/start-verify", form: ["to": "+14155552671", "channel": "pigeon"]), "Invalid parameter `Channel`"),
        ]
        for (response, message) in cases {
            #expect(response.status == 400)
            let body = try response.json()
            #expect(body["success"] == false)
            #expect(body["error"]?.stringValue?.hasPrefix(message) == true, "\(response.text)")
        }
        #expect(try await kit.twilio.verifications().isEmpty)
    }

    @Test func checkWithoutACodeIsAMissingParameter() async throws {
        let kit = try kit()
        let response = await kit.post("/check-verify", form: ["to": "+14155552671"])
        #expect(try response.json() == ["success": false, "message": "Missing parameter."])
    }
}
