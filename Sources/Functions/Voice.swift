import FunctionsRuntime

/// `/voice`: a voice webhook that greets the caller and asks for a digit, answering TwiML.
///
/// ```js
/// exports.handler = function (context, event, callback) {
///   const twiml = new Twilio.twiml.VoiceResponse();
///   twiml.say({ voice: 'alice' }, `Hello ${event.From || 'there'}!`);
///   const gather = twiml.gather({ numDigits: 1, action: '/voice' });
///   gather.say('Press 1 to hear this again.');
///   callback(null, twiml);
/// };
/// ```
///
/// Listed as protected in `functions.json`, as webhooks usually are: call it with the curl line
/// `twilio-functions sign` prints.
public let voice: FunctionHandler = { context, event, callback in
    let twiml = Twilio.twiml.VoiceResponse()
    twiml.say("Hello \(event.From ?? "there")!", ["voice": "alice"])
    let gather = twiml.gather(["numDigits": 1, "action": "/voice"])
    gather.say("Press 1 to hear this again.")
    callback(nil, twiml)
}
