/// One phone number of the account, as `client.incomingPhoneNumbers(sid)`.
///
/// ```swift
/// let number = client.incomingPhoneNumbers("PNxxxx")
/// try await number.update(smsUrl: "https://example.com/sms", smsMethod: "POST")
/// try await number.remove()   // releases the number
/// ```
public struct IncomingPhoneNumberContext: Sendable {
    let client: TwilioClient
    /// The phone number SID (`PN…`).
    public let sid: String

    /// Fetches the number: `GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json`.
    /// - Returns: The phone number.
    /// - Throws: ``TwilioAPIError``, with status 404 (code 20404) when there is no such number.
    public func fetch() async throws -> IncomingPhoneNumber {
        try await client.resource(client.accountRequest("GET", ["IncomingPhoneNumbers", sid]), IncomingPhoneNumber.init(json:))
    }

    /// Changes the number's webhooks and settings:
    /// `POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json`.
    ///
    /// Only the given parameters change; send `""` to clear a URL.
    /// - Parameters:
    ///   - friendlyName: A new name (up to 64 characters).
    ///   - smsUrl: The URL Twilio calls with each incoming message.
    ///   - smsMethod: The method of that request.
    ///   - voiceUrl: The URL Twilio calls with each incoming call.
    ///   - voiceMethod: The method of that request.
    ///   - statusCallback: The URL Twilio sends call status changes to.
    ///   - statusCallbackMethod: The method of the status callback.
    ///   - accountSid: Moves the number to this account (a subaccount of, or the parent of, the
    ///     client's); the request itself still goes to the client's account.
    ///   - apiVersion: The API version of the webhooks.
    ///   - smsApplicationSid: A TwiML Application (`AP…`) for messages.
    ///   - smsFallbackMethod: The method of the SMS fallback request.
    ///   - smsFallbackUrl: The URL Twilio calls when `smsUrl` fails.
    ///   - voiceApplicationSid: A TwiML Application (`AP…`) for calls.
    ///   - voiceCallerIdLookup: Whether to look up callers' names.
    ///   - voiceFallbackMethod: The method of the voice fallback request.
    ///   - voiceFallbackUrl: The URL Twilio calls when `voiceUrl` fails.
    ///   - emergencyStatus: `Active` or `Inactive` emergency calling.
    ///   - emergencyAddressSid: The emergency address (`AD…`).
    ///   - trunkSid: An Elastic SIP trunk (`TK…`) for its calls.
    ///   - voiceReceiveMode: `voice` or `fax`.
    ///   - identitySid: The identity (`RI…`).
    ///   - addressSid: The address (`AD…`).
    ///   - bundleSid: The regulatory bundle (`BU…`).
    /// - Returns: The updated phone number.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func update(
        friendlyName: String? = nil,
        smsUrl: String? = nil,
        smsMethod: String? = nil,
        voiceUrl: String? = nil,
        voiceMethod: String? = nil,
        statusCallback: String? = nil,
        statusCallbackMethod: String? = nil,
        accountSid: String? = nil,
        apiVersion: String? = nil,
        smsApplicationSid: String? = nil,
        smsFallbackMethod: String? = nil,
        smsFallbackUrl: String? = nil,
        voiceApplicationSid: String? = nil,
        voiceCallerIdLookup: Bool? = nil,
        voiceFallbackMethod: String? = nil,
        voiceFallbackUrl: String? = nil,
        emergencyStatus: String? = nil,
        emergencyAddressSid: String? = nil,
        trunkSid: String? = nil,
        voiceReceiveMode: String? = nil,
        identitySid: String? = nil,
        addressSid: String? = nil,
        bundleSid: String? = nil
    ) async throws -> IncomingPhoneNumber {
        var form = TwilioParameters()
        form.add("AccountSid", accountSid)
        form.add("ApiVersion", apiVersion)
        form.add("FriendlyName", friendlyName)
        form.add("SmsApplicationSid", smsApplicationSid)
        form.add("SmsFallbackMethod", smsFallbackMethod)
        form.add("SmsFallbackUrl", smsFallbackUrl)
        form.add("SmsMethod", smsMethod)
        form.add("SmsUrl", smsUrl)
        form.add("StatusCallback", statusCallback)
        form.add("StatusCallbackMethod", statusCallbackMethod)
        form.add("VoiceApplicationSid", voiceApplicationSid)
        form.add("VoiceCallerIdLookup", voiceCallerIdLookup)
        form.add("VoiceFallbackMethod", voiceFallbackMethod)
        form.add("VoiceFallbackUrl", voiceFallbackUrl)
        form.add("VoiceMethod", voiceMethod)
        form.add("VoiceUrl", voiceUrl)
        form.add("EmergencyStatus", emergencyStatus)
        form.add("EmergencyAddressSid", emergencyAddressSid)
        form.add("TrunkSid", trunkSid)
        form.add("VoiceReceiveMode", voiceReceiveMode)
        form.add("IdentitySid", identitySid)
        form.add("AddressSid", addressSid)
        form.add("BundleSid", bundleSid)
        let request = try client.accountRequest("POST", ["IncomingPhoneNumbers", sid], form: form.pairs)
        return try await client.resource(request, IncomingPhoneNumber.init(json:))
    }

    /// Releases the number: `DELETE /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such number.
    public func remove() async throws {
        _ = try await client.perform(client.accountRequest("DELETE", ["IncomingPhoneNumbers", sid]))
    }
}
