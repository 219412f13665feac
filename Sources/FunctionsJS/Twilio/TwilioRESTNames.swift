/// The renamings between twilio-node's JavaScript names and the REST API's wire names.
enum TwilioRESTNames {
    /// twilio-node's date-range filters, which the API spells with `<` and `>`.
    private static let rangeFilters: [String: String] = [
        "dateSentBefore": "DateSent<", "dateSentAfter": "DateSent>",
        "startTimeBefore": "StartTime<", "startTimeAfter": "StartTime>",
        "endTimeBefore": "EndTime<", "endTimeAfter": "EndTime>",
        "dateCreatedBefore": "DateCreated<", "dateCreatedAfter": "DateCreated>",
    ]

    /// The 2010 API's filters that take a day (`YYYY-MM-DD`) rather than a time.
    private static let dayFilters: Set<String> = [
        "dateSent", "dateSentBefore", "dateSentAfter", "startTime", "startTimeBefore", "startTimeAfter",
        "endTime", "endTimeBefore", "endTimeAfter",
    ]

    /// The wire name of an option: `statusCallback` → `StatusCallback`, `ttl` → `Ttl`,
    /// `dateSentBefore` → `DateSent<`.
    static func parameter(_ name: String) -> String {
        if let renamed = rangeFilters[name] { return renamed }
        guard let first = name.first else { return name }
        return first.uppercased() + name.dropFirst()
    }

    /// Whether a `Date` given for `name` is sent as a day.
    static func takesDay(_ name: String) -> Bool {
        dayFilters.contains(name)
    }

    /// The JavaScript name of a response member: `date_created` → `dateCreated`,
    /// `address_line_1` → `addressLine1`.
    static func property(_ name: String) -> String {
        guard name.contains("_") else { return name }
        var result = ""
        var upperNext = false
        for character in name {
            if character == "_" {
                upperNext = !result.isEmpty
                continue
            }
            if upperNext {
                result += character.uppercased()
                upperNext = false
            } else {
                result.append(character)
            }
        }
        return result
    }
}
