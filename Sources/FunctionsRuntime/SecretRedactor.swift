/// Replaces secret values (API_SECRET, AUTH_TOKEN and the like) with `[redacted]` in text bound for
/// a log line or an error answer, so a handler's error message cannot leak them.
public struct SecretRedactor: Sendable {
    /// What a secret is replaced with.
    public static let placeholder = "[redacted]"

    private let secrets: [String]

    /// Treats these values as secrets (values shorter than 4 characters are ignored: they would
    /// match ordinary text).
    public init(secrets: [String]) {
        self.secrets = Array(Set(secrets.filter { $0.count >= 4 })).sorted { $0.count > $1.count }
    }

    /// The secrets of an environment: every value that ``isSecret(key:value:)`` says is one.
    public init(environment: [String: String]) {
        self.init(secrets: environment.filter { Self.isSecret(key: $0.key, value: $0.value) }.map(\.value))
    }

    /// The words that make a key name a credential whatever its value: `API_SECRET`, `AUTH_TOKEN`,
    /// `DB_PASSWORD`, `DB_PASS`, `PASSWD`, `SMTP_PWD`, `PRIVATE_KEY`, `GOOGLE_CREDENTIALS`, `BASIC_AUTH`.
    static let secretWords = ["SECRET", "TOKEN", "PASS", "PWD", "PRIVATE", "CREDENTIAL", "AUTH"]

    /// Whether a key names a credential by itself (see ``secretWords``); a `…KEY…` key also needs
    /// its value, see ``isSecret(key:value:)``.
    public static func isSecretKey(_ key: String) -> Bool {
        let upper = key.uppercased()
        return secretWords.contains { upper.contains($0) }
    }

    /// Whether the value of `key` is a credential: the key names one (``isSecretKey(_:)``), or a
    /// word of it ends in `KEY` and the value is not a Twilio SID (`API_KEY=SK…` is an identifier and stays
    /// visible; `SENDGRID_API_KEY=SG.…` is a secret).
    public static func isSecret(key: String, value: String) -> Bool {
        if isSecretKey(key) { return true }
        // A whole word of the key, so `USE_KEYPAD` is not a key while `SENDGRID_API_KEY` and `APIKEY` are.
        let words = key.uppercased().split { $0 == "_" || $0 == "-" || $0 == "." }
        return words.contains { $0 == "KEYS" || $0.hasSuffix("KEY") } && !isSID(value)
    }

    /// Two capital letters and hex digits, as Twilio's SIDs are (`SK…`, `AC…`, `IS…`; 32 digits
    /// in a real one, fewer in placeholders).
    private static func isSID(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count > 2, bytes[0...1].allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else { return false }
        return bytes[2...].allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }

    /// `text` with every secret replaced.
    public func redact(_ text: String) -> String {
        guard !secrets.isEmpty else { return text }
        var result = text
        for secret in secrets where result.contains(secret) {
            result = result.replacing(secret, with: Self.placeholder)
        }
        return result
    }
}
