/// Values of the right shapes for the keys Twilio gives every Function without a `.env` line, so
/// a package serves and tests offline. None is a credential: tokens minted with them are valid
/// only for the local server.
///
/// ```swift
/// PlaceholderEnvironment.accountSid   // "AC00000000000000000000000000000000"
/// ```
public enum PlaceholderEnvironment {
    /// An Account SID of zeros.
    public static let accountSid = "AC" + String(repeating: "0", count: 32)
    /// An auth token of zeros: enough to sign and check requests to protected Functions locally.
    public static let authToken = String(repeating: "0", count: 32)
    /// An API key SID of zeros.
    public static let apiKey = "SK" + String(repeating: "0", count: 32)
    /// An API secret that says what it is.
    public static let apiSecret = "local-api-secret-not-a-real-one"
    /// A Sync Service SID of zeros.
    public static let syncServiceSid = "IS" + String(repeating: "0", count: 32)

    /// The comment that opens a package's `environment`: what the file is, and where real
    /// credentials go.
    public static let header = """
        # Values every Function receives as `context` (dotenv syntax).
        #
        # Placeholders of the right shapes, so the server and the tests work offline. They are not real
        # credentials: tokens minted with them are valid only for the local server. For real ones, copy
        # this file to environment.local (git ignores it) and pass --env-file environment.local.
        """

    /// The keys Twilio injects into every Function's context (they are never in `.env`), with
    /// their placeholders.
    public static let injected: [(key: String, value: String)] = [("ACCOUNT_SID", accountSid), ("AUTH_TOKEN", authToken)]
}
