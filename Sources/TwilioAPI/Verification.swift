import Foundation
import TwilioWire

/// A Verification (`verify.v2.service.verification`): a code sent to a phone number or email
/// address through one channel, pending until it is checked, canceled or expires.
///
/// Only ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received. Dates are ISO 8601.
///
/// ```swift
/// let verification = try await client.verify.services("VA…").verifications.create(to: "+14155552671", channel: "sms")
/// verification.status   // "pending"
/// ```
public struct Verification: TwilioResource {
    /// The verification SID (`VE…`).
    public let sid: String
    /// The Verify Service SID (`VA…`).
    public let serviceSid: String?
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The phone number (E.164) or email address being verified.
    public let to: String?
    /// The channel: `sms`, `call`, `email`, `whatsapp`, `sna` (or one Twilio adds later).
    public let channel: String?
    /// `pending`, `approved`, `canceled`, `max_attempts_reached`, `deleted`, `failed` or `expired`.
    public let status: String?
    /// Legacy: whether the verification succeeded; read ``status`` instead.
    public let valid: Bool?
    /// What a lookup found about the phone number (such as `carrier`), when the service has
    /// lookups enabled; often an empty object.
    public let lookup: JSONObject?
    /// The amount of the PSD2 transaction.
    public let amount: String?
    /// The payee of the PSD2 transaction.
    public let payee: String?
    /// Each attempt to send the code: `time`, `channel`, `attempt_sid`; empty when there is none.
    public let sendCodeAttempts: [JSONObject]
    /// When the verification was created.
    public let dateCreated: Date?
    /// When the verification was last updated.
    public let dateUpdated: Date?
    /// For the `sna` channel, the `url` the device opens to verify the number.
    public let sna: JSONObject?
    /// The verification's absolute URL.
    public let url: String?
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a Verification from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Verification")
        sid = try reader.requiredString("sid")
        serviceSid = reader.string("service_sid")
        accountSid = reader.string("account_sid")
        to = reader.string("to")
        channel = reader.string("channel")
        status = reader.string("status")
        valid = reader.bool("valid")
        lookup = reader.object("lookup")
        amount = reader.string("amount")
        payee = reader.string("payee")
        sendCodeAttempts = reader.objects("send_code_attempts")
        dateCreated = reader.date("date_created")
        dateUpdated = reader.date("date_updated")
        sna = reader.object("sna")
        url = reader.string("url")
        self.json = json
    }
}
