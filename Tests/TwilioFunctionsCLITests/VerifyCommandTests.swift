import ArgumentParser
import Foundation
import FunctionsHost
import FunctionsRuntime
import Testing
import TwilioEmulator
import TwilioWire

@testable import TwilioFunctionsCLI

/// `serve --verify-code`, VERIFY_SERVICE_SID at start, and `verify codes`.
@Suite("verify", .shippedCommandLine)
struct VerifyCommandTests {
    static let verifyServiceSid = "VA" + "00112233445566778899aabbccddeeff"

    static let environment = EnvironmentFile(
        path: "test.env",
        values: [
            ("ACCOUNT_SID", Fake.accountSid), ("API_KEY", Fake.apiKey), ("API_SECRET", Fake.apiSecret),
            ("SYNC_SERVICE_SID", Fake.syncServiceSid), ("VERIFY_SERVICE_SID", verifyServiceSid),
        ]
    )

    @Test func theEnvironmentsVerifyServiceExistsAndTheFixedCodeIsUsed() async throws {
        let options = try TwilioOptions.parse(["--in-memory", "--verify-code", "135790"])
        let (backend, _) = try options.makeBackend(environment: Self.environment, host: "127.0.0.1", serving: false)
        let emulator = try #require(backend.emulator)
        #expect(emulator.verificationCode == "135790")
        let started = await emulator.handle(
            method: "POST", path: "/v2/Services/\(Self.verifyServiceSid)/Verifications", parameters: [("To", "+14155552671"), ("Channel", "sms")]
        )
        #expect(started.status == 201, "\(started.bodyText)")
        let codes = await emulator.handle(method: "GET", path: "/_emulator/VerifyCodes")
        #expect(codes.json?["verifications"]?[0]?["code"] == "135790")
    }

    @Test(arguments: ["12", "12345678901", "12ab", ""])
    func aBadVerifyCodeIsRefusedWhenParsed(code: String) {
        #expect(throws: (any Error).self) { try TwilioOptions.parse(["--verify-code", code]) }
    }

    @Test func codesReadTheDatabaseBesideTheServer() async throws {
        let folder = try TemporaryFolder()
        let environmentText = Fake.environmentText + "\nVERIFY_SERVICE_SID=\(Self.verifyServiceSid)\n"
        let options = ["--database", folder.path("emulator.sqlite"), "--env-file", try folder.write("environment", environmentText)]
        // A first command creates the database and the environment's Verify Service.
        try await TwilioFunctionsCommand.VerifyCommand.Codes.parse(options).run()
        let emulator = TwilioEmulator(
            credentials: EmulatorCredentials(accountSid: Fake.accountSid, apiKey: Fake.apiKey, apiSecret: Fake.apiSecret),
            store: try EmulatorStore.file(at: folder.path("emulator.sqlite"))
        )
        emulator.verificationCode = "8642"
        let started = await emulator.handle(
            method: "POST", path: "/v2/Services/\(Self.verifyServiceSid)/Verifications", parameters: [("To", "ada@example.com"), ("Channel", "email")]
        )
        #expect(started.status == 201)
        try await TwilioFunctionsCommand.VerifyCommand.Codes.parse(options + ["--to", "ada@example.com", "--pending"]).run()
        await #expect(throws: ExitCode.failure) {
            try await TwilioFunctionsCommand.VerifyCommand.Codes.parse(["--api-url", "http://127.0.0.1:1", "--env-file", folder.path("environment")]).run()
        }
    }

    @Test func linesFilterAndEscape() {
        let entries: [JSONValue] = [
            ["sid": "VE1", "to": "+14155552671", "channel": "sms", "code": "123456", "status": "pending", "date_created": "2026-12-01T10:00:00Z"],
            ["sid": "VE2", "to": "a\u{1B}b@example.com", "channel": "email", "code": "9999", "status": "approved", "date_created": "2026-12-01T09:00:00Z"],
        ]
        #expect(
            TwilioFunctionsCommand.VerifyCommand.Codes.lines(entries, to: nil, pendingOnly: true)
                == ["VE1  +14155552671  sms  code 123456  pending  2026-12-01T10:00:00Z"]
        )
        #expect(
            TwilioFunctionsCommand.VerifyCommand.Codes.lines(entries, to: "a\u{1B}b@example.com", pendingOnly: false)
                == [#"VE2  a\u001bb@example.com  email  code 9999  approved  2026-12-01T09:00:00Z"#]
        )
    }
}
