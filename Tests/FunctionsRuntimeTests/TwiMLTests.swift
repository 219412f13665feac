import FunctionsRuntime
import Testing
import TwilioWire

struct TwiMLTests {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"#

    @Test func voiceVerbsWithAttributes() {
        let twiml = Twilio.twiml.VoiceResponse()
        twiml.say("Hello", ["voice": "alice", "language": "en-US", "loop": 2])
        twiml.play("https://example.com/a.mp3", ["loop": 1])
        twiml.pause(["length": 2])
        let gather = twiml.gather(["numDigits": 1, "action": "/menu", "timeout": 5.5, "speechTimeout": "auto"])
        gather.say("Press 1")
        gather.play("https://example.com/b.mp3")
        gather.pause()
        twiml.record(["maxLength": 30, "transcribe": true])
        twiml.enqueue("support", ["waitUrl": "/wait"])
        twiml.redirect("/next", ["method": "POST"])
        twiml.reject(["reason": "busy"])
        twiml.hangup()
        #expect(twiml.toString() == Self.declaration + "<Response>"
            + #"<Say voice="alice" language="en-US" loop="2">Hello</Say>"#
            + #"<Play loop="1">https://example.com/a.mp3</Play>"#
            + #"<Pause length="2"/>"#
            + #"<Gather numDigits="1" action="/menu" timeout="5.5" speechTimeout="auto"><Say>Press 1</Say><Play>https://example.com/b.mp3</Play><Pause/></Gather>"#
            + #"<Record maxLength="30" transcribe="true"/>"#
            + #"<Enqueue waitUrl="/wait">support</Enqueue>"#
            + #"<Redirect method="POST">/next</Redirect>"#
            + #"<Reject reason="busy"/>"#
            + "<Hangup/>"
            + "</Response>")
    }

    @Test func dialWithNouns() {
        let twiml = VoiceResponse()
        let dial = twiml.dial(nil, ["callerId": "+15005550006"])
        dial.number("+15005550001", ["sendDigits": "wwww1"])
        dial.client("alice")
        dial.conference("Room 1", ["startConferenceOnEnter": true])
        twiml.dial("+15005550002")
        #expect(twiml.toString() == Self.declaration + "<Response>"
            + #"<Dial callerId="+15005550006"><Number sendDigits="wwww1">+15005550001</Number><Client>alice</Client>"#
            + #"<Conference startConferenceOnEnter="true">Room 1</Conference></Dial><Dial>+15005550002</Dial></Response>"#)
    }

    @Test func messagingWithBodyAndMedia() {
        let twiml = Twilio.twiml.MessagingResponse()
        twiml.message("Thanks!")
        let message = twiml.message(["to": "+15005550006"])
        message.body("A picture")
        message.media("https://example.com/cat.jpg")
        twiml.redirect("/sms")
        #expect(twiml.toString() == Self.declaration + "<Response><Message>Thanks!</Message>"
            + #"<Message to="+15005550006"><Body>A picture</Body><Media>https://example.com/cat.jpg</Media></Message>"#
            + "<Redirect>/sms</Redirect></Response>")
    }

    @Test func textAndAttributesAreEscaped() {
        let twiml = VoiceResponse()
        twiml.say(#"Tom & Jerry <3 "quotes" 'single'"#, ["voice": #"a"b'c<&>"#])
        #expect(twiml.toString() == Self.declaration
            + #"<Response><Say voice="a&quot;b&apos;c&lt;&amp;&gt;">Tom &amp; Jerry &lt;3 "quotes" 'single'</Say></Response>"#)
    }

    @Test func emptyResponseAndCustomElements() {
        let twiml = VoiceResponse()
        #expect(twiml.toString() == Self.declaration + "<Response/>")
        twiml.root.addChild("Connect").addChild("Stream", ["url": "wss://example.com/s"])
        #expect(twiml.toString() == Self.declaration + #"<Response><Connect><Stream url="wss://example.com/s"/></Connect></Response>"#)
    }

    @Test func callbackWithTwiMLAnswersXML() throws {
        let twiml = MessagingResponse()
        twiml.message("Hi")
        let result = try twiml.functionResult()
        #expect(result.status == 200)
        #expect(result.header("Content-Type") == "text/xml; charset=utf-8")
        #expect(result.bodyText == Self.declaration + "<Response><Message>Hi</Message></Response>")
    }
}
