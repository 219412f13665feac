/// The numbering plans the emulator knows, so it can tell a valid number from an invalid one and
/// write its national format: the US and Canada (+1), the United Kingdom (+44), Germany (+49),
/// France (+33), Japan (+81), India (+91), Brazil (+55) and Australia (+61).
///
/// The rules are the length of the national significant number (what follows the calling code)
/// and the digits it may start with; they are the plans' main ranges, not every special number.
struct PhoneNumberCountry: Sendable {
    /// ISO 3166 alpha-2, e.g. `GB`.
    let isoCode: String
    /// The calling code without `+`, e.g. `44`.
    let callingCode: String
    /// The lengths a national significant number may have.
    let lengths: ClosedRange<Int>
    /// Whether a national significant number of a possible length is in an assignable range.
    let assignable: @Sendable ([UInt8]) -> Bool
    /// The national format of a valid national significant number, e.g. `(415) 555-2671`.
    let nationalFormat: @Sendable (String) -> String

    /// The countries by calling code; `1` is the US (Canada is told by its area codes).
    static let byCallingCode: [String: PhoneNumberCountry] = Dictionary(
        uniqueKeysWithValues: [northAmerica, unitedKingdom, germany, france, japan, india, brazil, australia].map { ($0.callingCode, $0) }
    )

    /// The countries by ISO code, for `CountryCode` with a national number.
    static let byISOCode: [String: PhoneNumberCountry] = {
        var countries = Dictionary(uniqueKeysWithValues: byCallingCode.values.map { ($0.isoCode, $0) })
        countries["CA"] = northAmerica
        return countries
    }()

    /// Area codes of Canada within the North American plan.
    static let canadianAreaCodes: Set<String> = [
        "204", "226", "236", "249", "250", "263", "289", "306", "343", "354", "365", "367", "368", "382", "403", "416",
        "418", "428", "431", "437", "438", "450", "468", "474", "506", "514", "519", "548", "579", "581", "584", "587",
        "600", "604", "613", "639", "647", "672", "683", "705", "709", "742", "753", "778", "780", "782", "807", "819",
        "825", "867", "873", "879", "902", "905",
    ]

    static let northAmerica = PhoneNumberCountry(
        isoCode: "US", callingCode: "1", lengths: 10...10,
        // NXX-NXX-XXXX: neither the area code nor the exchange starts with 0 or 1.
        assignable: { digits in digits[0] >= 2 && digits[3] >= 2 },
        nationalFormat: { nsn in "(\(nsn.prefix(3))) \(nsn.dropFirst(3).prefix(3))-\(nsn.suffix(4))" }
    )

    static let unitedKingdom = PhoneNumberCountry(
        isoCode: "GB", callingCode: "44", lengths: 10...10,
        assignable: { digits in [1, 2, 3, 7, 8, 9].contains(digits[0]) },
        nationalFormat: { nsn in
            switch nsn.first {
            case "2": "0\(nsn.prefix(2)) \(nsn.dropFirst(2).prefix(4)) \(nsn.suffix(4))"
            default: "0\(nsn.prefix(4)) \(nsn.suffix(6))"
            }
        }
    )

    static let germany = PhoneNumberCountry(
        isoCode: "DE", callingCode: "49", lengths: 7...11,
        // Mobile numbers (15x, 16x, 17x) have 10 or 11 digits.
        assignable: { digits in
            digits[0] != 0 && (digits[0] != 1 || !(5...7).contains(digits[1]) || digits.count >= 10)
        },
        nationalFormat: { nsn in
            let area = nsn.first == "1" ? 4 : (["30", "40", "69", "89"].contains(String(nsn.prefix(2))) ? 2 : 3)
            return "0\(nsn.prefix(area)) \(nsn.dropFirst(area))"
        }
    )

    static let france = PhoneNumberCountry(
        isoCode: "FR", callingCode: "33", lengths: 9...9,
        assignable: { digits in (1...7).contains(digits[0]) || digits[0] == 9 },
        nationalFormat: { nsn in
            let pairs = stride(from: 1, to: 9, by: 2).map { String(Array(nsn)[$0..<$0 + 2]) }
            return "0\(nsn.prefix(1)) " + pairs.joined(separator: " ")
        }
    )

    static let japan = PhoneNumberCountry(
        isoCode: "JP", callingCode: "81", lengths: 9...10,
        // 070, 080 and 090 mobile numbers have 10 digits; others 9.
        assignable: { digits in
            digits[0] != 0 && ([7, 8, 9].contains(digits[0]) && digits[1] == 0) == (digits.count == 10)
        },
        nationalFormat: { nsn in
            nsn.count == 10
                ? "0\(nsn.prefix(2))-\(nsn.dropFirst(2).prefix(4))-\(nsn.suffix(4))"
                : "0\(nsn.prefix(1))-\(nsn.dropFirst(1).prefix(4))-\(nsn.suffix(4))"
        }
    )

    static let india = PhoneNumberCountry(
        isoCode: "IN", callingCode: "91", lengths: 10...10,
        assignable: { digits in digits[0] >= 2 },
        nationalFormat: { nsn in "0\(nsn.prefix(5)) \(nsn.suffix(5))" }
    )

    static let brazil = PhoneNumberCountry(
        isoCode: "BR", callingCode: "55", lengths: 10...11,
        // A two-digit area code from 11, then 8 digits (9 for mobiles, which start with 9).
        assignable: { digits in digits[0] != 0 && digits[1] != 0 && (digits.count == 10 || digits[2] == 9) },
        nationalFormat: { nsn in "(\(nsn.prefix(2))) \(nsn.dropFirst(2).dropLast(4))-\(nsn.suffix(4))" }
    )

    static let australia = PhoneNumberCountry(
        isoCode: "AU", callingCode: "61", lengths: 9...9,
        assignable: { digits in [2, 3, 4, 7, 8].contains(digits[0]) },
        nationalFormat: { nsn in
            nsn.first == "4"
                ? "0\(nsn.prefix(3)) \(nsn.dropFirst(3).prefix(3)) \(nsn.suffix(3))"
                : "0\(nsn.prefix(1)) \(nsn.dropFirst(1).prefix(4)) \(nsn.suffix(4))"
        }
    )
}
