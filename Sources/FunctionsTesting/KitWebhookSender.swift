import Foundation
import FunctionsHost
import TwilioEmulator
import TwilioWire

/// Sends the emulator's webhooks to the test kit's own Functions, in process: a message that
/// comes in (``EmulatedTwilioState/triggerSMS(from:to:body:mediaURLs:url:)``) reaches the Function
/// of its number's `SmsUrl`, and status callbacks reach the Function of their path, signed with
/// the environment's AUTH_TOKEN as Twilio signs them. Whatever the URL's host, its path picks
/// the Function.
struct KitWebhookSender: WebhookSender {
    /// Runs a request through the kit; `nil` once the kit is gone.
    let invoke: @Sendable (IncomingRequest) async -> FunctionTestResponse?
    let authToken: String?

    func send(_ webhook: EmulatorWebhook) async throws -> WebhookReply {
        guard let components = URLComponents(string: webhook.url), !components.percentEncodedPath.isEmpty else {
            throw FunctionTestError(.invalidSetup, "the webhook URL \(webhook.url) has no path to pick a Function by")
        }
        let isGET = webhook.method.uppercased() == "GET"
        var query = components.percentEncodedQuery
        if isGET, !webhook.parameters.isEmpty {
            let added = PercentEncoding.encodeForm(webhook.parameters, spaces: .percent20)
            query = query.map { $0 + "&" + added } ?? added
        }
        var url = webhook.url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? webhook.url
        if let query { url += "?" + query }
        var request = IncomingRequest(
            method: isGET ? "GET" : "POST",
            path: components.percentEncodedPath,
            query: query,
            headers: isGET ? [] : [("Content-Type", "application/x-www-form-urlencoded")],
            body: isGET ? [] : Array(PercentEncoding.encodeForm(webhook.parameters, spaces: .percent20).utf8),
            authority: components.host.map { host in components.port.map { "\(host):\($0)" } ?? host },
            url: url
        )
        if let authToken, !authToken.isEmpty { request = request.signed(authToken: authToken) }
        guard let response = await invoke(request) else {
            throw FunctionTestError(.invalidSetup, "the test kit that received \(webhook.url) is gone")
        }
        return WebhookReply(status: response.status, contentType: response.headers["Content-Type"], body: response.body)
    }
}
