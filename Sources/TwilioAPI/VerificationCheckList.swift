/// The verification checks of one Verify Service, as
/// `client.verify.services(sid).verificationChecks`.
///
/// ```swift
/// let check = try await client.verify.services("VA…").verificationChecks.create(code: "123456", to: "+14155552671")
/// if check.status == "approved" { … }
/// ```
public struct VerificationCheckList: Sendable {
    let client: TwilioClient
    /// The Verify Service SID (`VA…`).
    public let serviceSid: String

    /// Checks a code: `POST /v2/Services/{ServiceSid}/VerificationCheck`.
    ///
    /// The pending verification is named by `to` or by `verificationSid`. A wrong code is not an
    /// error: the check comes back with status `pending`. Twilio answers 404 (code 20404) when
    /// there is no pending verification, and 429 (60202) after too many wrong codes. Both 200 and
    /// 201 are success, as Twilio's description lists both.
    /// - Parameters:
    ///   - code: The code the user entered.
    ///   - to: The phone number (E.164) or email address the code was sent to.
    ///   - verificationSid: The verification (`VE…`), instead of `to`.
    ///   - amount: The PSD2 transaction amount, as sent when the verification started.
    ///   - payee: The PSD2 transaction payee, as sent when the verification started.
    /// - Returns: The check.
    /// - Throws: ``TwilioAPIError``.
    public func create(
        code: String? = nil,
        to: String? = nil,
        verificationSid: String? = nil,
        amount: String? = nil,
        payee: String? = nil
    ) async throws -> VerificationCheck {
        var form = TwilioParameters()
        form.add("Code", code)
        form.add("To", to)
        form.add("VerificationSid", verificationSid)
        form.add("Amount", amount)
        form.add("Payee", payee)
        let request = try client.request("POST", .verify, ["v2", "Services", serviceSid, "VerificationCheck"], form: form.pairs)
        return try await client.resource(request, VerificationCheck.init(json:))
    }
}
