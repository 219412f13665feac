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
        let lowered = text.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), !text.contains(" "),
            text.count > (lowered.hasPrefix("https://") ? 8 : 7)
        else {
            throw .invalidParameter(name, "must be an absolute http or https URL, got \"\(Self.excerpt(text))\"")
        }
        return text
    }

    /// The start of a value quoted back in an error message, so a huge value stays readable.
    static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }
}
