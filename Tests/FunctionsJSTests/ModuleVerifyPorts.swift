import FunctionsJS

// The verify example's two Functions, as a translator emits them.

/// `functions/start-verify.js`.
let startVerifyModule: JSModuleEntry.Body = { js in
    js.exports.handler = JSValue.asyncFunction("handler", parameters: 3) { _, arguments in
        let (context, event, callback) = (arguments[0], arguments[1], arguments[2])
        let response = try await js.Twilio.Response.new()
        _ = try await response.appendHeader("Content-Type", "application/json")
        do {
            if try await (JSValue.typeof(event.to) === "undefined").or({ try await event.to.trim() === "" }).isTruthy {
                throw JSThrow(try await js.Error.new("Missing 'to' parameter; please provide a phone number or email."))
            }
            let client = try await context.getTwilioClient()
            let VERIFY_SERVICE_SID = context.VERIFY_SERVICE_SID
            let to = event.to
            let channel = (JSValue.typeof(event.channel) === "undefined").isTruthy ? "sms" : event.channel
            let locale = (JSValue.typeof(event.locale) === "undefined").isTruthy ? "en" : event.locale
            let verification = try await client.verify.services(VERIFY_SERVICE_SID).verifications.create([
                "to": to, "channel": channel, "locale": locale,
            ]).awaited()
            _ = try await js.console.log(JSValue.string("Sent verification: '\(verification.sid)'"))
            _ = try await response.setStatusCode(200)
            _ = try await response.setBody(["success": true])
            return try await callback(nil, response)
        } catch {
            let error = JSValue(caught: error)
            let statusCode = error.status || 400
            _ = try await response.setStatusCode(statusCode)
            _ = try await response.setBody(["success": false, "error": error.message])
            return try await callback(nil, response)
        }
    }
}

/// `functions/check-verify.js`.
let checkVerifyModule: JSModuleEntry.Body = { js in
    js.exports.handler = JSValue.asyncFunction("handler", parameters: 3) { _, arguments in
        let (context, event, callback) = (arguments[0], arguments[1], arguments[2])
        let response = try await js.Twilio.Response.new()
        _ = try await response.appendHeader("Content-Type", "application/json")
        do {
            if (JSValue.typeof(event.to) === "undefined").isTruthy || (JSValue.typeof(event.code) === "undefined").isTruthy {
                throw JSThrow(try await js.Error.new("Missing parameter."))
            }
            let client = try await context.getTwilioClient()
            let VERIFY_SERVICE_SID = context.VERIFY_SERVICE_SID
            let (to, code) = (event.to, event.code)
            let check = try await client.verify.services(VERIFY_SERVICE_SID).verificationChecks.create(["to": to, "code": code]).awaited()
            if (check.status === "approved").isTruthy {
                _ = try await response.setStatusCode(200)
                _ = try await response.setBody(["success": true, "message": "Verification success."])
                return try await callback(nil, response)
            }
            throw JSThrow(try await js.Error.new("Incorrect token."))
        } catch {
            let error = JSValue(caught: error)
            _ = try await js.console.error(error.message)
            _ = try await response.setBody(["success": false, "message": error.message])
            return try await callback(nil, response)
        }
    }
}
