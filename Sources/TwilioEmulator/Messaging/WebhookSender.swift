/// Sends the emulator's webhooks, signed as Twilio signs them (`X-Twilio-Signature` made with
/// the account's Auth Token). The emulator has no network code of its own: a server gives it one
/// that speaks HTTP, a test kit one that calls its Functions in process.
///
/// ```swift
/// emulator.useWebhookSender(mySender)
/// ```
public protocol WebhookSender: Sendable {
    /// Sends `webhook` and returns the answer.
    /// - Throws: when the receiver cannot be reached; the emulator records the failure.
    func send(_ webhook: EmulatorWebhook) async throws -> WebhookReply
}
