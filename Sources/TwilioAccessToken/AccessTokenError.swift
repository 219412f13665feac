/// The one error type of the TwilioAccessToken module.
///
/// ``code`` says what kind of failure it is; ``message`` names the field at fault and what to do.
/// Equality compares only the code, so a test can match a category without the wording:
///
/// ```swift
/// #expect(throws: AccessTokenError.invalidTTL) { try token.toJwt() }
/// ```
public struct AccessTokenError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The category of an ``AccessTokenError``.
    ///
    /// A struct over a private enum, so new categories can be added without breaking callers
    /// that switch over the existing ones.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable {
            case invalidTTL
            case identityRequired
            case malformedToken
        }

        private let base: Base

        private init(_ base: Base) {
            self.base = base
        }

        /// The time to live is outside `1...86400` seconds.
        public static let invalidTTL = Code(.invalidTTL)
        /// A grant that acts on behalf of a user (Sync, Chat, Video, Voice) has no identity to act as.
        public static let identityRequired = Code(.identityRequired)
        /// The text is not a compact JWS with a JSON object header and payload.
        public static let malformedToken = Code(.malformedToken)

        /// The code's name, e.g. `invalidTTL`.
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public let code: Code
    /// What went wrong, naming the field at fault and what to do about it.
    public let message: String

    init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message, which already names the field at fault.
    public var description: String { message }

    /// Compares only ``code``, so matching does not depend on message wording.
    public static func == (lhs: AccessTokenError, rhs: AccessTokenError) -> Bool {
        lhs.code == rhs.code
    }

    /// Any ``Code/invalidTTL`` error, for matching.
    public static let invalidTTL = AccessTokenError(code: .invalidTTL, message: "the ttl is out of range")
    /// Any ``Code/identityRequired`` error, for matching.
    public static let identityRequired = AccessTokenError(code: .identityRequired, message: "an identity is required")
    /// Any ``Code/malformedToken`` error, for matching.
    public static let malformedToken = AccessTokenError(code: .malformedToken, message: "the token is malformed")
}

extension AccessTokenError {
    static func ttlOutOfRange(_ ttl: Int) -> AccessTokenError {
        AccessTokenError(
            code: .invalidTTL,
            message: "ttl is \(ttl) seconds; it must be in \(AccessToken.allowedTTL.lowerBound)...\(AccessToken.allowedTTL.upperBound) "
                + "(Twilio accepts tokens that live up to 24 hours): set ttl to a value in that range"
        )
    }

    static func missingIdentity(for grantName: String) -> AccessTokenError {
        AccessTokenError(
            code: .identityRequired,
            message: "\(grantName) needs an identity: set identity to the user this token is for "
                + "(AccessToken(..., identity: \"alice\") or token.identity = \"alice\")"
        )
    }

    static func malformed(_ reason: String) -> AccessTokenError {
        AccessTokenError(code: .malformedToken, message: "malformed token: \(reason)")
    }
}
