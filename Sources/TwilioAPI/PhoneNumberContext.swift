/// One phone number to look up, as `client.lookups.phoneNumbers(phoneNumber)`.
///
/// The number is one path segment, percent-encoded: `+14155552671` is requested as
/// `/v2/PhoneNumbers/%2B14155552671`, and a national number's spaces and brackets are escaped.
///
/// ```swift
/// let number = try await client.lookups.phoneNumbers("+14155552671").fetch(fields: "line_type_intelligence,sim_swap")
/// if number.valid == false { print(number.validationErrors) }
/// ```
public struct PhoneNumberContext: Sendable {
    let client: TwilioClient
    /// The phone number as given, in E.164 or national format.
    public let phoneNumber: String

    /// Looks the number up: `GET /v2/PhoneNumbers/{PhoneNumber}`.
    ///
    /// Without `fields` only the basic validation (formats, ``PhoneNumberLookup/valid``) is
    /// returned, free of charge. The identity fields (`firstName` … `dateOfBirth`) are only used
    /// by the `identity_match` package, `lastVerifiedDate` by `reassigned_number` and
    /// `verificationSid` by `pre_fill`. Parameters go in the order of Twilio's API description, as
    /// twilio-node sends them.
    /// - Parameters:
    ///   - fields: The data packages, comma-separated: `validation`, `caller_name`, `sim_swap`,
    ///     `call_forwarding`, `line_status`, `line_type_intelligence`, `identity_match`,
    ///     `reassigned_number`, `sms_pumping_risk`, `phone_number_quality_score`, `pre_fill`.
    ///   - countryCode: The ISO country of a number in national format (`US`, `GB`, …).
    ///   - firstName: The user's first name.
    ///   - lastName: The user's last name.
    ///   - addressLine1: The user's first address line.
    ///   - addressLine2: The user's second address line.
    ///   - city: The user's city.
    ///   - state: The user's state, province or other subdivision.
    ///   - postalCode: The user's postal code.
    ///   - addressCountryCode: The user's country (two letters).
    ///   - nationalId: The user's national ID, such as an SSN or passport number.
    ///   - dateOfBirth: The user's date of birth, `YYYYMMDD`.
    ///   - lastVerifiedDate: When consent to reach the number was obtained, or the user was last
    ///     known to have it.
    ///   - verificationSid: The Verify verification (`VE…`) that proved the user has the number.
    ///   - partnerSubId: A sub-account, tenant or sender ID that gives the risk analysis context.
    /// - Returns: What Lookups knows about the number.
    /// - Throws: ``TwilioAPIError``; an invalid number is not an error but a lookup with
    ///   ``PhoneNumberLookup/valid`` `false` and its ``PhoneNumberLookup/validationErrors``.
    public func fetch(
        fields: String? = nil,
        countryCode: String? = nil,
        firstName: String? = nil,
        lastName: String? = nil,
        addressLine1: String? = nil,
        addressLine2: String? = nil,
        city: String? = nil,
        state: String? = nil,
        postalCode: String? = nil,
        addressCountryCode: String? = nil,
        nationalId: String? = nil,
        dateOfBirth: String? = nil,
        lastVerifiedDate: String? = nil,
        verificationSid: String? = nil,
        partnerSubId: String? = nil
    ) async throws -> PhoneNumberLookup {
        var query = TwilioParameters()
        query.add("Fields", fields)
        query.add("CountryCode", countryCode)
        query.add("FirstName", firstName)
        query.add("LastName", lastName)
        query.add("AddressLine1", addressLine1)
        query.add("AddressLine2", addressLine2)
        query.add("City", city)
        query.add("State", state)
        query.add("PostalCode", postalCode)
        query.add("AddressCountryCode", addressCountryCode)
        query.add("NationalId", nationalId)
        query.add("DateOfBirth", dateOfBirth)
        query.add("LastVerifiedDate", lastVerifiedDate)
        query.add("VerificationSid", verificationSid)
        query.add("PartnerSubId", partnerSubId)
        let request = try client.request("GET", .lookups, ["v2", "PhoneNumbers", phoneNumber], query: query.pairs)
        return try await client.resource(request, PhoneNumberLookup.init(json:))
    }
}
