import Foundation
import TwilioWire

extension TwilioEmulator {
    /// The data packages `Fields` may name. The emulator has none of their data (caller names,
    /// SIM swaps, carriers…), so each is answered `null`, as Twilio answers a package it has
    /// nothing for.
    static let lookupFields = [
        "validation", "caller_name", "sim_swap", "call_forwarding", "line_status", "line_type_intelligence", "identity_match",
        "reassigned_number", "sms_pumping_risk", "phone_number_quality_score", "pre_fill",
    ]

    /// `GET /v2/PhoneNumbers/{PhoneNumber}`: `CountryCode` places a national number (US by
    /// default); `Fields` is a comma-separated list of ``lookupFields``. The answer is computed
    /// from the number and the plans of ``PhoneNumberCountry``: `valid`, `validation_errors`,
    /// the country and the national format.
    func lookUpPhoneNumber(_ input: String, _ parameters: RequestParameters) throws(EmulatorError) -> EmulatorResponse {
        if let fields = parameters["Fields"] {
            for field in fields.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard Self.lookupFields.contains(field) else {
                    throw .invalidParameter(
                        "Fields", "\"\(RequestParameters.excerpt(field))\" is not a data package; use \(Self.lookupFields.joined(separator: ", "))"
                    )
                }
            }
        }
        var countryCode: String?
        if let code = parameters["CountryCode"] {
            guard code.utf8.count == 2, code.utf8.allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) else {
                throw .invalidParameter("CountryCode", "must be an ISO 3166 country code of two letters, got \"\(RequestParameters.excerpt(code))\"")
            }
            countryCode = code.uppercased()
        }
        let number = PhoneNumber(input, countryCode: countryCode)
        let valid = number.isValid
        let shown = number.e164 ?? input
        var body: JSONObject = [
            "calling_country_code": valid ? number.callingCode.jsonValue : .null,
            "country_code": valid ? number.country.jsonValue : .null,
            "phone_number": .string(shown),
            "national_format": number.nationalFormat.jsonValue,
            "valid": .bool(valid),
            "validation_errors": valid ? .null : .array(number.problems.map { .string($0.rawValue) }),
        ]
        // Every data package but `validation` (whose fields are the ones above) is null offline.
        for field in Self.lookupFields.dropFirst() { body[field] = .null }
        body["url"] = .string("\(publicBaseURLs.lookups)/v2/PhoneNumbers/\(PercentEncoding.encode(shown))")
        return .json(.object(body))
    }
}
