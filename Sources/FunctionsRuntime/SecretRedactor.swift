/// Replaces secret values (API_SECRET, AUTH_TOKEN and the like) with `[redacted]` in text bound for
/// a log line or an error answer, so a handler's error message cannot leak them.
public struct SecretRedactor: Sendable {
    /// What a secret is replaced with.
    public static let placeholder = "[redacted]"

    private let secrets: [String]

    /// Treats these values as secrets (values shorter than 4 characters are ignored: they would
    /// match ordinary text).
    public init(secrets: [String]) {
        self.secrets = Array(Set(secrets.filter { $0.count >= 4 })).sorted { $0.count > $1.count }
    }

    /// The secrets of an environment: every value whose key names a secret, token or password.
    public init(environment: [String: String]) {
        self.init(secrets: environment.filter { Self.isSecretKey($0.key) }.map(\.value))
    }

    /// Whether a key such as `API_SECRET` or `AUTH_TOKEN` holds a secret.
    public static func isSecretKey(_ key: String) -> Bool {
        let upper = key.uppercased()
        return ["SECRET", "TOKEN", "PASSWORD", "PRIVATE"].contains { upper.contains($0) }
    }

    /// `text` with every secret replaced.
    public func redact(_ text: String) -> String {
        guard !secrets.isEmpty else { return text }
        var result = text
        for secret in secrets where result.contains(secret) {
            result = result.replacing(secret, with: Self.placeholder)
        }
        return result
    }
}
