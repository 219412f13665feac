public import TwilioWire

/// Access to a TaskRouter workspace, e.g. for a worker's or supervisor's browser client.
///
/// Written under `grants.task_router` as `{"workspace_sid":…,"worker_sid":…,"role":…}`, each
/// field only when set and non-empty. TaskRouter identifies the worker by `worker_sid`, so the
/// token needs no identity.
///
/// ```swift
/// token.addGrant(TaskRouterGrant(workspaceSid: "WS…", workerSid: "WK…", role: "worker"))
/// ```
public struct TaskRouterGrant: AccessTokenGrant, Hashable {
    /// `task_router`.
    public static let key = "task_router"

    /// The workspace SID (`WS…`).
    public var workspaceSid: String?
    /// The worker SID (`WK…`).
    public var workerSid: String?
    /// The role, e.g. `worker` or `supervisor`.
    public var role: String?

    /// A TaskRouter grant.
    /// - Parameters:
    ///   - workspaceSid: The workspace SID (`WS…`).
    ///   - workerSid: The worker SID (`WK…`).
    ///   - role: The role, e.g. `worker`.
    public init(workspaceSid: String? = nil, workerSid: String? = nil, role: String? = nil) {
        self.workspaceSid = workspaceSid
        self.workerSid = workerSid
        self.role = role
    }

    /// The set fields, in twilio-node's order.
    public var payload: JSONValue {
        .presentStrings(["workspace_sid": workspaceSid, "worker_sid": workerSid, "role": role])
    }

    /// `false`: the worker is named by ``workerSid``.
    public var requiresIdentity: Bool { false }
}
