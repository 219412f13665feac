import Foundation

/// Who the client authenticates as: HTTP Basic credentials plus the account they act for.
///
/// Twilio accepts an API key (`SK…` and its secret) or the account's own SID and Auth Token.
/// Sync and Media v1 URLs carry no account SID, so with an API key the account SID is kept
/// alongside, as `twilio(apiKey, apiSecret, {accountSid})` does; the 2010 API's paths name it
/// (`/2010-04-01/Accounts/{AccountSid}/Messages.json`).
///
/// The secret never appears in `description`, `debugDescription`, `dump` or a mirror.
///
/// ```swift
/// let credentials = TwilioCredentials.apiKey("SKxxxx", secret: apiSecret, accountSid: "ACxxxx")
/// print(credentials)  // TwilioCredentials(apiKey: SKxxxx, accountSid: ACxxxx, secret: <redacted>)
/// ```
public struct TwilioCredentials: Sendable {
    private enum Kind: Sendable {
        case apiKey
        case authToken
    }

    private let kind: Kind
    /// The HTTP Basic user name: the API key SID (`SK…`) or the account SID (`AC…`).
    public let username: String
    /// The API key secret or Auth Token; kept out of every description.
    let password: String
    /// The account SID (`AC…`) requests act for.
    public let accountSid: String

    /// An API key (`SK…`) and its secret, acting for `accountSid`.
    public static func apiKey(_ sid: String, secret: String, accountSid: String) -> TwilioCredentials {
        TwilioCredentials(kind: .apiKey, username: sid, password: secret, accountSid: accountSid)
    }

    /// The account's own SID and Auth Token.
    public static func authToken(accountSid: String, authToken: String) -> TwilioCredentials {
        TwilioCredentials(kind: .authToken, username: accountSid, password: authToken, accountSid: accountSid)
    }

    /// The `Authorization` header value: `Basic ` + base64(`username:password`).
    var authorization: String {
        "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    /// The strings an error message must never show.
    var secrets: [String] {
        [password, String(authorization.dropFirst("Basic ".count))]
    }
}

extension TwilioCredentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The user name and account SID, with the secret redacted.
    public var description: String {
        switch kind {
        case .apiKey: "TwilioCredentials(apiKey: \(username), accountSid: \(accountSid), secret: <redacted>)"
        case .authToken: "TwilioCredentials(accountSid: \(accountSid), authToken: <redacted>)"
        }
    }

    /// Same as ``description``.
    public var debugDescription: String { description }

    /// A mirror without the secret, so `dump` and debuggers cannot show it.
    public var customMirror: Mirror {
        Mirror(self, children: ["username": username, "accountSid": accountSid, "password": "<redacted>"])
    }
}
