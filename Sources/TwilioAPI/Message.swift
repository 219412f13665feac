import Foundation
import TwilioWire

/// A Message of the 2010 API (`api.v2010.account.message`): an SMS, MMS or channel message sent or
/// received by the account.
///
/// Only ``sid`` is required; every other field is `nil` when Twilio sends `null` or leaves it
/// out, and ``json`` keeps the whole resource as received. Counts and prices are strings, as
/// Twilio's JSON has them (`"num_segments": "1"`, `"price": "-0.00750"`).
///
/// ```swift
/// let message = try await client.messages.create(to: "+15558675310", from: "+15017122661", body: "Hi")
/// message.status   // .queued
/// ```
public struct Message: TwilioResource {
    /// A message's delivery status.
    ///
    /// A struct rather than an enum so a status Twilio adds later is kept as it was received.
    public struct Status: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The wire value, e.g. `delivered`.
        public let rawValue: String

        /// A status with this wire value.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Queued for sending.
        public static let queued = Status(rawValue: "queued")
        /// Being sent to the carrier.
        public static let sending = Status(rawValue: "sending")
        /// Accepted by the carrier.
        public static let sent = Status(rawValue: "sent")
        /// Could not be sent; see ``Message/errorCode``.
        public static let failed = Status(rawValue: "failed")
        /// Delivered to the handset (when the carrier confirms it).
        public static let delivered = Status(rawValue: "delivered")
        /// The carrier could not deliver it.
        public static let undelivered = Status(rawValue: "undelivered")
        /// An inbound message being received.
        public static let receiving = Status(rawValue: "receiving")
        /// An inbound message, received.
        public static let received = Status(rawValue: "received")
        /// Accepted by a Messaging Service, before a sender is chosen.
        public static let accepted = Status(rawValue: "accepted")
        /// Scheduled to be sent at `SendAt`.
        public static let scheduled = Status(rawValue: "scheduled")
        /// Read by the recipient (WhatsApp and other channels).
        public static let read = Status(rawValue: "read")
        /// Some parts of a multi-part message were delivered.
        public static let partiallyDelivered = Status(rawValue: "partially_delivered")
        /// Canceled; the only status an update may set (on a scheduled message).
        public static let canceled = Status(rawValue: "canceled")

        /// The wire value.
        public var description: String { rawValue }
    }

    /// Which way a message went.
    public struct Direction: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The wire value, e.g. `outbound-api`.
        public let rawValue: String

        /// A direction with this wire value.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Received by the account.
        public static let inbound = Direction(rawValue: "inbound")
        /// Sent through the REST API.
        public static let outboundAPI = Direction(rawValue: "outbound-api")
        /// Sent by `<Message>` during a call.
        public static let outboundCall = Direction(rawValue: "outbound-call")
        /// Sent by `<Message>` in reply to an incoming message.
        public static let outboundReply = Direction(rawValue: "outbound-reply")

        /// The wire value.
        public var description: String { rawValue }
    }

    /// The message SID (`SM…` or `MM…`).
    public let sid: String
    /// The text; empty once redacted.
    public let body: String?
    /// How many segments the body was split into, as a string (`"1"`).
    public let numSegments: String?
    /// Which way the message went.
    public let direction: Direction?
    /// The sender: a phone number, alphanumeric sender ID or channel address.
    public let from: String?
    /// The recipient.
    public let to: String?
    /// When the message was last updated.
    public let dateUpdated: Date?
    /// What the message cost, as a decimal string (`"-0.00750"`); `nil` until known.
    public let price: String?
    /// The description of ``errorCode``.
    public let errorMessage: String?
    /// The message's path on the API host (`/2010-04-01/Accounts/AC…/Messages/SM….json`).
    public let uri: String?
    /// The account SID (`AC…`).
    public let accountSid: String?
    /// How many media files the message carries, as a string (`"0"`).
    public let numMedia: String?
    /// The delivery status.
    public let status: Status?
    /// The Messaging Service SID (`MG…`) it was sent through.
    public let messagingServiceSid: String?
    /// When it was sent (or received).
    public let dateSent: Date?
    /// When it was created.
    public let dateCreated: Date?
    /// Twilio's error code when sending failed (`30004`, …).
    public let errorCode: Int?
    /// The currency of ``price`` (ISO 4217, e.g. `USD`).
    public let priceUnit: String?
    /// The API version that handled the message (`2010-04-01`).
    public let apiVersion: String?
    /// The paths of its subresources by name: `media`, `feedback`.
    public let subresourceUris: [String: String]
    /// The resource exactly as received.
    public let json: JSONObject

    /// Decodes a Message from Twilio's JSON.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/malformedResponse`` when `sid` is
    ///   missing or not a string.
    public init(json: JSONObject) throws {
        let reader = ResourceReader(json, resource: "Message")
        sid = try reader.requiredString("sid")
        body = reader.string("body")
        numSegments = reader.string("num_segments")
        direction = reader.string("direction").map(Direction.init(rawValue:))
        from = reader.string("from")
        to = reader.string("to")
        dateUpdated = reader.rfc2822Date("date_updated")
        price = reader.string("price")
        errorMessage = reader.string("error_message")
        uri = reader.string("uri")
        accountSid = reader.string("account_sid")
        numMedia = reader.string("num_media")
        status = reader.string("status").map(Status.init(rawValue:))
        messagingServiceSid = reader.string("messaging_service_sid")
        dateSent = reader.rfc2822Date("date_sent")
        dateCreated = reader.rfc2822Date("date_created")
        errorCode = reader.int("error_code")
        priceUnit = reader.string("price_unit")
        apiVersion = reader.string("api_version")
        subresourceUris = reader.links("subresource_uris")
        self.json = json
    }
}
