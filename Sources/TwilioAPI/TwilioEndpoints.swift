/// The base URL of each Twilio product the client talks to.
///
/// Twilio serves each product on its own host; the local emulator serves every path family
/// (`/v1/Services/…`, `/v1/PlayerStreamers/…`, `/2010-04-01/Accounts/…`, Verify's `/v2/Services/…`
/// and `/v2/PhoneNumbers/…`) on one port.
///
/// ```swift
/// let real = TwilioEndpoints.twilio                                    // https://sync.twilio.com, https://verify.twilio.com, …
/// let local = TwilioEndpoints.local(baseURL: "http://127.0.0.1:3001")  // all on one port
/// ```
public struct TwilioEndpoints: Sendable, Hashable {
    /// Twilio's host of the 2010 API (Messages, Calls, IncomingPhoneNumbers).
    public static let twilioAPI = "https://api.twilio.com"
    /// Twilio's host of Verify v2 (Services, Verifications, VerificationCheck).
    public static let twilioVerify = "https://verify.twilio.com"
    /// Twilio's host of Lookups v2 (PhoneNumbers).
    public static let twilioLookups = "https://lookups.twilio.com"

    /// The Sync API base URL, without a trailing slash.
    public var sync: String
    /// The Media API base URL, without a trailing slash.
    public var media: String
    /// The base URL of the 2010 API (`/2010-04-01/Accounts/{AccountSid}/Messages.json`, …), without
    /// a trailing slash.
    public var api: String
    /// The Verify v2 base URL (`/v2/Services/…`), without a trailing slash.
    public var verify: String
    /// The Lookups v2 base URL (`/v2/PhoneNumbers/…`), without a trailing slash.
    public var lookups: String

    /// Endpoints with these base URLs; a trailing slash is removed.
    /// - Parameters:
    ///   - sync: The Sync API base URL.
    ///   - media: The Media API base URL.
    ///   - api: The 2010 API base URL; Twilio's (`https://api.twilio.com`) when not given, so code
    ///     written before the 2010 API was supported keeps compiling.
    ///   - verify: The Verify v2 base URL; Twilio's (`https://verify.twilio.com`) when not given.
    ///   - lookups: The Lookups v2 base URL; Twilio's (`https://lookups.twilio.com`) when not given.
    public init(
        sync: String,
        media: String,
        api: String = TwilioEndpoints.twilioAPI,
        verify: String = TwilioEndpoints.twilioVerify,
        lookups: String = TwilioEndpoints.twilioLookups
    ) {
        self.sync = Self.trimmed(sync)
        self.media = Self.trimmed(media)
        self.api = Self.trimmed(api)
        self.verify = Self.trimmed(verify)
        self.lookups = Self.trimmed(lookups)
    }

    /// Twilio's real hosts: `https://sync.twilio.com`, `https://media.twilio.com`,
    /// `https://api.twilio.com`, `https://verify.twilio.com` and `https://lookups.twilio.com`.
    public static let twilio = TwilioEndpoints(
        sync: "https://sync.twilio.com",
        media: "https://media.twilio.com",
        api: twilioAPI,
        verify: twilioVerify,
        lookups: twilioLookups
    )

    /// The local emulator: every product on `baseURL` (`http://127.0.0.1:3001` by default).
    public static func local(baseURL: String = "http://127.0.0.1:3001") -> TwilioEndpoints {
        TwilioEndpoints(sync: baseURL, media: baseURL, api: baseURL, verify: baseURL, lookups: baseURL)
    }

    private static func trimmed(_ url: String) -> String {
        var url = url
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}
