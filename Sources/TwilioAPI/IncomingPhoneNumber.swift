import Foundation
import TwilioWire

/// A phone number of the account (`api.v2010.account.incoming_phone_number`) and where Twilio
/// sends its calls and messages.
///
/// Only ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received. Twilio writes an unset URL either as
/// `""` or as `null`; both are kept as received (`""` or `nil`).
///
/// ```swift
/// let number = try await client.incomingPhoneNumbers("PNxxxx").fetch()
/// if number.capabilities.sms == true { print(number.smsUrl ?? "") }
/// ```
public struct IncomingPhoneNumber: TwilioResource {
    /// What a number can do (Twilio's `phone-number-capabilities`); `nil` for a capability
    /// Twilio does not state.
    public struct Capabilities: Sendable, Hashable {
        /// Voice calls.
        public let voice: Bool?
        /// SMS.
        public let sms: Bool?
        /// MMS.
        public let mms: Bool?
        /// Fax.
        public let fax: Bool?

        /// Capabilities with these values.
        public init(voice: Bool? = nil, sms: Bool? = nil, mms: Bool? = nil, fax: Bool? = nil) {
            self.voice = voice
            self.sms = sms
            self.mms = mms
            self.fax = fax
        }

        /// Reads `{"voice": true, "sms": false, "mms": true, "fax": false}`; upper-case keys (`SMS`,
        /// `MMS`), as Twilio's AvailablePhoneNumbers write them, are read too.
        init(json: JSONObject) {
            func flag(_ key: String) -> Bool? {
                json[key]?.boolValue ?? json[key.uppercased()]?.boolValue
            }
            self.init(voice: flag("voice"), sms: flag("sms"), mms: flag("mms"), fax: flag("fax"))
        }
    }

    /// The phone number SID (`PN…`).
    public let sid: String
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The SID of the address registered for the number (`AD…`).
    public let addressSid: String?
    /// Which address the number needs: `none`, `any`, `local` or `foreign`.
    public let addressRequirements: String?
    /// The API version used for its webhooks (`2010-04-01`).
    public let apiVersion: String?
    /// Whether it is a new number still in beta.
    public let beta: Bool?
    /// What it can do; all `nil` when Twilio sends no `capabilities`.
    public let capabilities: Capabilities
    /// When it was bought.
    public let dateCreated: Date?
    /// When it was last updated.
    public let dateUpdated: Date?
    /// Its name; by default the number formatted for display.
    public let friendlyName: String?
    /// The SID of its identity (`RI…`).
    public let identitySid: String?
    /// The number in E.164 format (`+18089255327`).
    public let phoneNumber: String?
    /// Where it came from: `twilio` or `hosted`.
    public let origin: String?
    /// The TwiML Application (`AP…`) handling its messages, instead of ``smsUrl``.
    public let smsApplicationSid: String?
    /// The method of the ``smsFallbackUrl`` request.
    public let smsFallbackMethod: String?
    /// The URL Twilio calls when ``smsUrl`` fails.
    public let smsFallbackUrl: String?
    /// The method of the ``smsUrl`` request.
    public let smsMethod: String?
    /// The URL Twilio calls with each incoming message.
    public let smsUrl: String?
    /// The URL Twilio sends call status changes to.
    public let statusCallback: String?
    /// The method of the status callback.
    public let statusCallbackMethod: String?
    /// The Elastic SIP trunk (`TK…`) handling its calls.
    public let trunkSid: String?
    /// Its path on the API host (`/2010-04-01/Accounts/AC…/IncomingPhoneNumbers/PN….json`).
    public let uri: String?
    /// Whether it receives `voice` calls or `fax`.
    public let voiceReceiveMode: String?
    /// The TwiML Application (`AP…`) handling its calls, instead of ``voiceUrl``.
    public let voiceApplicationSid: String?
    /// Whether caller name lookup runs on incoming calls.
    public let voiceCallerIdLookup: Bool?
    /// The method of the ``voiceFallbackUrl`` request.
    public let voiceFallbackMethod: String?
    /// The URL Twilio calls when ``voiceUrl`` fails.
    public let voiceFallbackUrl: String?
    /// The method of the ``voiceUrl`` request.
    public let voiceMethod: String?
    /// The URL Twilio calls with each incoming call.
    public let voiceUrl: String?
    /// Whether emergency calling is `Active` or `Inactive`.
    public let emergencyStatus: String?
    /// The SID of the emergency address (`AD…`).
    public let emergencyAddressSid: String?
    /// The registration state of the emergency address (`registered`, `unregistered`, …).
    public let emergencyAddressStatus: String?
    /// The regulatory bundle (`BU…`) of the number.
    public let bundleSid: String?
    /// The number's state, e.g. `in-use`.
    public let status: String?
    /// The kind of number: `local`, `mobile`, `toll-free`.
    public let type: String?
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes an IncomingPhoneNumber from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "IncomingPhoneNumber")
        sid = try reader.requiredString("sid")
        accountSid = reader.string("account_sid")
        addressSid = reader.string("address_sid")
        addressRequirements = reader.string("address_requirements")
        apiVersion = reader.string("api_version")
        beta = reader.bool("beta")
        capabilities = reader.object("capabilities").map(Capabilities.init(json:)) ?? Capabilities()
        dateCreated = reader.rfc2822Date("date_created")
        dateUpdated = reader.rfc2822Date("date_updated")
        friendlyName = reader.string("friendly_name")
        identitySid = reader.string("identity_sid")
        phoneNumber = reader.string("phone_number")
        origin = reader.string("origin")
        smsApplicationSid = reader.string("sms_application_sid")
        smsFallbackMethod = reader.string("sms_fallback_method")
        smsFallbackUrl = reader.string("sms_fallback_url")
        smsMethod = reader.string("sms_method")
        smsUrl = reader.string("sms_url")
        statusCallback = reader.string("status_callback")
        statusCallbackMethod = reader.string("status_callback_method")
        trunkSid = reader.string("trunk_sid")
        uri = reader.string("uri")
        voiceReceiveMode = reader.string("voice_receive_mode")
        voiceApplicationSid = reader.string("voice_application_sid")
        voiceCallerIdLookup = reader.bool("voice_caller_id_lookup")
        voiceFallbackMethod = reader.string("voice_fallback_method")
        voiceFallbackUrl = reader.string("voice_fallback_url")
        voiceMethod = reader.string("voice_method")
        voiceUrl = reader.string("voice_url")
        emergencyStatus = reader.string("emergency_status")
        emergencyAddressSid = reader.string("emergency_address_sid")
        emergencyAddressStatus = reader.string("emergency_address_status")
        bundleSid = reader.string("bundle_sid")
        status = reader.string("status")
        type = reader.string("type")
        self.json = json
    }
}
