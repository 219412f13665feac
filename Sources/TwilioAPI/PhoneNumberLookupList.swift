/// The phone numbers Lookups v2 answers for, as `client.lookups.phoneNumbers` (twilio-node's
/// `client.lookups.v2.phoneNumbers`).
///
/// ```swift
/// let number = try await client.lookups.phoneNumbers("+14155552671").fetch()
/// let national = try await client.lookups.phoneNumbers("(415) 555-2671").fetch(countryCode: "US")
/// ```
public struct PhoneNumberLookupList: Sendable {
    let client: TwilioClient

    /// The phone number to look up, in E.164 (`+14155552671`) or national format (then give
    /// `countryCode` to `fetch`).
    public func callAsFunction(_ phoneNumber: String) -> PhoneNumberContext {
        PhoneNumberContext(client: client, phoneNumber: phoneNumber)
    }
}
