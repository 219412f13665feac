import TwilioWire

/// A Call of the 2010 API (`CA…`): one placed by a Function (`outbound-api`) or one that came in
/// to an account's number (`inbound`), with what its TwiML made it do (``steps``).
struct Call: StoredResource, Equatable {
    var sid: String
    var accountSid: String
    var to: String
    var from: String
    var direction: String
    var status: String
    var phoneNumberSid: String?
    var dateCreated: Timestamp
    var dateUpdated: Timestamp
    var startTime: Timestamp?
    var endTime: Timestamp?
    /// Seconds the call lasted, once it has ended.
    var duration: Int?
    /// What the call did, verb by verb: `[{"verb": "Say", "text": "…"}, …]`.
    var steps: [JSONValue]
    var statusCallback: String?

    static let kind = "call"

    var path: String { "/2010-04-01/Accounts/\(accountSid)/Calls/\(sid)" }

    /// Twilio's JSON, in the order of the spec's example.
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        var subresources = JSONObject()
        for name in ["notifications", "recordings", "payments", "events", "siprec", "streams", "transcriptions"] {
            subresources[name] = .string("\(path)/\(name.prefix(1).uppercased() + name.dropFirst()).json")
        }
        return [
            "account_sid": .string(accountSid),
            "answered_by": .null,
            "api_version": "2010-04-01",
            "caller_name": .null,
            "date_created": .string(dateCreated.rfc2822),
            "date_updated": .string(dateUpdated.rfc2822),
            "direction": .string(direction),
            "duration": duration.map { .string(String($0)) } ?? .null,
            "end_time": endTime.map { .string($0.rfc2822) } ?? .null,
            "forwarded_from": .null,
            "from": .string(from),
            "from_formatted": .string(PhoneNumber(from).nationalFormat ?? from),
            "group_sid": .null,
            "parent_call_sid": .null,
            "phone_number_sid": phoneNumberSid.jsonValue,
            "price": .null,
            "price_unit": "USD",
            "sid": .string(sid),
            "start_time": startTime.map { .string($0.rfc2822) } ?? .null,
            "status": .string(status),
            "subresource_uris": .object(subresources),
            "to": .string(to),
            "to_formatted": .string(PhoneNumber(to).nationalFormat ?? to),
            "trunk_sid": .null,
            "uri": .string("\(path).json"),
            "queue_time": "0",
        ]
    }

    var stored: JSONObject {
        [
            "sid": .string(sid),
            "account_sid": .string(accountSid),
            "to": .string(to),
            "from": .string(from),
            "direction": .string(direction),
            "status": .string(status),
            "phone_number_sid": phoneNumberSid.jsonValue,
            "date_created": .string(dateCreated.iso8601),
            "date_updated": .string(dateUpdated.iso8601),
            "start_time": startTime.map { .string($0.iso8601) } ?? .null,
            "end_time": endTime.map { .string($0.iso8601) } ?? .null,
            "duration": duration.map { .int($0) } ?? .null,
            "steps": .array(steps),
            "status_callback": statusCallback.jsonValue,
        ]
    }

    init(sid: String, accountSid: String, to: String, from: String, direction: String, now: Timestamp) {
        self.sid = sid
        self.accountSid = accountSid
        self.to = to
        self.from = from
        self.direction = direction
        self.status = "queued"
        self.dateCreated = now
        self.dateUpdated = now
        self.steps = []
    }

    init(stored: StoredObject) throws(ShapeError) {
        sid = try stored.sid("sid", prefix: SID.call)
        accountSid = try stored.string("account_sid")
        to = try stored.string("to")
        from = try stored.string("from")
        direction = try stored.string("direction")
        status = try stored.string("status")
        phoneNumberSid = try stored.optionalString("phone_number_sid")
        dateCreated = try stored.timestamp("date_created")
        dateUpdated = try stored.timestamp("date_updated")
        startTime = try stored.optionalTimestamp("start_time")
        endTime = try stored.optionalTimestamp("end_time")
        duration = try stored.optionalInt("duration")
        steps = stored.object["steps"]?.arrayValue ?? []
        statusCallback = try stored.optionalString("status_callback")
    }
}
