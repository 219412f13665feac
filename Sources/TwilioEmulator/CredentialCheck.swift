/// ``EmulatorCredentials`` ready to check requests: the `Authorization` value each accepted pair
/// gives when encoded as Twilio's SDKs and ``EmulatorCredentials/basic(username:password:)`` encode
/// it is worked out once, so the usual request costs two byte comparisons instead of a base64
/// decode and fresh arrays.
struct CredentialCheck: Sendable {
    /// The credentials checked against.
    let credentials: EmulatorCredentials
    /// The exact header values of the usable pairs: the Account SID pair, then the API key pair.
    private let accountHeader: [UInt8]?
    private let keyHeader: [UInt8]?

    init(_ credentials: EmulatorCredentials) {
        self.credentials = credentials
        accountHeader = Self.header(credentials.accountSid, credentials.authToken)
        keyHeader = Self.header(credentials.apiKey, credentials.apiSecret)
    }

    /// Whether an `Authorization` header value carries one of the accepted pairs, exactly as
    /// ``EmulatorCredentials/authenticates(authorization:)`` decides.
    func authenticates(authorization: String?) -> Bool {
        guard let authorization else { return false }
        // Both values are always compared, so the time taken does not say which one came close.
        // A miss falls back to the decode, which accepts other spellings (`basic`, extra spaces)
        // and is constant-time itself.
        let account = accountHeader.map { EmulatorCredentials.constantTimeEquals(authorization.utf8, $0) } ?? false
        let key = keyHeader.map { EmulatorCredentials.constantTimeEquals(authorization.utf8, $0) } ?? false
        return account || key || credentials.authenticates(authorization: authorization)
    }

    /// The header a pair gives, or `nil` when the pair never authenticates or when the decode
    /// would not read it back as this pair (a username with a colon splits at that colon).
    private static func header(_ username: String?, _ password: String?) -> [UInt8]? {
        guard let username, let password, !username.isEmpty, !password.isEmpty, !username.utf8.contains(UInt8(ascii: ":")) else {
            return nil
        }
        return Array(EmulatorCredentials.basic(username: username, password: password).utf8)
    }
}
