public import TwilioWire

/// Access to Twilio Voice SDK calls as the token's identity.
///
/// Written under `grants.voice`, in twilio-node's order and only with what is set:
/// `{"incoming":{"allow":true},"outgoing":{"application_sid":…,"params":{…}},"push_credential_sid":…,"endpoint_id":…}`.
/// `incoming` appears only when ``incomingAllow`` is `true`, and `outgoing` only with an
/// ``outgoingApplicationSid`` (its `params` only inside `outgoing`).
///
/// ```swift
/// token.addGrant(VoiceGrant(incomingAllow: true, outgoingApplicationSid: context.TWIML_APP_SID))
/// ```
public struct VoiceGrant: AccessTokenGrant, Hashable {
    /// `voice`.
    public static let key = "voice"

    /// Whether the client may receive calls to `client:<identity>`.
    public var incomingAllow: Bool
    /// The TwiML App SID (`AP…`) Twilio requests when the client places a call.
    public var outgoingApplicationSid: String?
    /// Parameters Twilio adds to that request. Written whenever set, even empty, as twilio-node
    /// does (an empty JavaScript object is truthy).
    public var outgoingApplicationParams: JSONObject?
    /// The Push Credential SID (`CR…`) for incoming call notifications.
    public var pushCredentialSid: String?
    /// An identifier for this device, to direct calls to one of several endpoints of an identity.
    public var endpointId: String?

    /// A Voice grant.
    /// - Parameters:
    ///   - incomingAllow: Whether the client may receive calls.
    ///   - outgoingApplicationSid: The TwiML App SID (`AP…`) for outgoing calls.
    ///   - outgoingApplicationParams: Parameters passed to that application.
    ///   - pushCredentialSid: The Push Credential SID (`CR…`).
    ///   - endpointId: An identifier for the device.
    public init(
        incomingAllow: Bool = false,
        outgoingApplicationSid: String? = nil,
        outgoingApplicationParams: JSONObject? = nil,
        pushCredentialSid: String? = nil,
        endpointId: String? = nil
    ) {
        self.incomingAllow = incomingAllow
        self.outgoingApplicationSid = outgoingApplicationSid
        self.outgoingApplicationParams = outgoingApplicationParams
        self.pushCredentialSid = pushCredentialSid
        self.endpointId = endpointId
    }

    /// The set fields, in twilio-node's order.
    public var payload: JSONValue {
        var object = JSONObject()
        if incomingAllow {
            object["incoming"] = ["allow": true]
        }
        if let outgoingApplicationSid, !outgoingApplicationSid.isEmpty {
            var outgoing: JSONObject = ["application_sid": .string(outgoingApplicationSid)]
            if let outgoingApplicationParams {
                outgoing["params"] = .object(outgoingApplicationParams)
            }
            object["outgoing"] = .object(outgoing)
        }
        object.setIfPresent("push_credential_sid", pushCredentialSid)
        object.setIfPresent("endpoint_id", endpointId)
        return .object(object)
    }

    /// `true`: calls are placed and received as the token's identity.
    public var requiresIdentity: Bool { true }
}
