extension RequestParameters {
    /// The integer parameter `name`, checked against `range`; `nil` when not sent.
    /// - Throws: 400 naming `name` when the value is not a whole number in `range`.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(EmulatorError) -> Int? {
        guard let text = self[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .invalidParameter(
                name,
                "must be a whole number from \(range.lowerBound) to \(range.upperBound), got \"\(Self.excerpt(text))\""
            )
        }
        return value
    }

    /// The Boolean parameter `name` (`true` or `false`, any case, as Twilio's libraries send);
    /// `nil` when not sent.
    /// - Throws: 400 naming `name` for any other value.
    func boolean(_ name: String) throws(EmulatorError) -> Bool? {
        guard let text = self[name] else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default: throw .invalidParameter(name, "must be true or false, got \"\(Self.excerpt(text))\"")
        }
    }

    /// The parameter `name`, which must be one of `choices` (compared case-insensitively and
    /// returned as spelled in `choices`); `nil` when not sent.
    /// - Throws: 400 naming `name` and the allowed values.
    func choice(_ name: String, from choices: [String]) throws(EmulatorError) -> String? {
        guard let text = self[name] else { return nil }
        guard let match = choices.first(where: { $0.lowercased() == text.lowercased() }) else {
            throw .invalidParameter(
                name,
                "must be one of \(choices.joined(separator: ", ")), got \"\(Self.excerpt(text))\""
            )
        }
        return match
    }

    /// The parameter `name`, which must be an absolute `http` or `https` URL; `nil` when not sent.
    /// - Throws: 400 naming `name`.
    func callbackURL(_ name: String) throws(EmulatorError) -> String? {
        guard let text = self[name] else { return nil }
        guard Self.isHTTPURL(text) else {
            throw .invalidParameter(name, "must be an absolute http or https URL, got \"\(Self.excerpt(text))\"")
        }
        return text
    }

    /// The parameter `name` as a webhook URL: a path of the Functions server the emulator runs
    /// beside (`/sms`), or an absolute `http` or `https` URL; `nil` when not sent.
    /// - Throws: 400 with `code` (20001 unless Twilio has its own) naming `name`.
    func webhookURL(_ name: String, code: Int = 20001) throws(EmulatorError) -> String? {
        guard let text = self[name] else { return nil }
        guard text.hasPrefix("/") || Self.isHTTPURL(text) else {
            throw EmulatorError(
                status: 400, code: code,
                message: "Invalid \(name): must be a path of the Functions server (/sms) or an absolute http or https URL, got \"\(Self.excerpt(text))\""
            )
        }
        return text
    }

    /// Whether `text` is an absolute `http` or `https` URL with something after the scheme.
    static func isHTTPURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return (lowered.hasPrefix("http://") && text.count > 7 || lowered.hasPrefix("https://") && text.count > 8) && !text.contains(" ")
    }

    /// The start of a value quoted back in an error message, so a huge value stays readable.
    static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }
}
