import TwilioWire

/// What every named Sync object (Document, List, Map, Stream) answers alike: list, fetch and
/// delete, and the create and update of those without data of their own.
extension TwilioEmulator {
    /// `GET /v1/Services/{ServiceSid}/{Objects}`: `PageSize` 1–100 (default 50), `Page`, `PageToken`.
    func listObjects<Object: SyncObject>(
        _ type: Object.Type,
        service: String,
        _ parameters: RequestParameters,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        let page = try PageRequest(parameters, maximumPageSize: 100)
        let urls = publicBaseURLs
        let (serviceSid, items, hasNext) = try await store.read(now: now) { access in
            guard let service = try access.service(service) else { throw EmulatorError.notFound(resource) }
            let (items, hasNext) = try access.page(type, parent: service.sid, page)
            return (service.sid, items, hasNext)
        }
        let listURL = "\(urls.sync)/v1/Services/\(serviceSid)/\(Object.pathSegment)"
        return .json([
            Object.listKey: .array(items.map { $0.resource(urls) }),
            "meta": page.meta(key: Object.listKey, listURL: listURL, hasNext: hasNext),
        ])
    }

    /// `POST /v1/Services/{ServiceSid}/{Lists|Maps|Streams}`: `UniqueName` and a TTL, optional → 201.
    /// - Parameter ttlNames: The TTL parameters in order of precedence (`CollectionTtl`, `Ttl`).
    func createObject<Object: SyncObject>(
        _ type: Object.Type,
        service: String,
        _ parameters: RequestParameters,
        ttlNames: [String],
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        let uniqueName = try parameters["UniqueName"].map { name throws(EmulatorError) in
            try Self.validatedUniqueName(name, sidPrefix: Object.sidPrefix, noun: Object.noun)
        }
        let ttl = try SyncTtl.parameter(parameters, ttlNames)
        let now = now
        let accountSid = credentials.accountSid
        let sid = SID.make(Object.sidPrefix)
        let object = try await store.write(now: now) { access in
            guard let service = try access.service(service) else { throw EmulatorError.notFound(resource) }
            if let uniqueName, try access.containsResource(type, parent: service.sid, uniqueName: uniqueName) {
                throw EmulatorError.duplicateUniqueName(uniqueName, noun: Object.noun)
            }
            let object = Object(
                sid: sid, uniqueName: uniqueName, accountSid: accountSid, serviceSid: service.sid,
                dateExpires: ttl.flatMap { SyncTtl.expiry($0, now: now) }, now: now
            )
            try access.insert(object)
            return object
        }
        return .json(object.resource(publicBaseURLs), status: 201, etag: object.etag)
    }

    /// `GET /v1/Services/{ServiceSid}/{Objects}/{Sid}`: by SID or unique name.
    func fetchObject<Object: SyncObject>(_ type: Object.Type, service: String, id: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        let object = try await store.read(now: now) { access in try Self.object(type, access, service: service, id: id, resource: resource) }
        return .json(object.resource(publicBaseURLs), etag: object.etag)
    }

    /// `POST /v1/Services/{ServiceSid}/{Lists|Maps|Streams}/{Sid}`: a new TTL, counted from now.
    func updateObject<Object: SyncObject>(
        _ type: Object.Type,
        service: String,
        id: String,
        _ parameters: RequestParameters,
        ttlNames: [String],
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        guard let ttl = try SyncTtl.parameter(parameters, ttlNames) else {
            throw .invalidParameter(ttlNames[0], "an update of a \(Object.noun) needs \(ttlNames.joined(separator: " or "))")
        }
        let now = now
        let object = try await store.write(now: now) { access in
            var object = try Self.object(type, access, service: service, id: id, resource: resource)
            object.dateExpires = SyncTtl.expiry(ttl, now: now)
            object.recordChange(now: now)
            try access.update(object)
            return object
        }
        return .json(object.resource(publicBaseURLs), etag: object.etag)
    }

    /// `DELETE /v1/Services/{ServiceSid}/{Objects}/{Sid}` → 204, with the object's items and permissions.
    func deleteObject<Object: SyncObject>(_ type: Object.Type, service: String, id: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try await store.write(now: now) { access in
            let object = try Self.object(type, access, service: service, id: id, resource: resource)
            try access.deleteTree(sid: object.sid)
        }
        return .noContent
    }

    /// The live object `id` of the service `service` (a SID or `default`).
    /// - Throws: a 404 naming `resource` when either does not exist.
    static func object<Object: SyncObject>(
        _ type: Object.Type,
        _ access: StoreAccess,
        service: String,
        id: String,
        resource: String
    ) throws -> Object {
        guard let service = try access.service(service), let object = try access.object(type, serviceSid: service.sid, id: id) else {
            throw EmulatorError.notFound(resource)
        }
        return object
    }
}
