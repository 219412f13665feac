import TwilioWire

/// Per-identity permissions on Documents, Lists and Maps.
extension TwilioEmulator {
    /// `GET …/{Documents|Lists|Maps}/{Sid}/Permissions`: paging as every list; key `permissions`.
    func listPermissions(
        _ target: SyncPermissionTarget,
        service: String,
        id: String,
        _ parameters: RequestParameters,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        let page = try PageRequest(parameters, maximumPageSize: 100)
        let urls = publicBaseURLs
        let (object, items, hasNext) = try await store.read(now: now) { access in
            let object = try Self.permissionObject(target, access, service: service, id: id, resource: resource)
            let (items, hasNext) = try access.page(SyncPermission.self, parent: object.sid, page)
            return (object, items, hasNext)
        }
        let listURL = "\(urls.sync)/v1/Services/\(object.serviceSid)/\(target.pathSegment)/\(object.sid)/Permissions"
        return .json([
            "permissions": .array(items.map { $0.resource(urls) }),
            "meta": page.meta(key: "permissions", listURL: listURL, hasNext: hasNext),
        ])
    }

    /// `GET …/Permissions/{Identity}`.
    func fetchPermission(
        _ target: SyncPermissionTarget,
        service: String,
        id: String,
        identity: String,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        let permission = try await store.read(now: now) { access in
            let object = try Self.permissionObject(target, access, service: service, id: id, resource: resource)
            guard let permission = try access.resource(SyncPermission.self, parent: object.sid, uniqueName: identity) else {
                throw EmulatorError.notFound(resource)
            }
            return permission
        }
        return .json(permission.resource(publicBaseURLs))
    }

    /// `POST …/Permissions/{Identity}`: `Read`, `Write` and `Manage`, all required; creates the
    /// identity's permissions or replaces them.
    func updatePermission(
        _ target: SyncPermissionTarget,
        service: String,
        id: String,
        identity: String,
        _ parameters: RequestParameters,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        var sent: [Bool] = []
        for name in ["Read", "Write", "Manage"] {
            guard let flag = try parameters.boolean(name) else {
                throw .missingParameter(name, "a permission update needs Read, Write and Manage, each true or false")
            }
            sent.append(flag)
        }
        let flags = sent
        let accountSid = credentials.accountSid
        let permission = try await store.write(now: now) { access in
            let object = try Self.permissionObject(target, access, service: service, id: id, resource: resource)
            let permission = SyncPermission(
                target: target, objectSid: object.sid, accountSid: accountSid, serviceSid: object.serviceSid, identity: identity,
                read: flags[0], write: flags[1], manage: flags[2]
            )
            if try access.resource(SyncPermission.self, parent: object.sid, uniqueName: identity) != nil {
                try access.update(permission)
            } else {
                try access.insert(permission)
            }
            return permission
        }
        return .json(permission.resource(publicBaseURLs))
    }

    /// `DELETE …/Permissions/{Identity}` → 204.
    func deletePermission(
        _ target: SyncPermissionTarget,
        service: String,
        id: String,
        identity: String,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        try await store.write(now: now) { access in
            let object = try Self.permissionObject(target, access, service: service, id: id, resource: resource)
            guard let permission = try access.resource(SyncPermission.self, parent: object.sid, uniqueName: identity) else {
                throw EmulatorError.notFound(resource)
            }
            try access.delete(SyncPermission.self, sid: permission.sid)
        }
        return .noContent
    }

    /// The SID and service of the live Document, List or Map `id`.
    /// - Throws: a 404 naming `resource` when it or its service does not exist.
    private static func permissionObject(
        _ target: SyncPermissionTarget,
        _ access: StoreAccess,
        service: String,
        id: String,
        resource: String
    ) throws -> (sid: String, serviceSid: String) {
        switch target {
        case .document:
            let object = try object(SyncDocument.self, access, service: service, id: id, resource: resource)
            return (object.sid, object.serviceSid)
        case .list:
            let object = try object(SyncList.self, access, service: service, id: id, resource: resource)
            return (object.sid, object.serviceSid)
        case .map:
            let object = try object(SyncMap.self, access, service: service, id: id, resource: resource)
            return (object.sid, object.serviceSid)
        }
    }
}
