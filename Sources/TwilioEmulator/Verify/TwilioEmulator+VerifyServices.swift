import TwilioWire

extension TwilioEmulator {
    /// `GET /v2/Services`: `PageSize` 1–1000 (default 50), `Page`, `PageToken`; key `services`.
    func listVerifyServices(_ parameters: RequestParameters) async throws(EmulatorError) -> EmulatorResponse {
        let page = try PageRequest(parameters, maximumPageSize: 1000)
        let urls = publicBaseURLs
        let (items, hasNext) = try await store.read(now: now) { access in try access.page(VerifyService.self, page) }
        return .json([
            "services": .array(items.map { $0.resource(urls) }),
            "meta": page.meta(key: "services", listURL: "\(urls.verify)/v2/Services", hasNext: hasNext),
        ])
    }

    /// `POST /v2/Services`: `FriendlyName` (required), `CodeLength` (4–10, default 6) and the
    /// Boolean settings → 201.
    func createVerifyService(_ parameters: RequestParameters) async throws(EmulatorError) -> EmulatorResponse {
        guard let friendlyName = parameters["FriendlyName"] else {
            throw .verifyParameter("FriendlyName", "required; name the service, e.g. FriendlyName=My App")
        }
        var service = VerifyService(sid: SID.make(SID.verifyService), accountSid: credentials.accountSid, friendlyName: friendlyName, now: now)
        try service.apply(parameters)
        return try await create(service, now: now)
    }

    /// `GET /v2/Services/{Sid}`.
    func fetchVerifyService(_ sid: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try await fetch(resource) { access in try access.resource(VerifyService.self, sid: sid) }
    }

    /// `POST /v2/Services/{Sid}`: the create parameters, each optional.
    func updateVerifyService(_ sid: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        // Checked before the transaction, so a bad parameter is refused without touching the store.
        var check = VerifyService(sid: sid, accountSid: "", friendlyName: "check", now: now)
        try check.apply(parameters)
        let now = now
        let service = try await store.write(now: now) { access in
            guard var service = try access.resource(VerifyService.self, sid: sid) else { throw EmulatorError.notFound(resource) }
            try service.apply(parameters)
            service.dateUpdated = now
            try access.update(service)
            return service
        }
        return .json(service.resource(publicBaseURLs))
    }

    /// `DELETE /v2/Services/{Sid}` → 204, with the service's verifications.
    func deleteVerifyService(_ sid: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try await store.write(now: now) { access in
            guard try access.resource(VerifyService.self, sid: sid) != nil else { throw EmulatorError.notFound(resource) }
            try access.deleteTree(sid: sid)
        }
        return .noContent
    }
}
