import TwilioWire

extension TwilioEmulator {
    /// `GET /v1/Services`: `PageSize` 1–100 (default 50), `Page`, `PageToken`; list key `services`.
    func listServices(_ parameters: RequestParameters) async throws(EmulatorError) -> EmulatorResponse {
        let page = try PageRequest(parameters, maximumPageSize: 100)
        let urls = publicBaseURLs
        let (items, hasNext) = try await store.read(now: now) { access in try access.page(SyncService.self, page) }
        return .json([
            "services": .array(items.map { $0.resource(urls) }),
            "meta": page.meta(key: "services", listURL: "\(urls.sync)/v1/Services", hasNext: hasNext),
        ])
    }

    /// `POST /v1/Services`: `FriendlyName` and the settings, all optional → 201.
    func createService(_ parameters: RequestParameters) async throws(EmulatorError) -> EmulatorResponse {
        let now = now
        var service = SyncService(
            sid: SID.make(SID.syncService), uniqueName: nil, accountSid: credentials.accountSid,
            friendlyName: nil, dateCreated: now, dateUpdated: now
        )
        try service.apply(parameters)
        return try await create(service, now: now)
    }

    /// `GET /v1/Services/{Sid}`: a SID or `default` (the first service).
    func fetchService(_ id: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try await fetch(resource) { access in try access.service(id) }
    }

    /// `POST /v1/Services/{Sid}`: `FriendlyName` and the settings, each optional.
    func updateService(_ id: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        // Checked before the transaction, so a bad parameter is refused without touching the store.
        var check = SyncService(sid: "", uniqueName: nil, accountSid: "", friendlyName: nil, dateCreated: now, dateUpdated: now)
        try check.apply(parameters)
        let now = now
        let service = try await store.write(now: now) { access in
            guard var service = try access.service(id) else { throw EmulatorError.notFound(resource) }
            try service.apply(parameters)
            service.dateUpdated = now
            try access.update(service)
            return service
        }
        return .json(service.resource(publicBaseURLs))
    }

    /// `DELETE /v1/Services/{Sid}` → 204, with every Document, List, Map and Stream of the service.
    func deleteService(_ id: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try await store.write(now: now) { access in
            guard let service = try access.service(id) else { throw EmulatorError.notFound(resource) }
            try access.deleteTree(sid: service.sid)
        }
        return .noContent
    }
}
