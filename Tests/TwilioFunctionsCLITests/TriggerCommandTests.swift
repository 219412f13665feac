import ArgumentParser
import Foundation
import Testing
import TwilioWire

@testable import TwilioFunctionsCLI

/// `trigger sms`: what it prints, and that it needs a running server.
@Suite("trigger", .shippedCommandLine)
struct TriggerCommandTests {
    @Test func theAnswerIsPrintedAsItHappened() throws {
        let answer = try JSONParser.parse(
            #"""
            {"message": {"sid": "SM1", "from": "+14155552671", "to": "+15005550006", "body": "hi"},
             "webhook": {"url": "http://127.0.0.1:3000/forward-message", "method": "POST", "status": 200, "content_type": "text/xml", "body": "<Response/>"},
             "replies": [{"sid": "SM2", "to": "+12223334444", "body": "Fwd\u001b", "status": "queued"}],
             "problem": null}
            """#
        )
        #expect(
            TwilioFunctionsCommand.TriggerCommand.SMS.lines(answer) == [
                #"→ SM1 from +14155552671 to +15005550006: "hi""#,
                "  POST http://127.0.0.1:3000/forward-message: 200 text/xml",
                "  <Response/>",
                #"← SM2 to +12223334444: "Fwd\\u001b" (queued)"#,
            ]
        )
        let failed = try JSONParser.parse(#"{"webhook": {"url": "http://x/sms", "method": "POST", "error": "connection refused"}, "replies": [], "problem": "The Function answered HTTP 500"}"#)
        #expect(TwilioFunctionsCommand.TriggerCommand.SMS.lines(failed) == ["  POST http://x/sms: not sent (connection refused)", "problem: The Function answered HTTP 500"])
    }

    @Test func withoutAServerItSaysToStartOne() async throws {
        let folder = try TemporaryFolder()
        let environment = try folder.write("environment", Fake.environmentText)
        await #expect(throws: ExitCode.failure) {
            try await TwilioFunctionsCommand.TriggerCommand.SMS.parse(
                ["--from", "+14155552671", "--to", "+15005550006", "--body", "hi", "--api-url", "http://127.0.0.1:1", "--env-file", environment]
            ).run()
        }
    }
}
