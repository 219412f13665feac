import Foundation
import TwilioWire

/// A Verification Check (`verify.v2.service.verification_check`): the outcome of checking a code
/// against the pending verification of a recipient.
///
/// Only ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received. Dates are ISO 8601.
///
/// ```swift
/// let check = try await client.verify.services("VA…").verificationChecks.create(code: "123456", to: "+14155552671")
/// if check.status == "approved" { … }
/// ```
public struct VerificationCheck: TwilioResource {
    /// The SID of the verification that was checked (`VE…`).
    public let sid: String
    /// The Verify Service SID (`VA…`).
    public let serviceSid: String?
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The phone number (E.164) or email address being verified.
    public let to: String?
    /// The channel the code went through: `sms`, `call`, `email`, `whatsapp` or `sna`.
    public let channel: String?
    /// `approved` when the code was right; `pending` while it is still wrong; `canceled`,
    /// `max_attempts_reached`, `deleted`, `failed` or `expired` otherwise.
    public let status: String?
    /// Legacy: whether the code was right; read ``status`` instead.
    public let valid: Bool?
    /// The amount of the PSD2 transaction.
    public let amount: String?
    /// The payee of the PSD2 transaction.
    public let payee: String?
    /// When the verification was created.
    public let dateCreated: Date?
    /// When the verification was last updated.
    public let dateUpdated: Date?
    /// The errors of `sna` attempts, oldest first (`attempt_sid`, `code`); empty when there were
    /// none, or when Twilio sends `null` because the last channel was not `sna`.
    public let snaAttemptsErrorCodes: [JSONObject]
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a Verification Check from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Verification Check")
        sid = try reader.requiredString("sid")
        serviceSid = reader.string("service_sid")
        accountSid = reader.string("account_sid")
        to = reader.string("to")
        channel = reader.string("channel")
        status = reader.string("status")
        valid = reader.bool("valid")
        amount = reader.string("amount")
        payee = reader.string("payee")
        dateCreated = reader.date("date_created")
        dateUpdated = reader.date("date_updated")
        snaAttemptsErrorCodes = reader.objects("sna_attempts_error_codes")
        self.json = json
    }
}
