import Foundation
import TwilioWire

/// A Call of the 2010 API (`api.v2010.account.call`): an inbound or outbound voice call.
///
/// Only ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received. Durations and prices are strings, as
/// Twilio's JSON has them (`"duration": "15"`, `"price": "-0.03000"`).
///
/// ```swift
/// let call = try await client.calls.create(to: "+15558675310", from: "+15017122661",
///                                          url: "http://demo.twilio.com/docs/voice.xml")
/// call.status   // .queued
/// ```
public struct Call: TwilioResource {
    /// A call's state.
    ///
    /// A struct rather than an enum so a state Twilio adds later is kept as it was received.
    public struct Status: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The wire value, e.g. `in-progress`.
        public let rawValue: String

        /// A status with this wire value.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Waiting to be dialled.
        public static let queued = Status(rawValue: "queued")
        /// Ringing.
        public static let ringing = Status(rawValue: "ringing")
        /// Answered and connected.
        public static let inProgress = Status(rawValue: "in-progress")
        /// Ended normally; an update with this status hangs up a call in progress.
        public static let completed = Status(rawValue: "completed")
        /// The callee was busy.
        public static let busy = Status(rawValue: "busy")
        /// Could not be connected.
        public static let failed = Status(rawValue: "failed")
        /// Not answered.
        public static let noAnswer = Status(rawValue: "no-answer")
        /// Canceled while queued or ringing; an update with this status cancels such a call.
        public static let canceled = Status(rawValue: "canceled")

        /// The wire value.
        public var description: String { rawValue }
    }

    /// The call SID (`CA…`).
    public let sid: String
    /// When it was created.
    public let dateCreated: Date?
    /// When it was last updated.
    public let dateUpdated: Date?
    /// The SID of the call that created this one (a `<Dial>` leg's parent).
    public let parentCallSid: String?
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// The callee: a phone number, SIP address or client identifier.
    public let to: String?
    /// ``to`` formatted for display (`(415) 867-5309`).
    public let toFormatted: String?
    /// The caller.
    public let from: String?
    /// ``from`` formatted for display.
    public let fromFormatted: String?
    /// The SID of the account's phone number involved (`PN…`).
    public let phoneNumberSid: String?
    /// The state.
    public let status: Status?
    /// When it was answered.
    public let startTime: Date?
    /// When it ended.
    public let endTime: Date?
    /// How long it lasted in seconds, as a string (`"15"`).
    public let duration: String?
    /// What the call cost, as a decimal string; `nil` until known.
    public let price: String?
    /// The currency of ``price`` (ISO 4217).
    public let priceUnit: String?
    /// `inbound`, `outbound-api` or `outbound-dial`.
    public let direction: String?
    /// Who answered, with answering machine detection: `human`, `machine_start`, `fax`, `unknown`, …
    public let answeredBy: String?
    /// The API version that handled the call (`2010-04-01`).
    public let apiVersion: String?
    /// The number the call was forwarded from, when the carrier says.
    public let forwardedFrom: String?
    /// The SID of the group the call belongs to (`GP…`).
    public let groupSid: String?
    /// The caller's name, with caller name lookup enabled.
    public let callerName: String?
    /// Milliseconds the call waited in the queue before it was made, as a string.
    public let queueTime: String?
    /// The Elastic SIP trunk the call went through (`TK…`).
    public let trunkSid: String?
    /// The call's path on the API host (`/2010-04-01/Accounts/AC…/Calls/CA….json`).
    public let uri: String?
    /// The paths of its subresources by name: `recordings`, `notifications`, `events`, …
    public let subresourceUris: [String: String]
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a Call from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Call")
        sid = try reader.requiredString("sid")
        dateCreated = reader.rfc2822Date("date_created")
        dateUpdated = reader.rfc2822Date("date_updated")
        parentCallSid = reader.string("parent_call_sid")
        accountSid = reader.string("account_sid")
        to = reader.string("to")
        toFormatted = reader.string("to_formatted")
        from = reader.string("from")
        fromFormatted = reader.string("from_formatted")
        phoneNumberSid = reader.string("phone_number_sid")
        status = reader.string("status").map(Status.init(rawValue:))
        startTime = reader.rfc2822Date("start_time")
        endTime = reader.rfc2822Date("end_time")
        duration = reader.string("duration")
        price = reader.string("price")
        priceUnit = reader.string("price_unit")
        direction = reader.string("direction")
        answeredBy = reader.string("answered_by")
        apiVersion = reader.string("api_version")
        forwardedFrom = reader.string("forwarded_from")
        groupSid = reader.string("group_sid")
        callerName = reader.string("caller_name")
        queueTime = reader.string("queue_time")
        trunkSid = reader.string("trunk_sid")
        uri = reader.string("uri")
        subresourceUris = reader.links("subresource_uris")
        self.json = json
    }
}
