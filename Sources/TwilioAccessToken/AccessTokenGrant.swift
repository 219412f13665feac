public import TwilioWire

/// A permission carried in an access token's `grants` claim.
///
/// Each grant is one member of `grants`, named by ``key`` and holding ``payload``. The six
/// Twilio grants ship with this module (``SyncGrant``, ``PlaybackGrant``, ``VideoGrant``,
/// ``VoiceGrant``, ``ChatGrant``, ``TaskRouterGrant``); a new product's grant is a small struct:
///
/// ```swift
/// struct ConversationsGrant: AccessTokenGrant {
///     static let key = "rtc"
///     var configurationProfileSid: String
///     var payload: JSONValue { ["configuration_profile_sid": .string(configurationProfileSid)] }
///     var requiresIdentity: Bool { true }
/// }
/// ```
public protocol AccessTokenGrant: Sendable {
    /// The member name under `grants`, e.g. `data_sync`.
    ///
    /// Two grants with the same key collapse into one: the later value wins and the key keeps
    /// the position of the first, as assigning to a JavaScript object does in twilio-node.
    static var key: String { get }

    /// The JSON written under ``key``, fields in the order twilio-node emits them.
    var payload: JSONValue { get }

    /// Whether the token must carry an identity for this grant to mean anything.
    ///
    /// Grants that act as a user (Sync, Chat, Video, Voice) need one; Twilio rejects such a
    /// token when the client connects, so ``AccessToken/toJwt()`` refuses it up front.
    var requiresIdentity: Bool { get }
}

extension AccessTokenGrant {
    /// The grant's type name, used in error messages (`SyncGrant`).
    var name: String { String(describing: Self.self) }
}

extension JSONObject {
    /// Sets `key` only for a non-empty string: twilio-node writes a field only when it is truthy,
    /// and `""` is falsy in JavaScript.
    mutating func setIfPresent(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { self[key] = .string(value) }
    }
}

extension JSONValue {
    /// An object of the non-empty strings among `fields`, in their order: the payload of a grant
    /// whose fields are all optional strings.
    static func presentStrings(_ fields: KeyValuePairs<String, String?>) -> JSONValue {
        var object = JSONObject()
        for (key, value) in fields { object.setIfPresent(key, value) }
        return .object(object)
    }
}
