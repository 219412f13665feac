public import FunctionsRuntime

extension EnvironmentFile.AnnotatedEntry {
    /// Whether the value is a credential, which a committed file must not hold: see
    /// ``DotEnv/isCredential(key:value:format:)``.
    public var isCredential: Bool { DotEnv.isCredential(key: key, value: value, format: metadata["format"]) }
}

extension DotEnv {
    /// The endings of key names that hold credentials (`API_SECRET`, `AUTH_TOKEN`, `DB_PASSWORD`,
    /// `DB_PASS`, `PASSCODE`, `ADMIN_PWD`, `SENDGRID_API_KEY`, `GOOGLE_CREDENTIALS`).
    static let credentialKeyEndings = ["SECRET", "TOKEN", "PASSWORD", "PASS", "PASSCODE", "PWD", "KEY", "CREDENTIALS", "CREDENTIAL"]

    /// Whether a `.env` value is a credential: never when it is empty (there is nothing to hide);
    /// always when its `# format:` is `secret`; otherwise when the key ends in one of
    /// ``credentialKeyEndings``, or the value is 32 hex digits (the shape of an auth token or API
    /// secret) — unless the value is a Twilio SID (`API_KEY=SK…` names a key, it is no secret).
    ///
    /// ```swift
    /// DotEnv.isCredential(key: "API_KEY", value: "SK" + String(repeating: "a", count: 32), format: nil)   // false
    /// DotEnv.isCredential(key: "SENDGRID_API_KEY", value: "SG.abc", format: nil)                           // true
    /// ```
    public static func isCredential(key: String, value: String, format: String?) -> Bool {
        guard !value.isEmpty else { return false }
        if format?.lowercased() == "secret" { return true }
        if isSID(value) { return false }
        let upper = key.uppercased()
        return credentialKeyEndings.contains { upper.hasSuffix($0) } || isHex(value.unicodeScalars[...], count: 32)
    }

    /// Two capital letters and 32 hex digits, as Twilio's SIDs are.
    static func isSID(_ value: String) -> Bool {
        let scalars = value.unicodeScalars
        guard scalars.count == 34, scalars.prefix(2).allSatisfy({ ("A"..."Z").contains($0) }) else { return false }
        return isHex(scalars.dropFirst(2), count: 32)
    }

    private static func isHex(_ scalars: Substring.UnicodeScalarView, count: Int) -> Bool {
        scalars.count == count && scalars.allSatisfy(\.properties.isASCIIHexDigit)
    }
}
