/// The Twilio REST client a Function gets from `context.getTwilioClient()`: the whole Sync v1 API
/// (services, documents, lists, maps, streams and permissions), Media PlayerStreamers with their
/// PlaybackGrants, the 2010 API's Messages, Calls and IncomingPhoneNumbers, Verify v2 (services,
/// verifications and checks) and Lookups v2 phone numbers, in calls that read like twilio-node's.
///
/// The client is a value: it builds each request, sends it with its ``TwilioTransport`` and
/// decodes the response. The transport decides where requests go: Twilio over HTTP
/// (``HTTPClientTransport``, the default), the emulator's REST port (``TwilioEndpoints/local(baseURL:)``),
/// or the emulator in-process.
///
/// ```swift
/// // const client = require('twilio')(API_KEY, API_SECRET, {accountSid: ACCOUNT_SID});
/// let client = TwilioClient(apiKey, apiSecret, accountSid: accountSid)
///
/// let document = try await client.sync.services(syncServiceSid).documents("streaming_info").fetch()
/// let playerStreamerSid = document.data["playerStreamerSid"]?.stringValue ?? ""
/// let playbackGrant = try await client.media.playerStreamer(playerStreamerSid)
///     .playbackGrant()
///     .create(ttl: 60)
/// let grant = playbackGrant.grant   // copied verbatim into the access token's `player` grant
/// ```
///
/// Every call throws only ``TwilioAPIError`` (or `CancellationError` when its task is cancelled).
public struct TwilioClient: Sendable {
    /// The `User-Agent` header sent with every request.
    public static let userAgent = "twilio-functions-swift/0.1"

    /// Who requests authenticate as.
    public let credentials: TwilioCredentials
    /// Where each product's requests go.
    public let endpoints: TwilioEndpoints
    /// What carries the requests.
    public let transport: any TwilioTransport

    /// Creates a client.
    /// - Parameters:
    ///   - credentials: An API key and secret, or the account SID and Auth Token.
    ///   - endpoints: Twilio's hosts by default; ``TwilioEndpoints/local(baseURL:)`` for the emulator.
    ///   - transport: HTTP through AsyncHTTPClient (``HTTPClientTransport``) by default.
    public init(
        credentials: TwilioCredentials,
        endpoints: TwilioEndpoints = .twilio,
        transport: any TwilioTransport = HTTPClientTransport()
    ) {
        self.credentials = credentials
        self.endpoints = endpoints
        self.transport = transport
    }

    /// Creates a client the way twilio-node's `require('twilio')(username, password, {accountSid})` does.
    ///
    /// With `accountSid` the user name is an API key SID and the password its secret; without it
    /// they are the account SID and Auth Token.
    /// - Parameters:
    ///   - username: The API key SID (`SK…`), or the account SID (`AC…`).
    ///   - password: The API key secret, or the Auth Token.
    ///   - accountSid: The account SID when `username` is an API key.
    ///   - endpoints: Twilio's hosts by default; ``TwilioEndpoints/local(baseURL:)`` for the emulator.
    ///   - transport: HTTP through AsyncHTTPClient (``HTTPClientTransport``) by default.
    public init(
        _ username: String,
        _ password: String,
        accountSid: String? = nil,
        endpoints: TwilioEndpoints = .twilio,
        transport: any TwilioTransport = HTTPClientTransport()
    ) {
        let credentials: TwilioCredentials =
            if let accountSid, accountSid != username {
                .apiKey(username, secret: password, accountSid: accountSid)
            } else {
                .authToken(accountSid: username, authToken: password)
            }
        self.init(credentials: credentials, endpoints: endpoints, transport: transport)
    }

    /// The account SID requests act for.
    public var accountSid: String { credentials.accountSid }

    /// Twilio Sync: `client.sync.services(sid).documents(…)`, `.syncLists(…)`, `.syncMaps(…)`,
    /// `.syncStreams(…)`, and `client.sync.services.create(…)`.
    public var sync: SyncAPI { SyncAPI(client: self) }

    /// Twilio Media: `client.media.playerStreamer(sid)…` and `client.media.playerStreamer.create(…)`.
    public var media: MediaAPI { MediaAPI(client: self) }

    /// The account's Messages (2010 API): `client.messages.create(to:from:body:)`,
    /// `client.messages.list(…)` and `client.messages(sid).fetch()`, as twilio-node's `client.messages`.
    public var messages: MessageList { MessageList(client: self) }

    /// The account's Calls (2010 API): `client.calls.create(to:from:url:)`, `client.calls.list(…)`
    /// and `client.calls(sid).update(status:)`, as twilio-node's `client.calls`.
    public var calls: CallList { CallList(client: self) }

    /// The account's phone numbers (2010 API): `client.incomingPhoneNumbers.list(…)` and
    /// `client.incomingPhoneNumbers(sid).update(smsUrl:)`, as twilio-node's `client.incomingPhoneNumbers`.
    public var incomingPhoneNumbers: IncomingPhoneNumberList { IncomingPhoneNumberList(client: self) }

    /// Twilio Verify v2: `client.verify.services(sid).verifications.create(to:channel:)`,
    /// `.verificationChecks.create(code:to:)` and `client.verify.services.create(friendlyName:)`;
    /// `client.verify.v2` is the same.
    public var verify: VerifyAPI { VerifyAPI(client: self) }

    /// Twilio Lookups v2: `client.lookups.phoneNumbers("+14155552671").fetch(fields:)`;
    /// `client.lookups.v2` is the same.
    public var lookups: LookupsAPI { LookupsAPI(client: self) }
}

extension TwilioClient: CustomStringConvertible {
    /// The credentials (secret redacted) and endpoints.
    public var description: String {
        "TwilioClient(\(credentials), sync: \(endpoints.sync), media: \(endpoints.media), api: \(endpoints.api))"
    }
}
