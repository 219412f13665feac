import Foundation
import TwilioWire

/// A Verify Service (`verify.v2.service`): the settings every verification started through it
/// shares, such as the name in the message, the code length and the channels' configuration.
///
/// Only ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received. Dates are ISO 8601.
///
/// ```swift
/// let service = try await client.verify.services.create(friendlyName: "My App", codeLength: 6)
/// service.links["verifications"]   // https://verify.twilio.com/v2/Services/VA…/Verifications
/// ```
public struct VerifyService: TwilioResource {
    /// The service SID (`VA…`).
    public let sid: String
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The name in the body of verification messages (up to 30 characters).
    public let friendlyName: String?
    /// The length of the codes the service generates (4–10).
    public let codeLength: Int?
    /// Whether each verification looks the phone number up and reports it in ``Verification/lookup``.
    public let lookupEnabled: Bool?
    /// Whether verifications carry PSD2 transaction parameters (`Amount`, `Payee`).
    public let psd2Enabled: Bool?
    /// Whether SMS verifications to landlines are skipped; needs ``lookupEnabled``.
    public let skipSmsToLandlines: Bool?
    /// Whether a call asks the user to press a key before it reads the code.
    public let dtmfInputRequired: Bool?
    /// The name of an alternative text-to-speech voice for calls.
    public let ttsName: String?
    /// Whether SMS bodies end with a warning not to share the code.
    public let doNotShareWarningEnabled: Bool?
    /// Whether verifications may be sent with a custom code.
    public let customCodeEnabled: Bool?
    /// The Push factors' settings: `include_date`, `apn_credential_sid`, `fcm_credential_sid`.
    public let push: JSONObject?
    /// The TOTP factors' settings: `issuer`, `time_step`, `code_length`, `skew`.
    public let totp: JSONObject?
    /// The default message template's SID (`HJ…`).
    public let defaultTemplateSid: String?
    /// The WhatsApp channel's settings: `msg_service_sid`, `from`.
    public let whatsapp: JSONObject?
    /// The Passkeys settings: `relying_party` (`id`, `name`, `origins`), `authenticator_attachment`,
    /// `discoverable_credentials`, `user_verification`.
    public let passkeys: JSONObject?
    /// Whether the service's verifications reach configured Event Streams sinks.
    public let verifyEventSubscriptionEnabled: Bool?
    /// When the service was created.
    public let dateCreated: Date?
    /// When the service was last updated.
    public let dateUpdated: Date?
    /// The service's absolute URL.
    public let url: String?
    /// The URLs of the service's collections, by name: `verifications`, `verification_checks`,
    /// `rate_limits`, `messaging_configurations`, `entities`, `webhooks`, `access_tokens`.
    public let links: [String: String]
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a Verify Service from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Verify Service")
        sid = try reader.requiredString("sid")
        accountSid = reader.string("account_sid")
        friendlyName = reader.string("friendly_name")
        codeLength = reader.int("code_length")
        lookupEnabled = reader.bool("lookup_enabled")
        psd2Enabled = reader.bool("psd2_enabled")
        skipSmsToLandlines = reader.bool("skip_sms_to_landlines")
        dtmfInputRequired = reader.bool("dtmf_input_required")
        ttsName = reader.string("tts_name")
        doNotShareWarningEnabled = reader.bool("do_not_share_warning_enabled")
        customCodeEnabled = reader.bool("custom_code_enabled")
        push = reader.object("push")
        totp = reader.object("totp")
        defaultTemplateSid = reader.string("default_template_sid")
        whatsapp = reader.object("whatsapp")
        passkeys = reader.object("passkeys")
        verifyEventSubscriptionEnabled = reader.bool("verify_event_subscription_enabled")
        dateCreated = reader.date("date_created")
        dateUpdated = reader.date("date_updated")
        url = reader.string("url")
        links = reader.links()
        self.json = json
    }
}
