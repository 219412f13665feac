import Foundation
import TwilioWire

/// Where the emulator's webhooks go: only to this machine, through the ``WebhookSender`` a server
/// or test kit sets.
extension TwilioEmulator {
    /// Sends `webhook` through the ``WebhookSender``, with a path URL resolved against the
    /// Functions server; a failure is the reason, never thrown.
    func sendWebhook(_ webhook: EmulatorWebhook) async -> (url: String, result: Result<WebhookReply, WebhookFailure>) {
        var webhook = webhook
        if webhook.url.hasPrefix("/") {
            let base = publicBaseURLs.functions
            guard !base.isEmpty else { return (webhook.url, .failure(WebhookFailure("no Functions server to send \(webhook.url) to"))) }
            webhook.url = base + webhook.url
        }
        // Offline by design: only this machine's servers get the emulator's webhooks.
        guard Self.isLoopback(webhook.url) else {
            return (webhook.url, .failure(WebhookFailure("not sent: the emulator sends webhooks only to this machine (127.0.0.1, localhost, ::1)")))
        }
        guard let sender = webhooks else { return (webhook.url, .failure(WebhookFailure("webhooks are not sent here (no sender)"))) }
        do {
            return (webhook.url, .success(try await sender.send(webhook)))
        } catch {
            return (webhook.url, .failure(WebhookFailure(redacted(String(describing: error)))))
        }
    }
}

extension TwilioEmulator {
    /// Whether `url` is an http(s) URL whose host is this machine: `localhost`, `127.x.x.x` or `::1`.
    public static func isLoopback(_ url: String) -> Bool {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host?.lowercased()
        else { return false }
        let bare = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        return bare == "localhost" || bare == "::1" || octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}

/// Why a webhook was not answered.
struct WebhookFailure: Error, Sendable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
