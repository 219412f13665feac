/// The account's phone numbers, as `client.incomingPhoneNumbers` (twilio-node's
/// `client.incomingPhoneNumbers`, short for `client.api.v2010.account.incomingPhoneNumbers`).
///
/// Calling it addresses one number; its methods act on the list:
///
/// ```swift
/// let number = try await client.incomingPhoneNumbers.create(areaCode: "510", smsUrl: "https://example.com/sms")
/// let mine = try await client.incomingPhoneNumbers.list(phoneNumber: "+15105550100")
/// try await client.incomingPhoneNumbers(number.sid).update(voiceUrl: "https://example.com/voice")
/// ```
public struct IncomingPhoneNumberList: Sendable {
    /// Twilio's largest page of phone numbers.
    static let maximumPageSize = 1000

    let client: TwilioClient

    /// The phone number with this SID (`PN…`).
    public func callAsFunction(_ sid: String) -> IncomingPhoneNumberContext {
        IncomingPhoneNumberContext(client: client, sid: sid)
    }

    /// Buys a phone number: `POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json`.
    ///
    /// Twilio needs `phoneNumber` (a number it offers) or `areaCode` (any number in that US or
    /// Canadian area code). Parameters go in the order of Twilio's API description.
    /// - Parameters:
    ///   - phoneNumber: The number to buy, in E.164 format.
    ///   - areaCode: An area code to buy any available number in.
    ///   - friendlyName: A name for the number (up to 64 characters).
    ///   - smsUrl: The URL Twilio calls with each incoming message.
    ///   - smsMethod: The method of that request; Twilio's default is `POST`.
    ///   - voiceUrl: The URL Twilio calls with each incoming call.
    ///   - voiceMethod: The method of that request; Twilio's default is `POST`.
    ///   - statusCallback: The URL Twilio sends call status changes to.
    ///   - statusCallbackMethod: The method of the status callback.
    ///   - apiVersion: The API version of the webhooks (`2010-04-01` or `2008-08-01`).
    ///   - smsApplicationSid: A TwiML Application (`AP…`) for messages, instead of the SMS URLs.
    ///   - smsFallbackMethod: The method of the SMS fallback request.
    ///   - smsFallbackUrl: The URL Twilio calls when `smsUrl` fails.
    ///   - voiceApplicationSid: A TwiML Application (`AP…`) for calls, instead of the voice URLs.
    ///   - voiceCallerIdLookup: Whether to look up callers' names.
    ///   - voiceFallbackMethod: The method of the voice fallback request.
    ///   - voiceFallbackUrl: The URL Twilio calls when `voiceUrl` fails.
    ///   - emergencyStatus: `Active` or `Inactive` emergency calling.
    ///   - emergencyAddressSid: The emergency address (`AD…`).
    ///   - trunkSid: An Elastic SIP trunk (`TK…`) for its calls.
    ///   - identitySid: The identity (`RI…`) of the number.
    ///   - addressSid: The address (`AD…`) the number needs.
    ///   - voiceReceiveMode: `voice` or `fax`.
    ///   - bundleSid: The regulatory bundle (`BU…`).
    /// - Returns: The new phone number.
    /// - Throws: ``TwilioAPIError``.
    public func create(
        phoneNumber: String? = nil,
        areaCode: String? = nil,
        friendlyName: String? = nil,
        smsUrl: String? = nil,
        smsMethod: String? = nil,
        voiceUrl: String? = nil,
        voiceMethod: String? = nil,
        statusCallback: String? = nil,
        statusCallbackMethod: String? = nil,
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
        identitySid: String? = nil,
        addressSid: String? = nil,
        voiceReceiveMode: String? = nil,
        bundleSid: String? = nil
    ) async throws -> IncomingPhoneNumber {
        var form = TwilioParameters()
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
        form.add("IdentitySid", identitySid)
        form.add("AddressSid", addressSid)
        form.add("VoiceReceiveMode", voiceReceiveMode)
        form.add("BundleSid", bundleSid)
        form.add("PhoneNumber", phoneNumber)
        form.add("AreaCode", areaCode)
        let request = try client.accountRequest("POST", ["IncomingPhoneNumbers"], form: form.pairs)
        return try await client.resource(request, IncomingPhoneNumber.init(json:))
    }

    /// Lists the account's phone numbers: `GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json`.
    ///
    /// Follows `next_page_uri` page after page until the last page, or until `limit` numbers are
    /// read, as twilio-node's `list({beta, friendlyName, phoneNumber, origin, pageSize, limit})` does.
    /// - Parameters:
    ///   - phoneNumber: Only numbers matching this pattern (digits, `*` for any digit).
    ///   - friendlyName: Only numbers with exactly this name.
    ///   - beta: Whether to include beta numbers; Twilio's default is `true`.
    ///   - origin: `twilio` or `hosted` numbers only.
    ///   - pageSize: Numbers per page (up to 1000); Twilio's default (50) when `nil`, or `limit`.
    ///   - limit: The most numbers to return; all of them when `nil`.
    /// - Returns: The phone numbers in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(
        phoneNumber: String? = nil,
        friendlyName: String? = nil,
        beta: Bool? = nil,
        origin: String? = nil,
        pageSize: Int? = nil,
        limit: Int? = nil
    ) async throws -> [IncomingPhoneNumber] {
        var query = TwilioParameters()
        query.add("Beta", beta)
        query.add("FriendlyName", friendlyName)
        query.add("PhoneNumber", phoneNumber)
        query.add("Origin", origin)
        let pageSizeQuery = TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.accountRequest("GET", ["IncomingPhoneNumbers"], query: query.pairs + pageSizeQuery)
        return try await client.accountList(request, key: "incoming_phone_numbers", limit: limit, IncomingPhoneNumber.init(json:))
    }
}
