@testable import FunctionsJS
import FunctionsRuntime
import Testing

private let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#

@Suite("Twilio.twiml in JavaScript writes twilio-node's XML")
struct TwilioTwiMLTests {
    let twiml = TwiMLClasses().namespace()

    @Test func verbsTakeTextAttributesOrBoth() async throws {
        let response = try await twiml.VoiceResponse.new()
        _ = try await response.say("Hello")
        _ = try await response.say(["voice": "alice", "loop": 2], "Hi & <bye>")
        _ = try await response.play(["digits": "ww1"])
        _ = try await response.pause(["length": 1.5])
        _ = try await response.hangup()
        #expect(
            try await response.get("toString")().toString == declaration + "<Response><Say>Hello</Say>"
                + #"<Say voice="alice" loop="2">Hi &amp; &lt;bye&gt;</Say><Play digits="ww1"/><Pause length="1.5"/><Hangup/></Response>"#
        )
    }

    @Test func attributeValuesAreWrittenAsTwilioNodeWritesThem() async throws {
        let response = try await twiml.VoiceResponse.new()
        let dial = try await response.dial([
            "callerId": "+15550001111", "record": true, "answerOnBridge": false, "timeLimit": 30,
            "statusCallbackEvent": ["initiated", "answered"], "skipped": .undefined, "alsoSkipped": nil,
        ])
        _ = try await dial.number(["sendDigits": "1"], "+15550002222")
        _ = try await dial.client("alice")
        #expect(
            "\(response)" == declaration + "<Response>"
                + #"<Dial callerId="+15550001111" record="true" answerOnBridge="false" timeLimit="30" statusCallbackEvent="initiated answered">"#
                + #"<Number sendDigits="1">+15550002222</Number><Client>alice</Client></Dial></Response>"#
        )
    }

    @Test func redirectWithoutAURLIsEmpty() async throws {
        let response = try await twiml.VoiceResponse.new()
        _ = try await response.redirect()
        _ = try await response.redirect(["method": "POST"], "/next")
        _ = try await response.say("")
        #expect("\(response)" == declaration + #"<Response><Redirect/><Redirect method="POST">/next</Redirect><Say/></Response>"#)
    }

    @Test func nestedVerbsReturnTheirOwnObjects() async throws {
        let response = try await twiml.VoiceResponse.new()
        let gather = try await response.gather(["input": "speech", "action": "/next"])
        _ = try await gather.say("Say something")
        _ = try await gather.pause()
        let connect = try await response.connect()
        let stream = try await connect.stream(["url": "wss://example.com"])
        _ = try await stream.parameter(["name": "a", "value": "b"])
        _ = try await response.sms("texted")
        #expect(
            "\(response)" == declaration + #"<Response><Gather input="speech" action="/next"><Say>Say something</Say><Pause/></Gather>"#
                + #"<Connect><Stream url="wss://example.com"><Parameter name="a" value="b"/></Stream></Connect><Sms>texted</Sms></Response>"#
        )
        // A child's toString is the whole document, as xmlbuilder's end() is.
        #expect(try await gather.get("toString")().toString == "\(response)")
    }

    @Test func saySSMLMethodsAddLowerCaseElements() async throws {
        let response = try await twiml.VoiceResponse.new()
        let say = try await response.say(["voice": "Polly.Joanna"], "Hi")
        _ = try await say.break_(["time": "1s"])
        _ = try await say.sayAs(["interpret-as": "digits"], "123")
        let prosody = try await say.ssmlProsody(["rate": "slow"], "slowly")
        _ = try await prosody.w("word")
        #expect(
            "\(response)" == declaration + #"<Response><Say voice="Polly.Joanna">Hi<break time="1s"/>"#
                + #"<say-as interpret-as="digits">123</say-as><prosody rate="slow">slowly<w>word</w></prosody></Say></Response>"#
        )
    }

    @Test func messagingResponseTakesBodyOrAttributesAndBody() async throws {
        let response = try await twiml.MessagingResponse.new()
        _ = try await response.message("Thanks!")
        let message = try await response.message(["to": "+15550001111"], JSValue.undefined)
        _ = try await message.body("Here it is")
        _ = try await message.media("https://example.com/cat.jpg")
        _ = try await response.redirect("/sms")
        #expect(
            "\(response)" == declaration + #"<Response><Message>Thanks!</Message><Message to="+15550001111"><Body>Here it is</Body>"#
                + #"<Media>https://example.com/cat.jpg</Media></Message><Redirect>/sms</Redirect></Response>"#
        )
    }

    @Test func faxResponseAndAddChild() async throws {
        let fax = try await twiml.FaxResponse.new()
        _ = try await fax.receive(["action": "/fax"])
        let custom = try await fax.addChild("Custom", ["a": 1])
        _ = try await custom.addChild("Inner")
        #expect("\(fax)" == declaration + #"<Response><Receive action="/fax"/><Custom a="1"><Inner/></Custom></Response>"#)
    }

    @Test func unknownVerbsAndUnsupportedMethodsThrow() async throws {
        let response = try await twiml.MessagingResponse.new()
        await #expect(throws: JSThrow.self) { _ = try await response.say("no Say in messaging") }
        await #expect(throws: JSThrow.self) { _ = try await response.comment("a comment") }
    }

    @Test func callbackAnswersADocumentAsXMLAndAChildAsJSON() async throws {
        let response = try await twiml.VoiceResponse.new()
        let say = try await response.say("Hi")
        let payload = try #require(TwilioCallback.payload(response))
        let result = try payload.functionResult()
        #expect(result.status == 200)
        #expect(result.headers.first?.value == "text/xml; charset=utf-8")
        #expect(result.bodyText == declaration + "<Response><Say>Hi</Say></Response>")
        #expect(!(TwilioCallback.payload(say) is any TwiMLDocument))
    }
}
