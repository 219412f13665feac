import FunctionsJS

// The Swift a translator emits for the seed and example Functions, written by hand with only
// the API generated code uses, so the bridges are tested on the code they will really run.

/// `functions/token.js` (seed 001).
let tokenModule: JSModuleEntry.Body = { js in
    js.exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
        let (context, event, callback) = (arguments[0], arguments[1], arguments[2])
        let IDENTITY = event.identity
        let ACCOUNT_SID = context.ACCOUNT_SID
        let API_KEY = context.API_KEY
        let API_SECRET = context.API_SECRET
        let SERVICE_SID = context.SYNC_SERVICE_SID
        let AccessToken = js.Twilio.jwt.AccessToken
        let SyncGrant = AccessToken.SyncGrant
        let syncGrant = try await SyncGrant.new(["serviceSid": SERVICE_SID])
        let accessToken = try await AccessToken.new(ACCOUNT_SID, API_KEY, API_SECRET)
        _ = try await accessToken.addGrant(syncGrant)
        accessToken.identity = IDENTITY
        let response = try await js.Twilio.Response.new()
        _ = try await response.appendHeader("Access-Control-Allow-Origin", "*")
        _ = try await response.appendHeader("Access-Control-Allow-Methods", "GET")
        _ = try await response.appendHeader("Access-Control-Allow-Headers", "Content-Type")
        _ = try await response.appendHeader("Content-Type", "application/json")
        _ = try await response.setBody(["token": try await accessToken.toJwt()])
        _ = try await callback(nil, response)
        return .undefined
    }
}

/// `functions/live-access-token.js` (seed 000).
let liveAccessTokenModule: JSModuleEntry.Body = { js in
    js.exports.handler = JSValue.asyncFunction("handler", parameters: 3) { _, arguments in
        let (context, _, callback) = (arguments[0], arguments[1], arguments[2])
        let ACCOUNT_SID = context.ACCOUNT_SID
        let API_KEY = context.API_KEY
        let API_SECRET = context.API_SECRET
        let SYNC_SERVICE_SID = context.SYNC_SERVICE_SID
        var error: JSValue = nil
        var response: JSValue = nil
        let client = try await js.require("twilio")(API_KEY, API_SECRET, ["accountSid": ACCOUNT_SID])
        let documentName: JSValue = "streaming_info"
        let syncDocument = try await client.sync.services(SYNC_SERVICE_SID).documents(documentName).fetch().awaited()
        if syncDocument.isTruthy {
            let playerStreamerSid = syncDocument.data.playerStreamerSid
            let AccessToken = js.Twilio.jwt.AccessToken
            let PlaybackGrant = AccessToken.PlaybackGrant
            let accessToken = try await AccessToken.new(ACCOUNT_SID, API_KEY, API_SECRET)
            let playbackGrant = try await client.media.playerStreamer(playerStreamerSid).playbackGrant().create(["ttl": 60]).awaited()
            let wrappedPlaybackGrant = try await PlaybackGrant.new(["grant": playbackGrant.grant])
            _ = try await accessToken.addGrant(wrappedPlaybackGrant)
            response = try await js.Twilio.Response.new()
            _ = try await response.appendHeader("Access-Control-Allow-Origin", "*")
            _ = try await response.appendHeader("Access-Control-Allow-Methods", "GET")
            _ = try await response.appendHeader("Access-Control-Allow-Headers", "Content-Type")
            _ = try await response.appendHeader("Content-Type", "application/json")
            _ = try await response.setBody(["token": try await accessToken.toJwt()])
        } else {
            error = "問題が発生しました。"
        }
        _ = try await callback(error, response)
        return .undefined
    }
}

/// `functions/voice-ivr.protected.js`.
let voiceIvrModule: JSModuleEntry.Body = { js in
    js.exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
        let callback = arguments[2]
        let twiml = try await js.Twilio.twiml.VoiceResponse.new()
        let gather = try await twiml.gather([
            "numDigits": 1, "action": "handle-user-input", "hints": "sales, opening hours, address", "input": "speech dtmf",
        ])
        _ = try await gather.say("Please press 1 or say Sales to talk to someone")
        _ = try await gather.say("Press 2 or say Opening Hours to hear when we are open")
        _ = try await gather.say("Press 3 or say Address to receive a text message with our address")
        _ = try await twiml.say(JSValue.string("Sorry we couldn't understand you"))
        _ = try await twiml.redirect()
        _ = try await callback(nil, twiml)
        return .undefined
    }
}

