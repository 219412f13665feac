import Foundation

/// The credentials the emulator accepts, as Twilio does: HTTP Basic with the Account SID and Auth
/// Token, or with an API key SID and its secret.
///
/// A secret that is `nil` or empty never authenticates anyone, so leaving `AUTH_TOKEN` unset
/// disables that pair instead of accepting an empty password.
///
/// ```swift
/// let credentials = EmulatorCredentials(
///     accountSid: "AC00000000000000000000000000000000",
///     apiKey: "SK00000000000000000000000000000000",
///     apiSecret: "local-api-secret-not-a-real-one"
/// )
/// ```
public struct EmulatorCredentials: Sendable {
    /// The Account SID (`AC…`): the `account_sid` of every resource the emulator creates.
    public var accountSid: String
    /// The Auth Token, the password that goes with ``accountSid``.
    public var authToken: String?
    /// An API key SID (`SK…`), the other accepted username.
    public var apiKey: String?
    /// The secret that goes with ``apiKey``.
    public var apiSecret: String?

    /// Creates credentials.
    /// - Parameters:
    ///   - accountSid: The Account SID (`AC…`).
    ///   - authToken: The Auth Token, or `nil` to refuse Account SID logins.
    ///   - apiKey: An API key SID (`SK…`), or `nil`.
    ///   - apiSecret: The API key secret, or `nil` to refuse API key logins.
    public init(accountSid: String, authToken: String? = nil, apiKey: String? = nil, apiSecret: String? = nil) {
        self.accountSid = accountSid
        self.authToken = authToken
        self.apiKey = apiKey
        self.apiSecret = apiSecret
    }

    /// The credentials an environment names: its `ACCOUNT_SID` with its `AUTH_TOKEN`, and its
    /// `API_KEY` with its `API_SECRET`; a missing value is simply not accepted.
    ///
    /// ```swift
    /// let credentials = EmulatorCredentials(environment: { environmentFile[$0] })
    /// ```
    public init(environment value: (String) -> String?) {
        self.init(
            accountSid: value("ACCOUNT_SID") ?? "",
            authToken: value("AUTH_TOKEN"),
            apiKey: value("API_KEY"),
            apiSecret: value("API_SECRET")
        )
    }

    /// The credentials the values of `environment` name, as the closure form reads them.
    public init(environment: [String: String]) {
        self.init(environment: { environment[$0] })
    }

    /// An `Authorization` header value these credentials accept (the API key pair when set,
    /// else the Account SID and Auth Token), for in-process clients; `nil` when no pair is usable.
    public var authorizationHeader: String? {
        if let apiKey, let apiSecret, !apiKey.isEmpty, !apiSecret.isEmpty {
            return Self.basic(username: apiKey, password: apiSecret)
        }
        if let authToken, !accountSid.isEmpty, !authToken.isEmpty {
            return Self.basic(username: accountSid, password: authToken)
        }
        return nil
    }

    /// The `Authorization` value for HTTP Basic with `username` and `password`.
    public static func basic(username: String, password: String) -> String {
        "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    /// Whether an `Authorization` header value carries one of the accepted pairs.
    func authenticates(authorization: String?) -> Bool {
        guard let authorization, let (username, password) = Self.basicPair(authorization) else { return false }
        // Both pairs are always checked so the time taken does not say which one came close.
        let account = Self.matches(username, password, accountSid, authToken)
        let key = Self.matches(username, password, apiKey, apiSecret)
        return account || key
    }

    private static func matches(_ username: [UInt8], _ password: [UInt8], _ expectedUser: String?, _ expectedSecret: String?) -> Bool {
        guard let expectedUser, let expectedSecret, !expectedUser.isEmpty, !expectedSecret.isEmpty else { return false }
        let user = constantTimeEquals(username, Array(expectedUser.utf8))
        let secret = constantTimeEquals(password, Array(expectedSecret.utf8))
        return user && secret
    }

    /// Compares without an early exit: the loop always runs over the whole expected value, so the
    /// time taken does not reveal how long a matching prefix was.
    static func constantTimeEquals(_ given: some Collection<UInt8>, _ expected: [UInt8]) -> Bool {
        var difference: UInt8 = given.count == expected.count ? 0 : 1
        var bytes = given.makeIterator()
        for byte in expected {
            difference |= (bytes.next() ?? 0) ^ byte
        }
        return difference == 0
    }

    private static func basicPair(_ authorization: String) -> ([UInt8], [UInt8])? {
        let parts = authorization.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "basic" else { return nil }
        var encoded = parts[1]
        while let first = encoded.first, first == " " || first == "\t" { encoded = encoded.dropFirst() }
        while let last = encoded.last, last == " " || last == "\t" { encoded = encoded.dropLast() }
        guard let decoded = Data(base64Encoded: String(encoded)) else { return nil }
        let bytes = Array(decoded)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        return (Array(bytes[..<colon]), Array(bytes[(colon + 1)...]))
    }
}
