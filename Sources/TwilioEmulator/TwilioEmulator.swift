import Synchronization
import TwilioWire

/// Local Twilio Sync (all of it), Media, Verify, Lookups, Messages and Calls services: the same paths, parameters, status codes and JSON as
/// `sync.twilio.com` and `media.twilio.com`, over a transport-neutral request and response.
///
/// One router serves both a REST port (each HTTP request becomes an ``EmulatorRequest``) and
/// in-process clients. Requests must carry HTTP Basic credentials the ``EmulatorCredentials``
/// accept; every failure is answered in Twilio's error shape, never thrown.
///
/// | resource | methods |
/// | --- | --- |
/// | `/v1/Services` | GET (list), POST (create, 201) |
/// | `/v1/Services/{IS… or default}` | GET, POST (update), DELETE (204, with everything in it) |
/// | `/v1/Services/{IS…}/{Documents, Lists, Maps, Streams}` | GET (list), POST (create, 201) |
/// | `…/{Documents, Lists, Maps, Streams}/{SID or unique name}` | GET, POST (update; `If-Match` on Documents), DELETE (204) |
/// | `…/{Lists, Maps}/{SID or unique name}/Items` | GET (`Order`, `From`, `Bounds`), POST (create, 201) |
/// | `…/Items/{index or key}` | GET, POST (update, `If-Match`), DELETE (`If-Match`) |
/// | `…/{Documents, Lists, Maps}/{SID or unique name}/Permissions[/{Identity}]` | GET; POST, DELETE on one identity |
/// | `…/Streams/{SID or unique name}/Messages` | POST (publish, 201; not stored) |
/// | `/_emulator/StreamMessages?After=N` | GET: the latest published messages, for the console (not Twilio's) |
/// | `/v2/Services[/{VA…}]` (Verify) | GET (list), POST (create, 201); GET, POST (update), DELETE on one |
/// | `/v2/Services/{VA…}/Verifications[/{VE…}]` | POST (start, 201); GET, POST (`Status`) on one |
/// | `/v2/Services/{VA…}/VerificationCheck` | POST (`Code` with `To` or `VerificationSid`) |
/// | `/v2/PhoneNumbers/{PhoneNumber}` (Lookups) | GET (`CountryCode`, `Fields`) |
/// | `/_emulator/VerifyCodes` | GET: the latest verifications with their codes (not Twilio's) |
/// | `/2010-04-01/Accounts/{AC…}/Messages.json`, `…/Messages/{SM…}.json` (`/Media.json`, `/Feedback.json`) | Messages: create, list, fetch, update, delete |
/// | `/2010-04-01/Accounts/{AC…}/IncomingPhoneNumbers[/{PN…}].json` | the account's numbers: create, list, fetch, update, delete |
/// | `/2010-04-01/Accounts/{AC…}/Calls[/{CA…}].json` | Calls: create (its TwiML is followed), list, fetch, update, delete |
/// | `/_emulator/Trigger/Call` | POST an inbound call, walked through its TwiML (not Twilio's) |
/// | `/_emulator/Trigger/Sms`, `/_emulator/DeliverMessages`, `/_emulator/Messages` | POST an inbound SMS; POST move every message to its last status; GET the latest messages with histories (not Twilio's) |
/// | `/v1/PlayerStreamers` | GET (list), POST (create, 201) |
/// | `/v1/PlayerStreamers/{VJ…}` | GET, POST (`Status=ended`) |
/// | `/v1/PlayerStreamers/{VJ…}/PlaybackGrant` | POST (201) |
///
/// ```swift
/// let emulator = TwilioEmulator(
///     credentials: EmulatorCredentials(accountSid: accountSid, apiKey: apiKey, apiSecret: apiSecret),
///     store: try .file(at: ".twilio-functions/emulator.sqlite")
/// )
/// let response = await emulator.handle(EmulatorRequest(
///     method: "GET",
///     path: "/v1/Services/\(syncServiceSid)/Documents/streaming_info",
///     headers: [("Authorization", EmulatorCredentials.basic(username: apiKey, password: apiSecret))]
/// ))
/// // response.status == 200, response.json?["data"]
/// ```
public final class TwilioEmulator: Sendable {
    /// The credentials requests must present, and the account that owns what they create.
    public var credentials: EmulatorCredentials { credentialCheck.withLock { $0.credentials } }
    private let credentialCheck: Mutex<CredentialCheck>
    /// The services' state.
    public let store: EmulatorStore
    /// The time of resource dates and of Sync Document expiry.
    public let clock: EmulatorClock
    /// The hosts written into resource URLs.
    public var publicBaseURLs: EmulatorBaseURLs { baseURLs.withLock { $0 } }
    private let baseURLs: Mutex<EmulatorBaseURLs>
    /// The listeners of Sync Stream messages.
    let streamHub = SyncStreamHub()
    private let fixedVerificationCode = Mutex<String?>(nil)
    private let webhookSender = Mutex<(any WebhookSender)?>(nil)

