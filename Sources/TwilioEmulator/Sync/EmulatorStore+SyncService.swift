import TwilioWire

extension EmulatorStore {
    /// Makes sure the Sync Service `sid` exists, creating it (friendly name `default`) when it
    /// does not: the environment's SYNC_SERVICE_SID names a service the account already has on
    /// Twilio, so handlers and SDKs can use it from the first request.
    ///
    /// - Returns: Whether the service was created.
    /// - Throws: ``EmulatorStoreError`` when `sid` is not a Sync Service SID or the database cannot be written.
    @discardableResult
    public func ensureSyncService(_ sid: String, accountSid: String, clock: EmulatorClock = .system) throws(EmulatorStoreError) -> Bool {
        try Self.checkServiceSid(sid, path: path ?? "")
        let now = Timestamp(clock.now)
        let service = SyncService.default(sid, accountSid: accountSid, now: now)
        return try writeBlocking(now: now) { access in
            guard try access.resource(SyncService.self, sid: sid) == nil else { return false }
            try access.insert(service)
            return true
        }
    }
}

extension SyncService {
    /// The service the environment's SYNC_SERVICE_SID names, as the emulator creates it.
    static func `default`(_ sid: String, accountSid: String, now: Timestamp) -> SyncService {
        SyncService(sid: sid, uniqueName: nil, accountSid: accountSid, friendlyName: "default", dateCreated: now, dateUpdated: now)
    }
}
