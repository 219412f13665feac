import TwilioWire

/// A Verification (`VE…`): a code sent to `to` over a channel, pending until checked right,
/// canceled, out of attempts, or ten minutes old.
///
/// The code is kept with it (not shown in Twilio's JSON) so a developer can read it: in the
/// console, from `twilio-functions verify codes`, and in the test kit.
struct Verification: StoredResource, Equatable {
    var sid: String
    var serviceSid: String
    var accountSid: String
    var to: String
    var channel: String
    var status: String
    var code: String
    /// Wrong codes checked so far.
    var checkAttempts: Int
    /// When each code was sent: an `attempt_sid`, the channel and the time.
    var sendAttempts: [JSONValue]
    var amount: String?
    var payee: String?
    var dateCreated: Timestamp
    var dateUpdated: Timestamp

    static let kind = "verification"
    /// How long a verification can be checked, in seconds.
    static let lifetime = 600
    /// Wrong checks after which a verification is `max_attempts_reached`.
    static let maximumCheckAttempts = 5
    /// Sends (the first and the resends) a verification may have.
    static let maximumSendAttempts = 5
    /// The channels Verify sends codes over.
    static let channels = ["sms", "call", "email", "whatsapp", "sna"]

    var parentSid: String { serviceSid }
    /// A pending verification is found by its `to`, so a new one to the same address resends it;
    /// once settled, another may take that place.
    var uniqueName: String? { status == "pending" ? to : nil }

    /// The status at `now`: a pending verification older than ten minutes has `expired`.
    func status(at now: Timestamp) -> String {
        status == "pending" && now >= dateCreated.adding(Self.lifetime) ? "expired" : status
    }

    /// Twilio's JSON of the verification at `now`.
    func resource(_ urls: EmulatorBaseURLs, at now: Timestamp) -> JSONValue {
        let status = status(at: now)
        return [
            "sid": .string(sid),
            "service_sid": .string(serviceSid),
            "account_sid": .string(accountSid),
            "to": .string(to),
            "channel": .string(channel),
            "status": .string(status),
            "valid": .bool(status == "approved"),
            "lookup": [:],
            "amount": amount.jsonValue,
            "payee": payee.jsonValue,
            "send_code_attempts": .array(sendAttempts),
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
            "sna": .null,
            "url": .string("\(urls.verify)/v2/Services/\(serviceSid)/Verifications/\(sid)"),
        ]
    }

    /// Twilio's VerificationCheck JSON: the verification as the check left it.
    func checkResource(at now: Timestamp) -> JSONValue {
        let status = status(at: now)
        return [
            "sid": .string(sid),
            "service_sid": .string(serviceSid),
            "account_sid": .string(accountSid),
            "to": .string(to),
            "channel": .string(channel),
            "status": .string(status),
            "valid": .bool(status == "approved"),
            "amount": amount.jsonValue,
            "payee": payee.jsonValue,
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
            "sna_attempts_error_codes": [],
        ]
    }

    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        resource(urls, at: dateUpdated)
    }

    /// The fields kept in the store and in exports, the code and the count of wrong checks with them.
    var stored: JSONObject {
        [
            "sid": .string(sid),
            "service_sid": .string(serviceSid),
            "account_sid": .string(accountSid),
            "to": .string(to),
            "channel": .string(channel),
            "status": .string(status),
            "code": .string(code),
            "check_attempts": .int(checkAttempts),
            "send_code_attempts": .array(sendAttempts),
            "amount": amount.jsonValue,
            "payee": payee.jsonValue,
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
        ]
    }

    init(sid: String, serviceSid: String, accountSid: String, to: String, channel: String, code: String, now: Timestamp) {
        self.sid = sid
        self.serviceSid = serviceSid
        self.accountSid = accountSid
        self.to = to
        self.channel = channel
        self.status = "pending"
        self.code = code
        self.checkAttempts = 0
        self.sendAttempts = []
        self.dateCreated = now
        self.dateUpdated = now
        recordSend(now: now)
    }

    /// Adds a send attempt made at `now`.
    mutating func recordSend(now: Timestamp) {
        sendAttempts.append([
            "attempt_sid": .string(SID.make(SID.verificationAttempt)),
            "channel": .string(channel),
            "time": .string(now.iso8601),
        ])
        dateUpdated = now
    }

    init(stored: StoredObject) throws(ShapeError) {
        sid = try stored.sid("sid", prefix: SID.verification)
        serviceSid = try stored.sid("service_sid", prefix: SID.verifyService)
        accountSid = try stored.string("account_sid")
        to = try stored.string("to")
        channel = try stored.string("channel")
        status = try stored.string("status")
        code = try stored.string("code")
        checkAttempts = try stored.optionalInt("check_attempts") ?? 0
        guard (0...Self.maximumCheckAttempts).contains(checkAttempts) else {
            throw ShapeError(message: "\(stored.field("check_attempts")): expected 0 to \(Self.maximumCheckAttempts), found \(checkAttempts)")
        }
        guard let attempts = stored.object["send_code_attempts"]?.arrayValue else {
            throw ShapeError(message: "\(stored.field("send_code_attempts")): missing; expected an array")
        }
        sendAttempts = attempts
        amount = try stored.optionalString("amount")
        payee = try stored.optionalString("payee")
        dateCreated = try stored.timestamp("date_created")
        dateUpdated = try stored.timestamp("date_updated")
    }
}
