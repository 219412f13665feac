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

    @Test func aCallIsPrintedStepByStep() throws {
        let answer = try JSONParser.parse(
            #"""
            {"call": {"sid": "CA1", "from": "+14155552671", "to": "+15005550006", "status": "completed", "duration": "4"},
             "steps": [{"verb": "request", "method": "POST", "url": "http://127.0.0.1:3000/voice", "status": 200},
                       {"verb": "Say", "text": "Hello", "voice": "alice"},
                       {"verb": "Gather", "digits": "1", "action": "http://127.0.0.1:3000/voice"},
                       {"verb": "Gather", "digits": null, "action": "http://127.0.0.1:3000/voice"},
                       {"verb": "Dial", "to": "+12223334444", "note": "not connected"}],
             "problem": null}
            """#
        )
        #expect(
            TwilioFunctionsCommand.TriggerCommand.Call.lines(answer) == [
                "→ CA1 from +14155552671 to +15005550006",
                "  POST http://127.0.0.1:3000/voice: 200",
                "  Say (alice): Hello",
                "  Gather → pressed 1, action http://127.0.0.1:3000/voice",
                "  Gather → no input, action http://127.0.0.1:3000/voice",
                "  Dial +12223334444 not connected",
                "  call completed, 4 s",
            ]
        )
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
