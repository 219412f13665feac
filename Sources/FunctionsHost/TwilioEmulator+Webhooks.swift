import TwilioEmulator

extension TwilioEmulator {
    /// Sends this emulator's webhooks over HTTP, signed with the Auth Token it accepts (which
    /// follows edits of the environment file), and webhook paths to `functionsBaseURL`.
    public func connectWebhooks(functionsBaseURL: String) {
        useFunctionsBaseURL(functionsBaseURL)
        useWebhookSender(SignedWebhookSender(authToken: { [weak self] in self?.credentials.authToken }))
    }
}
