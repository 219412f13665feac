import TwilioWire

/// A Verify Service (`VA…`): the settings verifications are sent with, the length of their codes
/// first of all.
struct VerifyService: StoredResource, Equatable {
    var sid: String
    var accountSid: String
    var friendlyName: String
    var codeLength: Int
    var flags: [String: Bool]
    var ttsName: String?
    var defaultTemplateSid: String?
    var dateCreated: Timestamp
    var dateUpdated: Timestamp

    static let kind = "verifyService"
    /// The code lengths Verify accepts.
    static let codeLengths = 4...10
    /// Twilio's limit on `FriendlyName`, in characters.
    static let maximumFriendlyNameLength = 32

    /// The Boolean settings: each form parameter and the JSON field it sets, in Twilio's order.
    static let flagParameters: [(parameter: String, field: String)] = [
        ("LookupEnabled", "lookup_enabled"), ("Psd2Enabled", "psd2_enabled"), ("SkipSmsToLandlines", "skip_sms_to_landlines"),
        ("DtmfInputRequired", "dtmf_input_required"), ("DoNotShareWarningEnabled", "do_not_share_warning_enabled"),
        ("CustomCodeEnabled", "custom_code_enabled"), ("VerifyEventSubscriptionEnabled", "verify_event_subscription_enabled"),
    ]

    /// Whether `CustomCode` may set a verification's code.
    var customCodeEnabled: Bool { flags["custom_code_enabled"] ?? false }

    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        let url = "\(urls.verify)/v2/Services/\(sid)"
        var links = JSONObject()
        for (name, path) in [
            ("verification_checks", "VerificationCheck"), ("verifications", "Verifications"), ("rate_limits", "RateLimits"),
            ("messaging_configurations", "MessagingConfigurations"), ("entities", "Entities"), ("webhooks", "Webhooks"),
            ("access_tokens", "AccessTokens"),
        ] {
            links[name] = .string("\(url)/\(path)")
        }
        var fields: JSONObject = [
            "sid": .string(sid),
            "account_sid": .string(accountSid),
            "friendly_name": .string(friendlyName),
            "code_length": .int(codeLength),
        ]
        for (_, field) in Self.flagParameters.prefix(4) { fields[field] = .bool(flags[field] ?? false) }
        fields["tts_name"] = ttsName.jsonValue
        for (_, field) in Self.flagParameters.dropFirst(4).prefix(2) { fields[field] = .bool(flags[field] ?? false) }
        fields["push"] = ["include_date": false, "apn_credential_sid": .null, "fcm_credential_sid": .null]
        fields["totp"] = ["issuer": .string(friendlyName), "time_step": 30, "code_length": 6, "skew": 1]
        fields["default_template_sid"] = defaultTemplateSid.jsonValue
        fields["whatsapp"] = ["msg_service_sid": .null, "from": .null]
        fields["passkeys"] = .null
        fields["verify_event_subscription_enabled"] = .bool(flags["verify_event_subscription_enabled"] ?? false)
        fields["date_created"] = .string(dateCreated.iso8601)
        fields["date_updated"] = .string(dateUpdated.iso8601)
        fields["url"] = .string(url)
        fields["links"] = .object(links)
        return .object(fields)
    }

    /// The fields kept in the store and in exports.
    var stored: JSONObject {
        var fields: JSONObject = [
            "sid": .string(sid),
            "account_sid": .string(accountSid),
            "friendly_name": .string(friendlyName),
            "code_length": .int(codeLength),
        ]
        for (_, field) in Self.flagParameters { fields[field] = .bool(flags[field] ?? false) }
        fields["tts_name"] = ttsName.jsonValue
        fields["default_template_sid"] = defaultTemplateSid.jsonValue
        fields["date_created"] = .string(dateCreated.iso8601)
        fields["date_updated"] = .string(dateUpdated.iso8601)
        return fields
    }

    init(sid: String, accountSid: String, friendlyName: String, now: Timestamp) {
        self.sid = sid
        self.accountSid = accountSid
        self.friendlyName = friendlyName
        self.codeLength = 6
        self.flags = [:]
        self.dateCreated = now
        self.dateUpdated = now
    }

    init(stored: StoredObject) throws(ShapeError) {
        sid = try stored.sid("sid", prefix: SID.verifyService)
        accountSid = try stored.string("account_sid")
        friendlyName = try stored.string("friendly_name")
        codeLength = try stored.optionalInt("code_length") ?? 6
        guard Self.codeLengths.contains(codeLength) else {
            throw ShapeError(message: "\(stored.field("code_length")): expected 4 to 10, found \(codeLength)")
        }
        flags = [:]
        for (_, field) in Self.flagParameters { flags[field] = try stored.optionalBool(field) ?? false }
        ttsName = try stored.optionalString("tts_name")
        defaultTemplateSid = try stored.optionalString("default_template_sid")
        dateCreated = try stored.timestamp("date_created")
        dateUpdated = try stored.timestamp("date_updated")
    }

    /// Applies the parameters of a create or update request, checking each.
    /// - Throws: 400 (60200) naming the parameter at fault; the service is then unchanged.
    mutating func apply(_ parameters: RequestParameters) throws(EmulatorError) {
        var changed = self
        if let name = parameters["FriendlyName"] {
            guard !name.isEmpty, name.count <= Self.maximumFriendlyNameLength else {
                throw .verifyParameter("FriendlyName", "must be 1 to \(Self.maximumFriendlyNameLength) characters, got \(name.count)")
            }
            changed.friendlyName = name
        }
        if let text = parameters["CodeLength"] {
            guard let length = Int(text), Self.codeLengths.contains(length) else {
                throw .verifyParameter("CodeLength", "must be a whole number from 4 to 10, got \"\(RequestParameters.excerpt(text))\"")
            }
            changed.codeLength = length
        }
        for (parameter, field) in Self.flagParameters {
            do {
                if let value = try parameters.boolean(parameter) { changed.flags[field] = value }
            } catch {
                throw .verifyParameter(parameter, "must be true or false, got \"\(RequestParameters.excerpt(parameters[parameter] ?? ""))\"")
            }
        }
        if let name = parameters["TtsName"] { changed.ttsName = name }
        if let sid = parameters["DefaultTemplateSid"] {
            guard SID.isValid(sid, prefix: "HJ") else {
                throw .verifyParameter("DefaultTemplateSid", "must be a template SID, HJ and 32 hex digits, got \"\(RequestParameters.excerpt(sid))\"")
            }
            changed.defaultTemplateSid = sid
        }
        self = changed
    }
}
