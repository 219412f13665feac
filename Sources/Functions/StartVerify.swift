import Foundation
import FunctionsRuntime
import Logging
import TwilioAPI
import TwilioWire

/// `/start-verify`: the Verify template's first Function. It sends a verification code to `to`
/// (a phone number, or an email address with `channel=email`) through the Verify Service of
/// VERIFY_SERVICE_SID, and answers `{"success": true}`, or `{"success": false, "error": "…"}`
/// with Twilio's status (400 when there is none). Offline, the code goes nowhere: read it in the
/// console, with `twilio-functions verify codes`, or with `kit.twilio.verificationCode(to:)`.
///
/// A port of the template's JavaScript:
///
/// ```js
/// exports.handler = async function (context, event, callback) {
///   const response = new Twilio.Response();
///   response.appendHeader('Content-Type', 'application/json');
///   try {
///     if (typeof event.to === 'undefined' || event.to.trim() === '') {
///       throw new Error("Missing 'to' parameter; please provide a phone number or email.");
///     }
///     const client = context.getTwilioClient();
///     const { VERIFY_SERVICE_SID } = context;
///     const { to } = event;
///     const channel = typeof event.channel === 'undefined' ? 'sms' : event.channel;
///     const locale = typeof event.locale === 'undefined' ? 'en' : event.locale;
///     const verification = await client.verify.services(VERIFY_SERVICE_SID).verifications.create({ to, channel, locale });
///     console.log(`Sent verification: '${verification.sid}'`);
///     response.setStatusCode(200);
///     response.setBody({ success: true });
///     return callback(null, response);
///   } catch (error) {
///     const statusCode = error.status || 400;
///     response.setStatusCode(statusCode);
///     response.setBody({ success: false, error: error.message });
///     return callback(null, response);
///   }
/// };
/// ```
public let startVerify: FunctionHandler = { context, event, callback in
    let response = Twilio.Response()
    response.appendHeader("Content-Type", "application/json")

    do {
        guard let to = event.to, !to.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw HandlerError("Missing 'to' parameter; please provide a phone number or email.")
        }

        let client = try context.getTwilioClient()
        let VERIFY_SERVICE_SID = try context.VERIFY_SERVICE_SID
        let channel = event.channel ?? "sms"
        let locale = event.locale ?? "en"

        let verification = try await client.verify.services(VERIFY_SERVICE_SID).verifications.create(to: to, channel: channel, locale: locale)

        context.logger.info("Sent verification: '\(verification.sid)'")
        response.setStatusCode(200)
        response.setBody(["success": true])
        return callback(nil, response)
    } catch {
        let statusCode = (error as? TwilioAPIError)?.status ?? 400
        response.setStatusCode(statusCode)
        response.setBody(["success": false, "error": .string(javaScriptMessage(of: error))])
        return callback(nil, response)
    }
}
