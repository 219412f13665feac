/// One Verify Service, as `client.verify.services(sid)`: the service itself, its verifications
/// and its verification checks.
///
/// ```swift
/// let service = client.verify.services("VA…")
/// let started = try await service.verifications.create(to: "+14155552671", channel: "sms")
/// let check = try await service.verificationChecks.create(code: "123456", to: "+14155552671")
/// try await service.update(codeLength: 8)
/// ```
public struct VerifyServiceContext: Sendable {
    let client: TwilioClient
    /// The Verify Service SID (`VA…`).
    public let sid: String

    private var segments: [String] { ["v2", "Services", sid] }

    /// The service's verifications: call it with a SID (`VE…`) for one
    /// (`verifications(sid).update(status: "canceled")`), or use it as the list
    /// (`verifications.create(to:channel:)`).
    public var verifications: VerificationList {
        VerificationList(client: client, serviceSid: sid)
    }

    /// The service's verification checks: `verificationChecks.create(code:to:)`, as twilio-node's
    /// `services(sid).verificationChecks`.
    public var verificationChecks: VerificationCheckList {
        VerificationCheckList(client: client, serviceSid: sid)
    }

    /// Fetches the service: `GET /v2/Services/{Sid}`.
    /// - Returns: The service.
    /// - Throws: ``TwilioAPIError``, with status 404 (code 20404) when there is no such service.
    public func fetch() async throws -> VerifyService {
        try await client.resource(client.request("GET", .verify, segments), VerifyService.init(json:))
    }

    /// Updates the service: `POST /v2/Services/{Sid}`; a `nil` parameter leaves that setting as it is.
    /// - Parameters:
    ///   - friendlyName: The name in the body of verification messages (up to 30 characters).
    ///   - codeLength: The length of the codes (4–10).
    ///   - lookupEnabled: Whether each verification looks the phone number up.
    ///   - skipSmsToLandlines: Whether SMS verifications to landlines are skipped; needs `lookupEnabled`.
    ///   - dtmfInputRequired: Whether a call asks the user to press a key before it reads the code.
    ///   - ttsName: The name of an alternative text-to-speech voice for calls.
    ///   - psd2Enabled: Whether verifications carry PSD2 transaction parameters.
    ///   - doNotShareWarningEnabled: Whether SMS bodies end with a warning not to share the code.
    ///   - customCodeEnabled: Whether verifications may be sent with a custom code.
    ///   - defaultTemplateSid: The default message template (`HJ…`).
    ///   - verifyEventSubscriptionEnabled: Whether verifications reach configured Event Streams sinks.
    /// - Returns: The updated service.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func update(
        friendlyName: String? = nil,
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
        let form = VerifyServiceList.settings(
            friendlyName: friendlyName, codeLength: codeLength, lookupEnabled: lookupEnabled,
            skipSmsToLandlines: skipSmsToLandlines, dtmfInputRequired: dtmfInputRequired, ttsName: ttsName,
            psd2Enabled: psd2Enabled, doNotShareWarningEnabled: doNotShareWarningEnabled,
            customCodeEnabled: customCodeEnabled, defaultTemplateSid: defaultTemplateSid,
            verifyEventSubscriptionEnabled: verifyEventSubscriptionEnabled)
        let request = try client.request("POST", .verify, segments, form: form.pairs)
        return try await client.resource(request, VerifyService.init(json:))
    }

    /// Deletes the service: `DELETE /v2/Services/{Sid}`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such service.
    public func remove() async throws {
        _ = try await client.perform(client.request("DELETE", .verify, segments))
    }
}
