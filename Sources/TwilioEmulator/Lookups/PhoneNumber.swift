/// A phone number as Twilio reads one: E.164 (`+14155552671`), or national (`(415) 555-2671`) in
/// a country (the US by default), checked against the plans of ``PhoneNumberCountry``.
///
/// ```swift
/// let number = PhoneNumber("+44 20 7946 0018")
/// number.isValid           // true
/// number.e164              // "+442079460018"
/// number.nationalFormat    // "020 7946 0018"
/// ```
struct PhoneNumber: Sendable, Equatable {
    /// Why a number is not valid, in Lookups' words.
    enum Problem: String, Sendable {
        case tooShort = "TOO_SHORT"
        case tooLong = "TOO_LONG"
        case invalidButPossible = "INVALID_BUT_POSSIBLE"
        case invalidCountryCode = "INVALID_COUNTRY_CODE"
        case invalidLength = "INVALID_LENGTH"
        case notANumber = "NOT_A_NUMBER"
    }

    /// The number as given.
    let input: String
    /// The calling code without `+`, when it is one the emulator knows.
    let callingCode: String?
    /// The ISO country, when the calling code is known.
    let country: String?
    /// `+`, the calling code and the national significant number, when the input is made of digits.
    let e164: String?
    /// The national format, for a valid number.
    let nationalFormat: String?
    /// Why it is not valid; empty for a valid number.
    let problems: [Problem]

    var isValid: Bool { problems.isEmpty }

    /// The longest input read: E.164 numbers have at most 15 digits, so anything past this is
    /// not a number, and a hostile megabyte is not walked.
    static let maximumInputLength = 64

    /// Reads `input`; `countryCode` (ISO alpha-2) places a national number, the US by default.
    init(_ input: String, countryCode: String? = nil) {
        var digits: [UInt8] = []
        var international = false
        var isNumber = input.utf8.count <= Self.maximumInputLength
        for (offset, byte) in input.utf8.enumerated() where isNumber {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "+") where offset == 0 || digits.isEmpty: international = true
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"): continue
            default: isNumber = false
            }
        }
        guard isNumber, !digits.isEmpty else {
            self.init(input: input, callingCode: nil, country: nil, e164: nil, nationalFormat: nil, problems: [.notANumber])
            return
        }
        let country: PhoneNumberCountry?
        var national = digits
        if international {
            country = (1...3).lazy.compactMap { length in
                PhoneNumberCountry.byCallingCode[String(digits.prefix(length).map { Character(String($0)) })]
            }.first
            national = Array(digits.dropFirst(country?.callingCode.count ?? 0))
        } else {
            country = PhoneNumberCountry.byISOCode[(countryCode ?? "US").uppercased()]
            // A national number may carry its trunk prefix (0, or 1 in North America).
            if let country, national.count > country.lengths.upperBound, national.first == (country.callingCode == "1" ? 1 : 0) {
                national.removeFirst()
            } else if national.first == 0, country?.callingCode != "1" {
                national.removeFirst()
            }
        }
        let e164 = "+" + (country?.callingCode ?? "") + national.map(String.init).joined()
        guard let country else {
            self.init(input: input, callingCode: nil, country: nil, e164: "+" + digits.map(String.init).joined(), nationalFormat: nil, problems: [.invalidCountryCode])
            return
        }
        var problems: [Problem] = []
        if national.count < country.lengths.lowerBound {
            problems.append(.tooShort)
        } else if national.count > country.lengths.upperBound {
            problems.append(.tooLong)
        } else if !country.assignable(national) {
            problems.append(.invalidButPossible)
        }
        let nsn = national.map(String.init).joined()
        var iso = country.isoCode
        if country.callingCode == "1", PhoneNumberCountry.canadianAreaCodes.contains(String(nsn.prefix(3))) { iso = "CA" }
        self.init(
            input: input, callingCode: country.callingCode, country: iso, e164: e164,
            nationalFormat: problems.isEmpty ? country.nationalFormat(nsn) : nil, problems: problems
        )
    }

    private init(input: String, callingCode: String?, country: String?, e164: String?, nationalFormat: String?, problems: [Problem]) {
        self.input = input
        self.callingCode = callingCode
        self.country = country
        self.e164 = e164
        self.nationalFormat = nationalFormat
        self.problems = problems
    }
}