    /// Sends the emulator's webhooks (inbound messages and calls, status callbacks) from now on;
    /// without one they are recorded as not sent.
    public func useWebhookSender(_ sender: (any WebhookSender)?) {
        webhookSender.withLock { $0 = sender }
    }

    /// The sender of webhooks, if one is set.
    var webhooks: (any WebhookSender)? { webhookSender.withLock { $0 } }

    /// Sends webhook URLs given as paths (`/forward-message`) to the Functions server at `base`,
    /// e.g. `http://127.0.0.1:3000`, once it is bound.
    public func useFunctionsBaseURL(_ base: String) {
        baseURLs.withLock { $0.functions = base.hasSuffix("/") ? String(base.dropLast()) : base }
    }

    /// The code every new verification gets, so tests and demos can type it; `nil` (the default)
    /// for a random code of the service's length. A `CustomCode` sent with a request still wins.
    public var verificationCode: String? {
        get { fixedVerificationCode.withLock { $0 } }
        set { fixedVerificationCode.withLock { $0 = newValue } }
    }

    /// Creates an emulator.
    /// - Parameters:
    ///   - credentials: The accepted credentials and the owning account.
    ///   - store: The data: ``EmulatorStore/inMemory()`` or ``EmulatorStore/file(at:)``.
    ///   - clock: The time source; inject a fixed or manual clock in tests.
    ///   - publicBaseURLs: The hosts of resource `url`s; Twilio's by default.
    public init(
        credentials: EmulatorCredentials,
        store: EmulatorStore,
        clock: EmulatorClock = .system,
        publicBaseURLs: EmulatorBaseURLs = .twilio
    ) {
        self.credentialCheck = Mutex(CredentialCheck(credentials))
        self.store = store
        self.clock = clock
        self.baseURLs = Mutex(publicBaseURLs)
    }

    /// Writes `port` into resource URLs made for port 0, once the REST port is bound there.
    public func bindPublicBaseURLs(toPort port: Int) {
        baseURLs.withLock { $0 = $0.binding(port: port) }
    }

    /// Accepts `credentials` from the next request on, as after an edit of the environment file
    /// that a running server reloads; resources already created keep their account.
    public func replaceCredentials(with credentials: EmulatorCredentials) {
        let check = CredentialCheck(credentials)
        credentialCheck.withLock { $0 = check }
    }

    /// Whether an `Authorization` header value carries credentials this emulator accepts, so a
    /// server can refuse a request before reading its body.
    public func accepts(authorization: String?) -> Bool {
        let check = credentialCheck.withLock { $0 }
        return check.authenticates(authorization: authorization)
    }

