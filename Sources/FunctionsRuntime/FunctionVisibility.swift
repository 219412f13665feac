/// Who may call a Function over HTTP, as in Twilio's console.
public enum FunctionVisibility: String, Sendable, CaseIterable {
    /// Anyone with the URL.
    case `public`
    /// Only requests signed by Twilio (a valid `X-Twilio-Signature`).
    case protected
    /// Nobody over HTTP: only other Functions, through the context.
    case `private`
}
