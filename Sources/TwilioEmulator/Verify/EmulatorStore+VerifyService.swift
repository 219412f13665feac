import TwilioWire

extension EmulatorStore {
    /// Makes sure the Verify Service `sid` exists, creating it (friendly name `default`, codes of
    /// 6 digits) when it does not: the environment's VERIFY_SERVICE_SID names a service the
    /// account already has on Twilio, so Functions can start verifications from the first request.
    ///
    /// - Returns: Whether the service was created.
    /// - Throws: ``EmulatorStoreError`` when `sid` is not a Verify Service SID or the database cannot be written.
    @discardableResult
    public func ensureVerifyService(_ sid: String, accountSid: String, clock: EmulatorClock = .system) throws(EmulatorStoreError) -> Bool {
        guard SID.isValid(sid, prefix: SID.verifyService) else {
            throw EmulatorStoreError(
                .invalidValue,
                path: path ?? "",
                "VERIFY_SERVICE_SID \"\(sid)\" is not a Verify Service SID (VA followed by 32 hex digits); fix it in the environment file."
            )
        }
        let now = Timestamp(clock.now)
        let service = VerifyService(sid: sid, accountSid: accountSid, friendlyName: "default", now: now)
        return try writeBlocking(now: now) { access in
            guard try access.resource(VerifyService.self, sid: sid) == nil else { return false }
            try access.insert(service)
            return true
        }
    }
}