    /// The 401 an unauthenticated request gets, with its `WWW-Authenticate` challenge.
    public static var unauthenticated: EmulatorResponse {
        var error = EmulatorError.authenticate
        error.headers = [("WWW-Authenticate", #"Basic realm="Twilio API""#)]
        return error.response
    }

    /// A request the server could not read (a body over the limit, a broken chunk), in Twilio's
    /// error shape: 413 for a body over `limit`, 400 naming `fault` otherwise.
    public static func unreadableBody(fault: String?, limit: Int) -> EmulatorResponse {
        guard let fault else {
            return EmulatorError(status: 413, code: 20413, message: "The request body is larger than the \(limit)-byte limit").response
        }
        return EmulatorError(status: 400, code: 20001, message: "The request body could not be read: \(fault)").response
    }

    /// Answers one request as Twilio would. Never throws: authentication failures are 401, unknown
    /// paths 404, unsupported methods 405, bad parameters 400, failed writes 500, all with Twilio's
    /// error body.
    ///
    /// Safe to call from any number of tasks. Each change is one database transaction, and a 2xx
    /// for a change is returned only once it has been committed.
    public func handle(_ request: EmulatorRequest) async -> EmulatorResponse {
        // Copied out, so the comparison (and a decode of an unusual spelling) runs outside the lock.
        guard accepts(authorization: request.header("Authorization")) else { return Self.unauthenticated }
        return await route(request)
    }

    /// Answers a request made in-process by the account owner (a CLI, a test kit), without HTTP
    /// Basic credentials: the parameters are form-encoded into the body of a `POST` and the query
    /// of any other method, then the request takes the same route as ``handle(_:)``.
    ///
    /// It skips authentication, so requests from the network must go through ``handle(_:)``.
    ///
    /// ```swift
    /// let response = await emulator.handle(
    ///     method: "POST",
    ///     path: "/v1/Services/default/Documents/streaming_info",
    ///     parameters: [("Data", #"{"playerStreamerSid":"VJ..."}"#)]
    /// )
    /// ```
    /// - Parameters:
    ///   - method: `GET`, `POST` or `DELETE`.
    ///   - path: The percent-encoded path (encode unique names with ``PercentEncoding/encode(_:spaces:)``).
    ///   - parameters: Twilio parameters such as `UniqueName`, `Data`, `Ttl`, `PageSize`.
    ///   - headers: Extra headers, e.g. `If-Match`.
    public func handle(
        method: String,
        path: String,
        parameters: [(String, String)] = [],
        headers: HeaderList = []
    ) async -> EmulatorResponse {
        await route(EmulatorRequest(method: method, path: path, parameters: parameters, headers: headers))
    }

    private func route(_ request: EmulatorRequest) async -> EmulatorResponse {
        do {
            return try await dispatch(request)
        } catch {
            // Messages quote what was sent (a path, a parameter); a secret sent there is not echoed.
            return EmulatorError(status: error.status, code: error.code, message: redacted(error.message), headers: error.headers).response
        }
    }

    /// `text` with the accepted credentials' secrets (API secret, Auth Token) replaced by
    /// `[redacted]`, for anything that quotes a request back: error messages, log lines.
    public func redacted(_ text: String) -> String {
        let credentials = credentials
        var text = text
        for secret in [credentials.apiSecret, credentials.authToken].compactMap({ $0 }) where secret.utf8.count >= 4 {
            if text.contains(secret) { text = text.replacing(secret, with: "[redacted]") }
        }
        return text
    }

    private func dispatch(_ request: EmulatorRequest) async throws(EmulatorError) -> EmulatorResponse {
        var request = request
        // The byte scan spares the slow Character scan for the usual path without a `?`.
        if request.query == nil, request.path.utf8.contains(UInt8(ascii: "?")), let mark = request.path.firstIndex(of: "?") {
            request.query = String(request.path[request.path.index(after: mark)...])
            request.path = String(request.path[..<mark])
        }
        // Twilio's messages name the resource below the version: `/Services/IS…/Documents/foo`.
        let resource = request.path.hasPrefix("/v1/") || request.path.hasPrefix("/v2/") ? String(request.path.dropFirst(3)) : request.path
        guard let route = EmulatorRoute(path: request.path) else { throw .notFound(resource) }
        // A Host naming a product (`verify.localhost:3001`) reaches that product's paths only, as on Twilio.
        if let host = request.header("Host"), let product = EmulatorRoute.product(ofHost: host), let owner = route.product, owner != product {
            throw .notFound(resource)
        }
        guard route.allowedMethods.contains(request.method) else {
            throw .methodNotAllowed(request.method, resource: resource, allowed: route.allowedMethods)
        }
        let parameters = try RequestParameters(of: request)

        switch (route, request.method) {
        case (.playerStreamers, "GET"): return try await listPlayerStreamers(parameters)
        case (.playerStreamers, _): return try await createPlayerStreamer(parameters)
        case (.playerStreamer(let sid), "GET"): return try await fetchPlayerStreamer(sid, resource: resource)
        case (.playerStreamer(let sid), _): return try await updatePlayerStreamer(sid, parameters, resource: resource)
        case (.playbackGrant(let sid), _): return try await createPlaybackGrant(sid, parameters, resource: resource)
        case (.recentStreamMessages, _): return try recentStreamMessages(parameters)
        case (.verifyCodes, _): return try await verificationCodes()
        case (.phoneNumber(let number), _): return try lookUpPhoneNumber(number, parameters)
        case (.verifyServices, "GET"): return try await listVerifyServices(parameters)
        case (.verifyServices, _): return try await createVerifyService(parameters)
        case (.verifyService(let sid), "GET"): return try await fetchVerifyService(sid, resource: resource)
        case (.verifyService(let sid), "DELETE"): return try await deleteVerifyService(sid, resource: resource)
        case (.verifyService(let sid), _): return try await updateVerifyService(sid, parameters, resource: resource)
        case (.verifications(let service), _): return try await createVerification(service: service, parameters, resource: resource)
        case (.verification(let service, let sid), "GET"): return try await fetchVerification(service: service, sid: sid, resource: resource)
        case (.verification(let service, let sid), _):
            return try await updateVerification(service: service, sid: sid, parameters, resource: resource)
        case (.verificationCheck(let service), _): return try await checkVerification(service: service, parameters, resource: resource)
        case (.messages(let account), "GET"): return try await listMessages(account: account, parameters, resource: resource)
        case (.messages(let account), _): return try await createMessage(account: account, parameters, resource: resource)
        case (.message(let account, let sid), "GET"): return try await fetchMessage(account: account, sid: sid, resource: resource)
        case (.message(let account, let sid), "DELETE"): return try await deleteMessage(account: account, sid: sid, resource: resource)
        case (.message(let account, let sid), _): return try await updateMessage(account: account, sid: sid, parameters, resource: resource)
        case (.messageMedia(let account, let sid), _):
            return try await listMessageMedia(account: account, messageSid: sid, parameters, resource: resource)
        case (.messageFeedback(let account, let sid), _):
            return try await createMessageFeedback(account: account, messageSid: sid, parameters, resource: resource)
        case (.incomingPhoneNumbers(let account), "GET"): return try await listIncomingPhoneNumbers(account: account, parameters, resource: resource)
        case (.incomingPhoneNumbers(let account), _): return try await createIncomingPhoneNumber(account: account, parameters, resource: resource)
        case (.incomingPhoneNumber(let account, let sid), "GET"):
            return try await fetchIncomingPhoneNumber(account: account, sid: sid, resource: resource)
        case (.incomingPhoneNumber(let account, let sid), "DELETE"):
            return try await deleteIncomingPhoneNumber(account: account, sid: sid, resource: resource)
        case (.incomingPhoneNumber(let account, let sid), _):
            return try await updateIncomingPhoneNumber(account: account, sid: sid, parameters, resource: resource)
        case (.triggerSMS, _): return try await triggerSMS(parameters)
        case (.triggerCall, _): return try await triggerCall(parameters)
        case (.calls(let account), "GET"): return try await listCalls(account: account, parameters, resource: resource)
        case (.calls(let account), _): return try await createCall(account: account, parameters, resource: resource)
        case (.call(let account, let sid), "GET"): return try await fetchCall(account: account, sid: sid, resource: resource)
        case (.call(let account, let sid), "DELETE"): return try await deleteCall(account: account, sid: sid, resource: resource)
        case (.call(let account, let sid), _): return try await updateCall(account: account, sid: sid, parameters, resource: resource)
        case (.recentMessages, _): return try await recentMessages()
        case (.deliverMessages, _): return .json(["moves": .int(await deliverMessages(all: true))])
        default: return try await dispatchSync(route, request, parameters, resource: resource)
        }
    }

    /// The current time at Twilio's precision.
    var now: Timestamp { Timestamp(clock.now) }
}
