import TwilioWire

/// What Lookups v2 knows about a phone number (`LookupResponse`): its formats and validity, and
/// one object per data package asked for in `Fields`.
///
/// Every field is optional (`nil` when Twilio sends `null` or leaves it out), since Lookups has no
/// SID; ``json`` keeps the whole resource as received. A data package not asked for is `null`, so
/// its property is `nil`.
///
/// ```swift
/// let number = try await client.lookups.phoneNumbers("+14159929960").fetch(fields: "caller_name")
/// number.nationalFormat                                   // "(415) 992-9960"
/// number.callerName?["caller_name"]?.stringValue          // "Sergio Suarez"
/// ```
public struct PhoneNumberLookup: TwilioResource {
    /// The international dialling prefix (`1`, `44`, …).
    public let callingCountryCode: String?
    /// The ISO 3166-1 alpha-2 country (`US`, `GB`, …).
    public let countryCode: String?
    /// The number in E.164 (`+14159929960`).
    public let phoneNumber: String?
    /// The number in national format (`(415) 992-9960`).
    public let nationalFormat: String?
    /// Whether the number is in a range a carrier may assign.
    public let valid: Bool?
    /// Why the number is invalid: `TOO_SHORT`, `TOO_LONG`, `INVALID_BUT_POSSIBLE`,
    /// `INVALID_COUNTRY_CODE`, `INVALID_LENGTH`, `NOT_A_NUMBER`; empty when it is valid (or `null`).
    public let validationErrors: [String]
    /// The `caller_name` package: `caller_name`, `caller_type`, `error_code`.
    public let callerName: JSONObject?
    /// The `sim_swap` package: `last_sim_swap`, `carrier_name`, `mobile_country_code`, … .
    public let simSwap: JSONObject?
    /// The `call_forwarding` package: `call_forwarding_enabled`, `error_code`.
    public let callForwarding: JSONObject?
    /// The `line_status` package: `status` (`active`, `inactive`, …), `error_code`.
    public let lineStatus: JSONObject?
    /// The `line_type_intelligence` package: `type` (`mobile`, `landline`, `nonFixedVoip`, …),
    /// `carrier_name`, `mobile_country_code`, `mobile_network_code`, `error_code`.
    public let lineTypeIntelligence: JSONObject?
    /// The `identity_match` package: one `…_match` per field given, `summary_score`, `error_code`.
    public let identityMatch: JSONObject?
    /// The `reassigned_number` package: `last_verified_date`, `is_number_reassigned`, `error_code`.
    public let reassignedNumber: JSONObject?
    /// The `sms_pumping_risk` package: `sms_pumping_risk_score`, `carrier_risk_category`, … .
    public let smsPumpingRisk: JSONObject?
    /// The `phone_number_quality_score` package: `quality_score`, `quality_category`, … .
    public let phoneNumberQualityScore: JSONObject?
    /// The `pre_fill` package: `first_name`, `last_name`, `address_line`, … .
    public let preFill: JSONObject?
    /// The lookup's absolute URL.
    public let url: String?
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a phone number lookup from Twilio's JSON.
    ///
    /// Nothing is required, so this never throws; it is `throws` like every resource's decoder.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Phone Number lookup")
        callingCountryCode = reader.string("calling_country_code")
        countryCode = reader.string("country_code")
        phoneNumber = reader.string("phone_number")
        nationalFormat = reader.string("national_format")
        valid = reader.bool("valid")
        validationErrors = reader.strings("validation_errors")
        callerName = reader.object("caller_name")
        simSwap = reader.object("sim_swap")
        callForwarding = reader.object("call_forwarding")
        lineStatus = reader.object("line_status")
        lineTypeIntelligence = reader.object("line_type_intelligence")
        identityMatch = reader.object("identity_match")
        reassignedNumber = reader.object("reassigned_number")
        smsPumpingRisk = reader.object("sms_pumping_risk")
        phoneNumberQualityScore = reader.object("phone_number_quality_score")
        preFill = reader.object("pre_fill")
        url = reader.string("url")
        self.json = json
    }
}
