import TwilioWire

extension TwilioEmulator {
    /// `GET /v1/Services`: `PageSize` 1–100 (default 50), `Page` from 0; list key `services`.
    func listServices(_ parameters: RequestParameters) async throws(EmulatorError) -> EmulatorResponse {
        let page = try PageRequest(parameters, maximumPageSize: 100)
        let urls = publicBaseURLs
        let (items, hasNext) = try await store.read(now: now) { access in try access.page(SyncService.self, page) }
        return .json([
            "services": .array(items.map { $0.resource(urls) }),
            "meta": page.meta(key: "services", listURL: "\(urls.sync)/v1/Services", hasNext: hasNext),
        ])
    }

    /// `POST /v1/Services`: `FriendlyName` optional → 201.
    func createService(_ parameters: RequestParameters) async throws(EmulatorError) -> EmulatorResponse {
        let friendlyName = parameters["FriendlyName"]
        let now = now
        let service = SyncService(
            sid: SID.make(SID.syncService), uniqueName: nil, accountSid: credentials.accountSid,
            friendlyName: friendlyName, dateCreated: now, dateUpdated: now
        )
        return try await create(service, now: now)
    }

    /// `GET /v1/Services/{Sid}`: a SID or `default` (the first service).
    func fetchService(_ id: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try await fetch(resource) { access in try access.service(id) }
    }
}
