public import TwilioWire

/// Access to Twilio Conversations / Programmable Chat as the token's identity.
///
/// Written under `grants.chat` as
/// `{"service_sid":…,"endpoint_id":…,"deployment_role_sid":…,"push_credential_sid":…}`, each
/// field only when set and non-empty.
///
/// ```swift
/// token.addGrant(ChatGrant(serviceSid: "IS…", pushCredentialSid: "CR…"))
/// ```
public struct ChatGrant: AccessTokenGrant, Hashable {
    /// `chat`.
    public static let key = "chat"

    /// The Conversations or Chat Service SID (`IS…`).
    public var serviceSid: String?
    /// An identifier for the connecting endpoint.
    public var endpointId: String?
    /// The SID of the deployment role (`RL…`) to assign to the user.
    public var deploymentRoleSid: String?
    /// The Push Credential SID (`CR…`) used for notifications.
    public var pushCredentialSid: String?

    /// A Chat grant.
    /// - Parameters:
    ///   - serviceSid: The Conversations or Chat Service SID (`IS…`).
    ///   - endpointId: An identifier for the connecting endpoint.
    ///   - deploymentRoleSid: The deployment role SID (`RL…`).
    ///   - pushCredentialSid: The Push Credential SID (`CR…`).
    public init(
        serviceSid: String? = nil,
        endpointId: String? = nil,
        deploymentRoleSid: String? = nil,
        pushCredentialSid: String? = nil
    ) {
        self.serviceSid = serviceSid
        self.endpointId = endpointId
        self.deploymentRoleSid = deploymentRoleSid
        self.pushCredentialSid = pushCredentialSid
    }

    /// The set fields, in twilio-node's order.
    public var payload: JSONValue {
        .presentStrings([
            "service_sid": serviceSid,
            "endpoint_id": endpointId,
            "deployment_role_sid": deploymentRoleSid,
            "push_credential_sid": pushCredentialSid,
        ])
    }

    /// `true`: messages are sent as the token's identity.
    public var requiresIdentity: Bool { true }
}
