import TwilioWire

extension TwilioEmulator {
    /// Adds `element` to the store and answers 201 with its JSON. A new resource depends on
    /// nothing stored, so callers build it before the transaction.
    func create<Resource: StoredResource>(_ element: Resource, now: Timestamp) async throws(EmulatorError) -> EmulatorResponse {
        try await store.write(now: now) { access in try access.insert(element) }
        return .json(element.resource(publicBaseURLs), status: 201)
    }

    /// 200 with the resource `find` picks.
    /// - Throws: a 404 naming `resource` when `find` picks nothing.
    func fetch<Resource: StoredResource>(
        _ resource: String,
        _ find: @escaping @Sendable (StoreAccess) throws -> Resource?
    ) async throws(EmulatorError) -> EmulatorResponse {
        .json(try await found(resource, find).resource(publicBaseURLs))
    }

    /// The resource `find` picks, read at the clock's time.
    /// - Throws: a 404 naming `resource` when `find` picks nothing.
    func found<Resource: StoredResource>(
        _ resource: String,
        _ find: @escaping @Sendable (StoreAccess) throws -> Resource?
    ) async throws(EmulatorError) -> Resource {
        guard let found = try await store.read(now: now, find) else { throw .notFound(resource) }
        return found
    }
}
