import TwilioWire

extension TwilioEmulator {
    /// Answers a Sync route; `route` allows `request.method` already.
    func dispatchSync(
        _ route: EmulatorRoute,
        _ request: EmulatorRequest,
        _ parameters: RequestParameters,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        let method = request.method
        let ifMatch = request.header("If-Match")
        switch route {
        case .services:
            return method == "GET" ? try await listServices(parameters) : try await createService(parameters)
        case .service(let id):
            switch method {
            case "GET": return try await fetchService(id, resource: resource)
            case "DELETE": return try await deleteService(id, resource: resource)
            default: return try await updateService(id, parameters, resource: resource)
            }
        case .objects(let service, let kind):
            return try await objects(kind, service: service, method: method, parameters, resource: resource)
        case .object(let service, let kind, let id):
            return try await object(kind, service: service, id: id, method: method, parameters, ifMatch: ifMatch, resource: resource)
        case .items(let service, .list, let id):
            return method == "GET"
                ? try await listItems(SyncListItem.self, service: service, id: id, parameters, resource: resource)
                : try await createItem(SyncListItem.self, service: service, id: id, parameters, resource: resource)
        case .items(let service, _, let id):
            return method == "GET"
                ? try await listItems(SyncMapItem.self, service: service, id: id, parameters, resource: resource)
                : try await createItem(SyncMapItem.self, service: service, id: id, parameters, resource: resource)
        case .item(let service, .list, let id, let key):
            return try await item(SyncListItem.self, service: service, id: id, key: key, method: method, parameters, ifMatch: ifMatch, resource: resource)
        case .item(let service, _, let id, let key):
            return try await item(SyncMapItem.self, service: service, id: id, key: key, method: method, parameters, ifMatch: ifMatch, resource: resource)
        case .permissions(let service, let kind, let id):
            guard let target = kind.permissionTarget else { throw .notFound(resource) }
            return try await listPermissions(target, service: service, id: id, parameters, resource: resource)
        case .permission(let service, let kind, let id, let identity):
            guard let target = kind.permissionTarget else { throw .notFound(resource) }
            switch method {
            case "GET": return try await fetchPermission(target, service: service, id: id, identity: identity, resource: resource)
            case "DELETE": return try await deletePermission(target, service: service, id: id, identity: identity, resource: resource)
            default: return try await updatePermission(target, service: service, id: id, identity: identity, parameters, resource: resource)
            }
        case .streamMessages(let service, let id):
            return try await createStreamMessage(service: service, id: id, parameters, resource: resource)
        case .playerStreamers, .playerStreamer, .playbackGrant, .recentStreamMessages, .verifyCodes, .verifyServices, .verifyService,
            .verifications, .verification, .verificationCheck, .phoneNumber, .messages, .message, .messageMedia, .messageFeedback,
            .incomingPhoneNumbers, .incomingPhoneNumber, .triggerSMS, .deliverMessages, .recentMessages, .calls, .call, .triggerCall:
            throw .notFound(resource)
        }
    }

    /// The list (`GET`) or create (`POST`) of a service's objects of `kind`.
    private func objects(
        _ kind: EmulatorRoute.SyncObjectKind,
        service: String,
        method: String,
        _ parameters: RequestParameters,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        switch (kind, method) {
        case (.document, "GET"): return try await listObjects(SyncDocument.self, service: service, parameters, resource: resource)
        case (.document, _): return try await createDocument(service: service, parameters, resource: resource)
        case (.list, "GET"): return try await listObjects(SyncList.self, service: service, parameters, resource: resource)
        case (.list, _):
            return try await createObject(SyncList.self, service: service, parameters, ttlNames: ["CollectionTtl", "Ttl"], resource: resource)
        case (.map, "GET"): return try await listObjects(SyncMap.self, service: service, parameters, resource: resource)
        case (.map, _):
            return try await createObject(SyncMap.self, service: service, parameters, ttlNames: ["CollectionTtl", "Ttl"], resource: resource)
        case (.stream, "GET"): return try await listObjects(SyncStream.self, service: service, parameters, resource: resource)
        case (.stream, _): return try await createObject(SyncStream.self, service: service, parameters, ttlNames: ["Ttl"], resource: resource)
        }
    }

    /// The fetch, update or delete of one object of `kind`.
    private func object(
        _ kind: EmulatorRoute.SyncObjectKind,
        service: String,
        id: String,
        method: String,
        _ parameters: RequestParameters,
        ifMatch: String?,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        switch kind {
        case .document:
            if method == "POST" { return try await updateDocument(service: service, id: id, parameters, ifMatch: ifMatch, resource: resource) }
            return try await object(SyncDocument.self, service: service, id: id, method: method, parameters, ttlNames: [], resource: resource)
        case .list:
            return try await object(SyncList.self, service: service, id: id, method: method, parameters, ttlNames: ["CollectionTtl", "Ttl"], resource: resource)
        case .map:
            return try await object(SyncMap.self, service: service, id: id, method: method, parameters, ttlNames: ["CollectionTtl", "Ttl"], resource: resource)
        case .stream:
            return try await object(SyncStream.self, service: service, id: id, method: method, parameters, ttlNames: ["Ttl"], resource: resource)
        }
    }

    private func object<Object: SyncObject>(
        _ type: Object.Type,
        service: String,
        id: String,
        method: String,
        _ parameters: RequestParameters,
        ttlNames: [String],
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        switch method {
        case "GET": return try await fetchObject(type, service: service, id: id, resource: resource)
        case "DELETE": return try await deleteObject(type, service: service, id: id, resource: resource)
        default: return try await updateObject(type, service: service, id: id, parameters, ttlNames: ttlNames, resource: resource)
        }
    }

    private func item<Flavor>(
        _ type: SyncItem<Flavor>.Type,
        service: String,
        id: String,
        key: String,
        method: String,
        _ parameters: RequestParameters,
        ifMatch: String?,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        switch method {
        case "GET": return try await fetchItem(type, service: service, id: id, key: key, resource: resource)
        case "DELETE": return try await deleteItem(type, service: service, id: id, key: key, ifMatch: ifMatch, resource: resource)
        default: return try await updateItem(type, service: service, id: id, key: key, parameters, ifMatch: ifMatch, resource: resource)
        }
    }
}
