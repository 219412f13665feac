import Foundation
import FunctionsRuntime

/// `/forward-message` (protected): the Forward Message template's Function. When a message comes
/// in to the number whose `SmsUrl` it is, it answers TwiML that forwards the message to each
/// number of FORWARDING_NUMBERS. Offline, `twilio-functions trigger sms` sends it a message, and
/// the forwarded ones go to the emulated outbox, where they move to `delivered`.
///
/// A port of the template's JavaScript:
///
/// ```js
/// exports.handler = function (context, event, callback) {
///   const twiml = new Twilio.twiml.MessagingResponse();
///   context.FORWARDING_NUMBERS.split(/,\s?/).forEach((number) => {
///     twiml.message({ to: number }, `From: ${event.From}. Body: ${event.Body}`);
///   });
///   callback(null, twiml);
/// };
/// ```
public let forwardMessage: FunctionHandler = { context, event, callback in
    let twiml = Twilio.twiml.MessagingResponse()

    for number in try context.FORWARDING_NUMBERS.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
        twiml.message("From: \(event.From ?? "undefined"). Body: \(event.Body ?? "undefined")", ["to": .string(number)])
    }

    callback(nil, twiml)
}
