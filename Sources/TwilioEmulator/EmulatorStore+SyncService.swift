import TwilioWire

extension EmulatorStore {
    /// Makes sure the Sync Service `sid` exists, creating it (friendly name `default`) when it
    /// does not: the environment's SYNC_SERVICE_SID names a service the account already has on
    /// Twilio, so handlers and SDKs can use it from the first request.
    ///
    /// - Returns: Whether the service was created.
    /// - Throws: ``EmulatorStoreError`` when `sid` is not a Sync Service SID or the state cannot be saved.
    @discardableResult
    public func ensureSyncService(_ sid: String, accountSid: String, clock: EmulatorClock = .system) throws(EmulatorStoreError) -> Bool {
        guard SID.isValid(sid, prefix: SID.syncService) else {
            throw EmulatorStoreError(
                .invalidValue,
                path: path ?? "",
                "SYNC_SERVICE_SID \"\(sid)\" is not a Sync Service SID (IS followed by 32 hex digits). Fix it in the environment file."
            )
        }
        let now = Timestamp(clock.now)
        guard (try? read({ state throws(EmulatorError) in state.services.contains { $0.sid == sid } })) != true else { return false }
        do {
            return try write(now: now) { state throws(EmulatorError) -> Bool in
                guard !state.services.contains(where: { $0.sid == sid }) else { return false }
                state.services.append(
                    SyncService(sid: sid, uniqueName: nil, accountSid: accountSid, friendlyName: "default", dateCreated: now, dateUpdated: now)
                )
                return true
            }
        } catch {
            throw EmulatorStoreError(.writeFailed, path: path ?? "", error.message)
        }
    }
}
