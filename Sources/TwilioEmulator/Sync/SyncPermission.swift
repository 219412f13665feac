import TwilioWire

/// The Sync objects that carry per-identity permissions.
enum SyncPermissionTarget: String, Sendable, CaseIterable {
    case document, list, map

    /// The SID prefix of the object.
    var sidPrefix: String {
        switch self {
        case .document: SID.syncDocument
        case .list: SID.syncList
        case .map: SID.syncMap
        }
    }

    /// The path segment of the service's objects of this kind.
    var pathSegment: String {
        switch self {
        case .document: SyncDocument.pathSegment
        case .list: SyncList.pathSegment
        case .map: SyncMap.pathSegment
        }
    }

    /// The permission field naming the object, e.g. `document_sid`.
    var sidField: String { "\(rawValue)_sid" }

    /// The target whose SID `sid` is, by its prefix.
    init?(sid: String) {
        guard let target = Self.allCases.first(where: { SID.isValid(sid, prefix: $0.sidPrefix) }) else { return nil }
        self = target
    }
}

/// What one identity may do with one Document, List or Map through a Sync client SDK: read it,
/// write it, manage its permissions. The REST API itself is never limited by them.
struct SyncPermission: StoredResource, Equatable {
    var target: SyncPermissionTarget
    var objectSid: String
    var accountSid: String
    var serviceSid: String
    var identity: String
    var read: Bool
    var write: Bool
    var manage: Bool

    static let kind = "permission"
    /// The row's SID: permissions have none of their own, so the object's SID and the identity.
    var sid: String { "\(objectSid)/Permissions/\(identity)" }
    var parentSid: String { objectSid }
    var uniqueName: String? { identity }

    /// The resource JSON, in the field order of `document_permission` (and the List's and Map's).
    func resource(_ urls: EmulatorBaseURLs) -> JSONValue {
        let url = "\(urls.sync)/v1/Services/\(serviceSid)/\(target.pathSegment)/\(objectSid)/Permissions/\(PercentEncoding.encode(identity))"
        return .object(stored.inserting(["url": .string(url)]))
    }

    /// The fields kept in the store and in exports: the resource's own, without the URL.
    var stored: JSONObject {
        [
            "account_sid": .string(accountSid),
            "service_sid": .string(serviceSid),
            target.sidField: .string(objectSid),
            "identity": .string(identity),
            "read": .bool(read),
            "write": .bool(write),
            "manage": .bool(manage),
        ]
    }

    init(
        target: SyncPermissionTarget, objectSid: String, accountSid: String, serviceSid: String, identity: String,
        read: Bool, write: Bool, manage: Bool
    ) {
        self.target = target
        self.objectSid = objectSid
        self.accountSid = accountSid
        self.serviceSid = serviceSid
        self.identity = identity
        self.read = read
        self.write = write
        self.manage = manage
    }

    init(stored: StoredObject) throws(ShapeError) {
        guard let target = SyncPermissionTarget.allCases.first(where: { stored.object[$0.sidField] != nil }) else {
            throw ShapeError(message: "\(stored.path): missing document_sid, list_sid or map_sid")
        }
        self.target = target
        objectSid = try stored.sid(target.sidField, prefix: target.sidPrefix)
        accountSid = try stored.string("account_sid")
        serviceSid = try stored.sid("service_sid", prefix: SID.syncService)
        identity = try stored.string("identity")
        read = try stored.optionalBool("read") ?? false
        write = try stored.optionalBool("write") ?? false
        manage = try stored.optionalBool("manage") ?? false
    }
}
