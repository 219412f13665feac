/// The verifications of one Verify Service, as `client.verify.services(sid).verifications`.
///
/// Calling it addresses one verification; `create` starts a new one:
///
/// ```swift
/// let verifications = client.verify.services("VA…").verifications
/// let started = try await verifications.create(to: "+14155552671", channel: "sms", locale: "en")
/// try await verifications(started.sid).update(status: "canceled")
/// ```
public struct VerificationList: Sendable {
    let client: TwilioClient
    /// The Verify Service SID (`VA…`).
    public let serviceSid: String

    /// The verification with this SID (`VE…`).
    public func callAsFunction(_ sid: String) -> VerificationContext {
        VerificationContext(client: client, serviceSid: serviceSid, sid: sid)
    }

    /// Sends a code: `POST /v2/Services/{ServiceSid}/Verifications`.
    ///
    /// Twilio answers 400 with code 60200 when a parameter is invalid (such as `To` for the
    /// channel), and 429 with 60203 after too many attempts to one recipient. Parameters go in the
    /// order of Twilio's API description, as twilio-node sends them.
    /// - Parameters:
    ///   - to: The phone number (E.164) or email address to verify.
    ///   - channel: `sms`, `call`, `email`, `whatsapp` or `sna`.
    ///   - customFriendlyName: A name for this verification's message instead of the service's.
    ///   - customMessage: Obsolete; a custom text in place of the template.
    ///   - sendDigits: Digits to dial after connecting a `call` verification (`w` waits half a second).
    ///   - locale: The language of the message (`en`, `es`, `pt-BR`, …).
    ///   - customCode: The code to send instead of a generated one; needs `customCodeEnabled`.
    ///   - amount: The PSD2 transaction amount.
    ///   - payee: The PSD2 transaction payee.
    ///   - appHash: The Android app hash to append to the SMS (SMS Retriever API).
    ///   - templateSid: The message template (`HJ…`) to use instead of the service's default.
    ///   - deviceIp: The IP address of the device the user starts the verification from.
    /// - Returns: The new verification, usually `pending`.
    /// - Throws: ``TwilioAPIError``.
    public func create(
        to: String,
        channel: String,
        customFriendlyName: String? = nil,
        customMessage: String? = nil,
        sendDigits: String? = nil,
        locale: String? = nil,
        customCode: String? = nil,
        amount: String? = nil,
        payee: String? = nil,
        appHash: String? = nil,
        templateSid: String? = nil,
        deviceIp: String? = nil
    ) async throws -> Verification {
        var form = TwilioParameters()
        form.add("To", to)
        form.add("Channel", channel)
        form.add("CustomFriendlyName", customFriendlyName)
        form.add("CustomMessage", customMessage)
        form.add("SendDigits", sendDigits)
        form.add("Locale", locale)
        form.add("CustomCode", customCode)
        form.add("Amount", amount)
        form.add("Payee", payee)
        form.add("AppHash", appHash)
        form.add("TemplateSid", templateSid)
        form.add("DeviceIp", deviceIp)
        let request = try client.request("POST", .verify, ["v2", "Services", serviceSid, "Verifications"], form: form.pairs)
        return try await client.resource(request, Verification.init(json:))
    }
}
