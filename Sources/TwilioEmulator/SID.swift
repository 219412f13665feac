/// Twilio resource identifiers: a two-letter prefix and 32 hex digits (`IS…` Sync Service,
/// `ET…` Document, `ES…` List, `MP…` Map, `TO…` Stream, `TZ…` Stream Message, `VA…` Verify Service,
/// `VE…` Verification, `VJ…` PlayerStreamer).
enum SID {
    /// The prefix of a Sync Service SID.
    static let syncService = "IS"
    /// The prefix of a Sync Document SID.
    static let syncDocument = "ET"
    /// The prefix of a Sync List SID.
    static let syncList = "ES"
    /// The prefix of a Sync Map SID.
    static let syncMap = "MP"
    /// The prefix of a Sync Stream SID.
    static let syncStream = "TO"
    /// The prefix of a Sync Stream Message SID.
    static let streamMessage = "TZ"
    /// The prefix of a Verify Service SID.
    static let verifyService = "VA"
    /// The prefix of a Verification SID.
    static let verification = "VE"
    /// The prefix of a Verification's send attempt.
    static let verificationAttempt = "VL"
    /// The prefix of an SMS Message SID.
    static let smsMessage = "SM"
    /// The prefix of an MMS Message SID (one with media).
    static let mmsMessage = "MM"
    /// The prefix of a Message Media SID.
    static let messageMedia = "ME"
    /// The prefix of an IncomingPhoneNumber SID.
    static let incomingPhoneNumber = "PN"
    /// The prefix of a Call SID.
    static let call = "CA"
    /// The prefix of a PlayerStreamer SID.
    static let playerStreamer = "VJ"

    /// A new SID: `prefix` and 32 lowercase hex digits from the system's random source.
    static func make(_ prefix: String) -> String {
        prefix + randomHex(byteCount: 16)
    }

    /// Whether `value` is `prefix` followed by exactly 32 hex digits (either case, as Twilio's
    /// patterns allow).
    static func isValid(_ value: String, prefix: String) -> Bool {
        guard value.hasPrefix(prefix) else { return false }
        let digits = value.utf8.dropFirst(prefix.utf8.count)
        return digits.count == 32 && digits.allSatisfy(isHexDigit)
    }

    /// `byteCount` random bytes as lowercase hex.
    static func randomHex(byteCount: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let hex = Array("0123456789abcdef".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(byteCount * 2)
        // Eight random bytes per call to the system generator, not one: each call is a syscall.
        var remaining = byteCount
        while remaining > 0 {
            var word = generator.next()
            for _ in 0..<min(8, remaining) {
                let byte = UInt8(truncatingIfNeeded: word)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
                word >>= 8
            }
            remaining -= 8
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
            UInt8(ascii: "A")...UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }
}
