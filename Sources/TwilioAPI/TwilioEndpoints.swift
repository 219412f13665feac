/// The base URL of each Twilio product the client talks to.
///
/// Twilio serves each product on its own host; the local emulator serves both path families
/// (`/v1/Services/…` and `/v1/PlayerStreamers/…`) on one port.
///
/// ```swift
/// let real = TwilioEndpoints.twilio                                    // https://sync.twilio.com, https://media.twilio.com
/// let local = TwilioEndpoints.local(baseURL: "http://127.0.0.1:3001")  // both on one port
/// ```
public struct TwilioEndpoints: Sendable, Hashable {
    /// The Sync API base URL, without a trailing slash.
    public var sync: String
    /// The Media API base URL, without a trailing slash.
    public var media: String

    /// Endpoints with these base URLs; a trailing slash is removed.
    public init(sync: String, media: String) {
        self.sync = Self.trimmed(sync)
        self.media = Self.trimmed(media)
    }

    /// Twilio's real hosts: `https://sync.twilio.com` and `https://media.twilio.com`.
    public static let twilio = TwilioEndpoints(sync: "https://sync.twilio.com", media: "https://media.twilio.com")

    /// The local emulator: both products on `baseURL` (`http://127.0.0.1:3001` by default).
    public static func local(baseURL: String = "http://127.0.0.1:3001") -> TwilioEndpoints {
        TwilioEndpoints(sync: baseURL, media: baseURL)
    }

    private static func trimmed(_ url: String) -> String {
        var url = url
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}