/// `functions/handle-user-input.protected.js`.
let handleUserInputModule: JSModuleEntry.Body = { js in
    let sendMessage = JSValue.asyncFunction("sendMessage", parameters: 2) { _, arguments in
        let (context, event) = (arguments[0], arguments[1])
        let client = try await context.getTwilioClient()
        return try await client.messages.create([
            "from": event.To, "to": event.From, "body": "Here is our address: 375 Beale St #300, San Francisco, CA 94105, USA",
        ])
    }
    js.exports.handler = JSValue.asyncFunction("handler", parameters: 3) { _, arguments in
        let (context, event, callback) = (arguments[0], arguments[1], arguments[2])
        var UserInput = event.Digits || event.SpeechResult
        let twiml = try await js.Twilio.twiml.VoiceResponse.new()
        if !UserInput.isTruthy {
            _ = try await twiml.say("Sorry something went wrong. Please call again")
            return try await callback(nil, twiml)
        }
        if (UserInput.length > 1).isTruthy {
            if try await UserInput.toLowerCase().includes("sales").isTruthy {
                UserInput = "1"
            } else if try await UserInput.toLowerCase().includes("opening hours").isTruthy {
                UserInput = "2"
            } else if try await UserInput.toLowerCase().includes("address").isTruthy {
                UserInput = "3"
            }
        }
        if (UserInput === "1").isTruthy {
            _ = try await twiml.say("Thank you. You will now be forwarded to our sales department.")
            _ = try await twiml.dial(context.TWILIO_PHONE_NUMBER)
        } else if (UserInput === "2").isTruthy {
            _ = try await twiml.say("We are open from 9am to 5pm every day but Sunday.")
        } else if (UserInput === "3").isTruthy {
            _ = try await twiml.say("We will send you a text message with our address in a minute.")
        } else {
            _ = try await twiml.say("We are sorry, we did not recognize your option. Please try again.")
            _ = try await twiml.redirect("voice-ivr")
        }
        do {
            if (UserInput === "3").isTruthy { _ = try await sendMessage(context, event).awaited() }
        } catch {
            let err = JSValue(caught: error)
            _ = try await js.console.log(err)
        }
        return try await callback(nil, twiml)
    }
}

/// `functions/hello-world.js`.
let helloWorldModule: JSModuleEntry.Body = { js in
    js.exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
        try await arguments[2](nil, "Hello world!")
    }
}

/// `functions/forward-message.protected.js`.
let forwardMessageModule: JSModuleEntry.Body = { js in
    js.exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
        let (context, event, callback) = (arguments[0], arguments[1], arguments[2])
        let twiml = try await js.Twilio.twiml.MessagingResponse.new()
        _ = try await context.FORWARDING_NUMBERS.split(JSValue.regex(pattern: #",\s?"#, flags: "")).forEach(
            JSValue.function("", parameters: 1) { _, arguments in
                let number = arguments[0]
                return try await twiml.message(["to": number], JSValue.string("From: \(event.From). Body: \(event.Body)"))
            }
        )
        _ = try await callback(nil, twiml)
        return .undefined
    }
}

/// The table a ported project declares for these modules.
let seedModules = JSModuleTable([
    JSModuleEntry(name: "token", file: "functions/token.js", body: tokenModule),
    JSModuleEntry(name: "live-access-token", file: "functions/live-access-token.js", body: liveAccessTokenModule),
    JSModuleEntry(name: "voice-ivr", file: "functions/voice-ivr.protected.js", body: voiceIvrModule),
    JSModuleEntry(name: "handle-user-input", file: "functions/handle-user-input.protected.js", body: handleUserInputModule),
    JSModuleEntry(name: "hello-world", file: "functions/hello-world.js", body: helloWorldModule),
    JSModuleEntry(name: "forward-message", file: "functions/forward-message.protected.js", body: forwardMessageModule),
])
