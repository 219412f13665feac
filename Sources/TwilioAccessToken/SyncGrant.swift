public import TwilioWire

/// Access to Twilio Sync (documents, lists, maps, streams) as the token's identity.
///
/// Written under `grants.data_sync` as `{"service_sid":…,"endpoint_id":…}`; unset or empty
/// fields are left out, so `SyncGrant()` is `{}`.
///
/// ```swift
/// token.addGrant(SyncGrant(serviceSid: context.SYNC_SERVICE_SID))
/// ```
public struct SyncGrant: AccessTokenGrant, Hashable {
    /// `data_sync`.
    public static let key = "data_sync"

    /// The Sync Service SID (`IS…`), or `nil` for the account's default service.
    public var serviceSid: String?
    /// An identifier for this device or tab, so one identity can hold several connections.
    public var endpointId: String?

    /// A Sync grant.
    /// - Parameters:
    ///   - serviceSid: The Sync Service SID (`IS…`).
    ///   - endpointId: An identifier for the connecting endpoint.
    public init(serviceSid: String? = nil, endpointId: String? = nil) {
        self.serviceSid = serviceSid
        self.endpointId = endpointId
    }

    /// `{"service_sid":…,"endpoint_id":…}`, unset fields omitted.
    public var payload: JSONValue {
        .presentStrings(["service_sid": serviceSid, "endpoint_id": endpointId])
    }

    /// `true`: Sync acts as the token's identity.
    public var requiresIdentity: Bool { true }
}
