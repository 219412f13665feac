/// The Verify Services of the account, as `client.verify.services` (twilio-node's
/// `client.verify.v2.services`).
///
/// Calling it addresses one service; its methods act on the list:
///
/// ```swift
/// let verifications = client.verify.services("VA…").verifications
/// let service = try await client.verify.services.create(friendlyName: "My App", codeLength: 6)
/// let all = try await client.verify.services.list()
/// ```
public struct VerifyServiceList: Sendable {
    /// Twilio's largest page of services.
    static let maximumPageSize = 1000

    let client: TwilioClient

    /// The Verify Service with this SID (`VA…`).
    public func callAsFunction(_ sid: String) -> VerifyServiceContext {
        VerifyServiceContext(client: client, sid: sid)
    }

    /// Creates a Verify Service: `POST /v2/Services`.
    /// - Parameters:
    ///   - friendlyName: The name in the body of verification messages (up to 30 characters, no
    ///     more than 4 digits, no phone numbers or links).
    ///   - codeLength: The length of the codes (4–10); Twilio's default is 6.
    ///   - lookupEnabled: Whether each verification looks the phone number up.
    ///   - skipSmsToLandlines: Whether SMS verifications to landlines are skipped; needs `lookupEnabled`.
    ///   - dtmfInputRequired: Whether a call asks the user to press a key before it reads the code.
    ///   - ttsName: The name of an alternative text-to-speech voice for calls.
    ///   - psd2Enabled: Whether verifications carry PSD2 transaction parameters.
    ///   - doNotShareWarningEnabled: Whether SMS bodies end with a warning not to share the code.
    ///   - customCodeEnabled: Whether verifications may be sent with a custom code.
    ///   - defaultTemplateSid: The default message template (`HJ…`).
    ///   - verifyEventSubscriptionEnabled: Whether verifications reach configured Event Streams sinks.
    /// - Returns: The new service.
    /// - Throws: ``TwilioAPIError``.
    public func create(
        friendlyName: String,
        codeLength: Int? = nil,
        lookupEnabled: Bool? = nil,
        skipSmsToLandlines: Bool? = nil,
        dtmfInputRequired: Bool? = nil,
        ttsName: String? = nil,
        psd2Enabled: Bool? = nil,
        doNotShareWarningEnabled: Bool? = nil,
        customCodeEnabled: Bool? = nil,
        defaultTemplateSid: String? = nil,
        verifyEventSubscriptionEnabled: Bool? = nil
    ) async throws -> VerifyService {
        let form = Self.settings(
            friendlyName: friendlyName, codeLength: codeLength, lookupEnabled: lookupEnabled,
            skipSmsToLandlines: skipSmsToLandlines, dtmfInputRequired: dtmfInputRequired, ttsName: ttsName,
            psd2Enabled: psd2Enabled, doNotShareWarningEnabled: doNotShareWarningEnabled,
            customCodeEnabled: customCodeEnabled, defaultTemplateSid: defaultTemplateSid,
            verifyEventSubscriptionEnabled: verifyEventSubscriptionEnabled)
        let request = try client.request("POST", .verify, ["v2", "Services"], form: form.pairs)
        return try await client.resource(request, VerifyService.init(json:))
    }

    /// Lists the account's Verify Services: `GET /v2/Services`.
    ///
    /// Follows `meta.next_page_url` page after page until the last page, or until `limit`
    /// services are read, as twilio-node's `list({pageSize, limit})` does.
    /// - Parameters:
    ///   - pageSize: Services per page (1–1000); Twilio's default (50) when `nil`, or `limit` when
    ///     that is smaller than 1000.
    ///   - limit: The most services to return; all of them when `nil`.
    /// - Returns: The services in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(pageSize: Int? = nil, limit: Int? = nil) async throws -> [VerifyService] {
        let query = TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.request("GET", .verify, ["v2", "Services"], query: query)
        return try await client.list(request, key: "services", limit: limit, VerifyService.init(json:))
    }

    /// The settings of CreateService and UpdateService, which take the same parameters in the
    /// same order.
    static func settings(
        friendlyName: String?,
        codeLength: Int?,
        lookupEnabled: Bool?,
        skipSmsToLandlines: Bool?,
        dtmfInputRequired: Bool?,
        ttsName: String?,
        psd2Enabled: Bool?,
        doNotShareWarningEnabled: Bool?,
        customCodeEnabled: Bool?,
        defaultTemplateSid: String?,
        verifyEventSubscriptionEnabled: Bool?
    ) -> TwilioParameters {
        var form = TwilioParameters()
        form.add("FriendlyName", friendlyName)
        form.add("CodeLength", codeLength)
        form.add("LookupEnabled", lookupEnabled)
        form.add("SkipSmsToLandlines", skipSmsToLandlines)
        form.add("DtmfInputRequired", dtmfInputRequired)
        form.add("TtsName", ttsName)
        form.add("Psd2Enabled", psd2Enabled)
        form.add("DoNotShareWarningEnabled", doNotShareWarningEnabled)
        form.add("CustomCodeEnabled", customCodeEnabled)
        form.add("DefaultTemplateSid", defaultTemplateSid)
        form.add("VerifyEventSubscriptionEnabled", verifyEventSubscriptionEnabled)
        return form
    }
}
