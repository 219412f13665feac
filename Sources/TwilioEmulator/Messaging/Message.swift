import TwilioWire

/// A Message of the 2010 API (`SM…`, `MM…` with media): sent by a Function (`outbound-api`), by a
/// TwiML reply (`outbound-reply`), or received from a phone (`inbound`).
///
/// Besides Twilio's fields it keeps what the emulator needs and shows in its own views: the status
/// callback URL, the media URLs, and the history of statuses and of callbacks made.
struct Message: StoredResource, Equatable {
    var sid: String
    var accountSid: String
    var to: String
    var from: String?
    var messagingServiceSid: String?
    var body: String
    var direction: String
    var status: String
    var errorCode: Int?
    var errorMessage: String?
    var mediaURLs: [String]
    var statusCallback: String?
    var dateCreated: Timestamp
    var dateUpdated: Timestamp
    var dateSent: Timestamp?
    /// Each status the message had, with when: `[{"status": "queued", "at": "…"}]`.
    var history: [JSONValue]
    /// Each status callback made: `[{"status": "sent", "url": "…", "response_status": 200}]`.
    var callbacks: [JSONValue]

    static let kind = "message"

    /// Segments of a body as a phone splits it: 160 GSM-7 characters in one (153 each when
    /// split), or 70 UCS-2 ones (67 each).
    var numSegments: Int {
        let isGSM = body.unicodeScalars.allSatisfy { $0.value < 0x80 && $0 != "`" }
        let count = isGSM ? body.unicodeScalars.count : body.utf16.count
        let (single, part) = isGSM ? (160, 153) : (70, 67)
        guard count > single else { return 1 }
        return (count + part - 1) / part
    }

    /// `/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}`, without `.json`.
    var path: String { "/2010-04-01/Accounts/\(accountSid)/Messages/\(sid)" }

    /// Twilio's JSON, in the order of the spec's examples.
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        [
            "account_sid": .string(accountSid),
            "api_version": "2010-04-01",
            "body": .string(body),
            "date_created": .string(dateCreated.rfc2822),
            "date_sent": dateSent.map { .string($0.rfc2822) } ?? .null,
            "date_updated": .string(dateUpdated.rfc2822),
            "direction": .string(direction),
            "error_code": errorCode.map { .int($0) } ?? .null,
            "error_message": errorMessage.jsonValue,
            "from": from.jsonValue,
            "num_media": .string(String(mediaURLs.count)),
            "num_segments": .string(String(numSegments)),
            "price": .null,
            "price_unit": "USD",
            "messaging_service_sid": messagingServiceSid.jsonValue,
            "sid": .string(sid),
            "status": .string(status),
            "subresource_uris": ["media": .string("\(path)/Media.json"), "feedback": .string("\(path)/Feedback.json")],
            "to": .string(to),
            "uri": .string("\(path).json"),
        ]
    }

    var stored: JSONObject {
        [
            "sid": .string(sid),
            "account_sid": .string(accountSid),
            "to": .string(to),
            "from": from.jsonValue,
            "messaging_service_sid": messagingServiceSid.jsonValue,
            "body": .string(body),
            "direction": .string(direction),
            "status": .string(status),
            "error_code": errorCode.map { .int($0) } ?? .null,
            "error_message": errorMessage.jsonValue,
            "media_urls": .array(mediaURLs.map { .string($0) }),
            "status_callback": statusCallback.jsonValue,
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
            "date_sent": dateSent.map { .string($0.iso8601) } ?? .null,
            "history": .array(history),
            "callbacks": .array(callbacks),
        ]
    }

    init(
        sid: String, accountSid: String, to: String, from: String?, body: String, direction: String, status: String,
        mediaURLs: [String] = [], statusCallback: String? = nil, now: Timestamp
    ) {
        self.sid = sid
        self.accountSid = accountSid
        self.to = to
        self.from = from
        self.body = body
        self.direction = direction
        self.status = status
        self.mediaURLs = mediaURLs
        self.statusCallback = statusCallback
        self.dateCreated = now
        self.dateUpdated = now
        self.dateSent = direction == "inbound" ? now : nil
        self.history = [["status": .string(status), "at": .string(now.iso8601)]]
        self.callbacks = []
    }

    /// Moves to `status` at `now`, recording it in the history.
    mutating func move(to status: String, at now: Timestamp, error: (code: Int, message: String)? = nil) {
        self.status = status
        dateUpdated = now
        if status == "sent" || status == "delivered" || status == "undelivered", dateSent == nil { dateSent = now }
        if let error {
            errorCode = error.code
            errorMessage = error.message
        }
        history.append(["status": .string(status), "at": .string(now.iso8601)])
    }

    init(stored: StoredObject) throws(ShapeError) {
        sid = try stored.string("sid")
        guard SID.isValid(sid, prefix: "SM") || SID.isValid(sid, prefix: "MM") else {
            throw ShapeError(message: "\(stored.field("sid")): expected SM or MM followed by 32 hex digits, found \"\(sid)\"")
        }
        accountSid = try stored.string("account_sid")
        to = try stored.string("to")
        from = try stored.optionalString("from")
        messagingServiceSid = try stored.optionalString("messaging_service_sid")
        body = try stored.optionalString("body") ?? ""
        direction = try stored.string("direction")
        status = try stored.string("status")
        errorCode = try stored.optionalInt("error_code")
        errorMessage = try stored.optionalString("error_message")
        mediaURLs = (stored.object["media_urls"]?.arrayValue ?? []).compactMap(\.stringValue)
        statusCallback = try stored.optionalString("status_callback")
        dateCreated = try stored.timestamp("date_created")
        dateUpdated = try stored.timestamp("date_updated")
        dateSent = try stored.optionalTimestamp("date_sent")
        history = stored.object["history"]?.arrayValue ?? []
        callbacks = stored.object["callbacks"]?.arrayValue ?? []
    }
}
