import TwilioWire

/// A phone number of the account (`PN…`): where Twilio sends the webhooks of messages and calls
/// that come in to it. An `SmsUrl` or `VoiceUrl` may be a path (`/forward-message`), which the
/// emulator sends to the Functions server it runs beside.
struct IncomingPhoneNumber: StoredResource, Equatable {
    var sid: String
    var accountSid: String
    var phoneNumber: String
    var friendlyName: String
    /// The settable URL and method fields, by their JSON names (`sms_url`, `voice_method`, …).
    var settings: [String: String]
    var voiceCallerIdLookup: Bool
    var dateCreated: Timestamp
    var dateUpdated: Timestamp

    static let kind = "incomingPhoneNumber"
    var uniqueName: String? { phoneNumber }

    /// The settable string fields: form parameter, JSON field, and whether it is a method.
    static let settableFields: [(parameter: String, field: String, isMethod: Bool)] = [
        ("SmsUrl", "sms_url", false), ("SmsMethod", "sms_method", true), ("SmsFallbackUrl", "sms_fallback_url", false),
        ("SmsFallbackMethod", "sms_fallback_method", true), ("VoiceUrl", "voice_url", false), ("VoiceMethod", "voice_method", true),
        ("VoiceFallbackUrl", "voice_fallback_url", false), ("VoiceFallbackMethod", "voice_fallback_method", true),
        ("StatusCallback", "status_callback", false), ("StatusCallbackMethod", "status_callback_method", true),
    ]

    var smsURL: String? { settings["sms_url"].flatMap { $0.isEmpty ? nil : $0 } }
    var voiceURL: String? { settings["voice_url"].flatMap { $0.isEmpty ? nil : $0 } }
    var smsMethod: String { settings["sms_method"] ?? "POST" }
    var voiceMethod: String { settings["voice_method"] ?? "POST" }

    var path: String { "/2010-04-01/Accounts/\(accountSid)/IncomingPhoneNumbers/\(sid)" }

    /// Twilio's JSON, in the order of the spec's example; a path URL is shown on `functionsBase`.
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        func setting(_ field: String) -> JSONValue {
            // Twilio answers an unset voice URL null, and the other unset URLs "".
            guard let value = settings[field], !(value.isEmpty && field.hasPrefix("voice_")) else {
                return field.hasSuffix("_method") ? "POST" : field.hasPrefix("voice_") ? .null : ""
            }
            return .string(value.hasPrefix("/") ? urls.functions + value : value)
        }
        return [
            "account_sid": .string(accountSid),
            "address_requirements": "none",
            "address_sid": .null,
            "api_version": "2010-04-01",
            "beta": false,
            "capabilities": ["voice": true, "sms": true, "mms": true, "fax": false],
            "date_created": .string(dateCreated.rfc2822),
            "date_updated": .string(dateUpdated.rfc2822),
            "emergency_status": "Inactive",
            "emergency_address_sid": .null,
            "emergency_address_status": "unregistered",
            "friendly_name": .string(friendlyName),
            "identity_sid": .null,
            "origin": "twilio",
            "phone_number": .string(phoneNumber),
            "sid": .string(sid),
            "sms_application_sid": "",
            "sms_fallback_method": setting("sms_fallback_method"),
            "sms_fallback_url": setting("sms_fallback_url"),
            "sms_method": setting("sms_method"),
            "sms_url": setting("sms_url"),
            "status_callback": setting("status_callback"),
            "status_callback_method": setting("status_callback_method"),
            "trunk_sid": .null,
            "uri": .string("\(path).json"),
            "voice_application_sid": "",
            "voice_caller_id_lookup": .bool(voiceCallerIdLookup),
            "voice_fallback_method": setting("voice_fallback_method"),
            "voice_fallback_url": setting("voice_fallback_url"),
            "voice_method": setting("voice_method"),
            "voice_url": setting("voice_url"),
            "voice_receive_mode": "voice",
            "status": "in-use",
            "bundle_sid": .null,
            "type": "local",
        ]
    }

    var stored: JSONObject {
        var fields: JSONObject = [
            "sid": .string(sid),
            "account_sid": .string(accountSid),
            "phone_number": .string(phoneNumber),
            "friendly_name": .string(friendlyName),
        ]
        for (_, field, _) in Self.settableFields { fields[field] = settings[field].jsonValue }
        fields["voice_caller_id_lookup"] = .bool(voiceCallerIdLookup)
        fields["date_created"] = .string(dateCreated.iso8601)
        fields["date_updated"] = .string(dateUpdated.iso8601)
        return fields
    }

    init(sid: String, accountSid: String, phoneNumber: String, friendlyName: String, now: Timestamp) {
        self.sid = sid
        self.accountSid = accountSid
        self.phoneNumber = phoneNumber
        self.friendlyName = friendlyName
        self.settings = [:]
        self.voiceCallerIdLookup = false
        self.dateCreated = now
        self.dateUpdated = now
    }

    init(stored: StoredObject) throws(ShapeError) {
        sid = try stored.sid("sid", prefix: SID.incomingPhoneNumber)
        accountSid = try stored.string("account_sid")
        phoneNumber = try stored.string("phone_number")
        friendlyName = try stored.string("friendly_name")
        settings = [:]
        for (_, field, _) in Self.settableFields { settings[field] = try stored.optionalString(field) }
        voiceCallerIdLookup = try stored.optionalBool("voice_caller_id_lookup") ?? false
        dateCreated = try stored.timestamp("date_created")
        dateUpdated = try stored.timestamp("date_updated")
    }

    /// Applies the settable parameters of a create or update, checking each.
    /// - Throws: 400 naming the parameter at fault; the number is then unchanged.
    mutating func apply(_ parameters: RequestParameters) throws(EmulatorError) {
        var changed = self
        if let name = parameters["FriendlyName"] {
            guard name.count <= 64 else { throw .invalidParameter("FriendlyName", "must be at most 64 characters") }
            changed.friendlyName = name
        }
        for (parameter, field, isMethod) in Self.settableFields {
            guard let value = parameters[parameter] else { continue }
            if isMethod {
                guard let method = try parameters.choice(parameter, from: ["GET", "POST"]) else { continue }
                changed.settings[field] = method
            } else {
                // Empty clears it; a path names a Function of the server the emulator runs beside.
                changed.settings[field] = value.isEmpty ? value : try parameters.webhookURL(parameter)
            }
        }
        if let lookup = try parameters.boolean("VoiceCallerIdLookup") { changed.voiceCallerIdLookup = lookup }
        self = changed
    }
}
