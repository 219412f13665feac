/// The base URLs the emulator writes into resource `url`, `links` and page URLs, and into the
/// `playbackUrl` of playback grants.
///
/// By default they are Twilio's real hosts, as in Twilio's own responses: clients only read them.
/// A client that follows them (the `next_page_url` of a list) needs ``local(_:)`` instead, with the
/// address of the emulator's REST port.
///
/// ```swift
/// let urls = EmulatorBaseURLs.local("http://127.0.0.1:3001")
/// // "http://127.0.0.1:3001/v1/Services/IS…/Documents/ET…"
/// ```
public struct EmulatorBaseURLs: Sendable, Hashable {
    /// The base of Sync URLs, without a trailing slash, e.g. `https://sync.twilio.com`.
    public var sync: String
    /// The base of Media URLs, without a trailing slash, e.g. `https://media.twilio.com`.
    public var media: String
    /// The base of the fake `playbackUrl` of playback grants; nothing serves video there.
    public var playback: String
    /// The base of Verify URLs, e.g. `https://verify.twilio.com`.
    public var verify: String
    /// The base of Lookups URLs, e.g. `https://lookups.twilio.com`.
    public var lookups: String
    /// The Functions server the emulator runs beside, e.g. `http://127.0.0.1:3000`: where webhook
    /// URLs given as paths (`/forward-message`) go. Empty until it is known.
    public var functions: String = ""

    /// Creates base URLs; a trailing `/` is removed.
    /// - Parameters:
    ///   - sync: The base of Sync URLs.
    ///   - media: The base of Media URLs.
    ///   - playback: The base of playback URLs.
    ///   - verify: The base of Verify URLs; Twilio's by default.
    ///   - lookups: The base of Lookups URLs; Twilio's by default.
    public init(
        sync: String,
        media: String,
        playback: String = "https://playback.twilio-emulator.invalid",
        verify: String = "https://verify.twilio.com",
        lookups: String = "https://lookups.twilio.com"
    ) {
        self.sync = Self.trimmed(sync)
        self.media = Self.trimmed(media)
        self.playback = Self.trimmed(playback)
        self.verify = Self.trimmed(verify)
        self.lookups = Self.trimmed(lookups)
    }

    /// Twilio's hosts, and a playback host under the reserved `.invalid` domain so a grant's URL is
    /// obviously not a real stream.
    public static let twilio = EmulatorBaseURLs(
        sync: "https://sync.twilio.com",
        media: "https://media.twilio.com",
        playback: "https://playback.twilio-emulator.invalid"
    )

    /// One local base for every product, as served by one emulator port.
    public static func local(_ base: String) -> EmulatorBaseURLs {
        EmulatorBaseURLs(sync: base, media: base, verify: base, lookups: base)
    }

    /// These URLs with port 0 (asked for before the port was bound, as by `--api-port 0`)
    /// replaced by `port`, the one bound, so the URLs in responses lead somewhere.
    public func binding(port: Int) -> EmulatorBaseURLs {
        func bound(_ url: String) -> String {
            url.hasSuffix(":0") ? String(url.dropLast()) + String(port) : url
        }
        var urls = self
        (urls.sync, urls.media, urls.verify, urls.lookups) = (bound(sync), bound(media), bound(verify), bound(lookups))
        return urls
    }

    private static func trimmed(_ url: String) -> String {
        var url = Substring(url)
        while url.hasSuffix("/") { url = url.dropLast() }
        return String(url)
    }
}
