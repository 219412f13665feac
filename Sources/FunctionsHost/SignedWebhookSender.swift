import TwilioAPI
import TwilioAccessToken
import TwilioEmulator
import TwilioWire

/// Sends the emulator's webhooks over HTTP as Twilio does: `POST` with a form body (or `GET` with
/// the parameters in the query), `X-Twilio-Signature` made with the account's Auth Token, and
/// Twilio's `User-Agent`. Protected Functions accept them as they accept Twilio's.
///
/// ```swift
/// emulator.useWebhookSender(SignedWebhookSender(authToken: { environment["AUTH_TOKEN"] }))
/// ```
public struct SignedWebhookSender: WebhookSender {
    /// The Auth Token of the moment (the environment file may be edited while serving); without
    /// one, webhooks go unsigned and a protected Function refuses them, saying why.
    let authToken: @Sendable () -> String?
    let transport: any TwilioTransport

    /// A sender signing with `authToken`, over `transport` (HTTP by default, 15-second timeout as Twilio's).
    public init(authToken: @escaping @Sendable () -> String?, transport: any TwilioTransport = HTTPClientTransport(timeout: .seconds(15))) {
        self.authToken = authToken
        self.transport = transport
    }

    /// Signs and sends `webhook`; only to this machine, as the emulator sends nothing further.
    /// - Throws: ``WebhookRefused`` for a URL not on this machine; `TwilioAPIError` when the
    ///   receiver cannot be reached.
    public func send(_ webhook: EmulatorWebhook) async throws -> WebhookReply {
        guard TwilioEmulator.isLoopback(webhook.url) else {
            throw WebhookRefused(url: webhook.url)
        }
        let isGET = webhook.method.uppercased() == "GET"
        var url = webhook.url
        if isGET, !webhook.parameters.isEmpty {
            url += (url.contains("?") ? "&" : "?") + PercentEncoding.encodeForm(webhook.parameters, spaces: .percent20)
        }
        var headers: HeaderList = [("User-Agent", "TwilioProxy/1.1"), ("Accept", "*/*")]
        if !isGET { headers.append(("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")) }
        if let token = authToken(), !token.isEmpty {
            let validator = RequestValidator(authToken: token)
            let signature = isGET ? validator.signature(url: url) : validator.signature(url: url, parameters: webhook.parameters)
            headers.append(("X-Twilio-Signature", signature))
        }
        let request = TwilioHTTPRequest(method: isGET ? "GET" : "POST", baseURL: url, path: "", form: isGET ? [] : webhook.parameters, headers: headers)
        let response = try await transport.send(request)
        return WebhookReply(status: response.status, contentType: response.header("Content-Type"), body: response.body)
    }
}

/// A webhook URL that is not on this machine: the emulator's webhooks go only to 127.0.0.1,
/// localhost or ::1.
public struct WebhookRefused: Error, Sendable, CustomStringConvertible {
    /// The URL refused.
    public let url: String

    public var description: String { "\(url) is not on this machine; webhooks go only to 127.0.0.1, localhost or ::1" }
}
