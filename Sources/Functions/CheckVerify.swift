import FunctionsRuntime
import Logging
import TwilioAPI
import TwilioWire

/// `/check-verify`: the Verify template's second Function. It checks the `code` a user typed
/// against the verification sent to `to`, and answers `{"success": true, "message":
/// "Verification success."}` when Verify approves it, `{"success": false, "message": "…"}`
/// otherwise (with status 200, as the template does).
///
/// A port of the template's JavaScript:
///
/// ```js
/// exports.handler = async function (context, event, callback) {
///   const response = new Twilio.Response();
///   response.appendHeader('Content-Type', 'application/json');
///   try {
///     if (typeof event.to === 'undefined' || typeof event.code === 'undefined') {
///       throw new Error('Missing parameter.');
///     }
///     const client = context.getTwilioClient();
///     const { VERIFY_SERVICE_SID } = context;
///     const { to, code } = event;
///     const check = await client.verify.services(VERIFY_SERVICE_SID).verificationChecks.create({ to, code });
///     if (check.status === 'approved') {
///       response.setStatusCode(200);
///       response.setBody({ success: true, message: 'Verification success.' });
///       return callback(null, response);
///     }
///     throw new Error('Incorrect token.');
///   } catch (error) {
///     console.error(error.message);
///     response.setBody({ success: false, message: error.message });
///     return callback(null, response);
///   }
/// };
/// ```
public let checkVerify: FunctionHandler = { context, event, callback in
    let response = Twilio.Response()
    response.appendHeader("Content-Type", "application/json")

    do {
        guard let to = event.to, let code = event.code else {
            throw HandlerError("Missing parameter.")
        }

        let client = try context.getTwilioClient()
        let VERIFY_SERVICE_SID = try context.VERIFY_SERVICE_SID

        let check = try await client.verify.services(VERIFY_SERVICE_SID).verificationChecks.create(code: code, to: to)

        if check.status == "approved" {
            response.setStatusCode(200)
            response.setBody(["success": true, "message": "Verification success."])
            return callback(nil, response)
        }

        throw HandlerError("Incorrect token.")
    } catch {
        context.logger.error("\(javaScriptMessage(of: error))")
        response.setBody(["success": false, "message": .string(javaScriptMessage(of: error))])
        return callback(nil, response)
    }
}

/// What `error.message` reads in JavaScript: a Twilio error's or a handler error's own message,
/// the description of any other.
func javaScriptMessage(of error: any Error) -> String {
    switch error {
    case let error as TwilioAPIError: error.message
    case let error as HandlerError: error.message
    default: String(describing: error)
    }
}
