import Foundation
import TwilioWire

extension EmulatorStore {
    /// Fills an empty store from the seed fixture at `path`, so the Functions that read Sync and
    /// Media work on a fresh clone; a store that holds anything is left alone.
    ///
    /// The fixture's documents go into a Sync Service `syncServiceSid` (the environment's
    /// `SYNC_SERVICE_SID`, friendly name `default`), created with its PlayerStreamers at the
    /// clock's time and committed before this returns. See the fixture format in the repository's
    /// `emulator-seed.json`:
    ///
    /// ```json
    /// {
    ///   "playerStreamers": [{"sid": "VJ…", "status": "started"}],
    ///   "documents": [{"uniqueName": "streaming_info", "data": {"playerStreamerSid": "VJ…"}}]
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - path: The fixture file.
    ///   - syncServiceSid: The SID of the Sync Service to create (`IS` and 32 hex digits).
    ///   - accountSid: The `account_sid` of the created resources.
    ///   - clock: The time of `date_created` and `date_updated`.
    /// - Returns: Whether the fixture was applied (`false` when the store was not empty).
    /// - Throws: ``EmulatorStoreError`` naming the fixture and the problem (missing file, JSON
    ///   line and column, the key at fault), or `syncServiceSid`, or the database that could not
    ///   be written. The store is unchanged then.
    @discardableResult
    public func seed(
        from path: String,
        syncServiceSid: String,
        accountSid: String,
        clock: EmulatorClock = .system
    ) throws(EmulatorStoreError) -> Bool {
        guard isEmpty else { return false }
        guard SID.isValid(syncServiceSid, prefix: SID.syncService) else {
            throw EmulatorStoreError(
                .invalidValue,
                path: path,
                "SYNC_SERVICE_SID \"\(syncServiceSid)\" is not a Sync Service SID (IS followed by 32 hex digits), "
                    + "so the seed fixture \(path) cannot be applied. Set SYNC_SERVICE_SID in the environment file."
            )
        }
        let fixture = try Self.loadFixture(path)
        let now = Timestamp(clock.now)
        let snapshot = fixture.snapshot(syncServiceSid: syncServiceSid, accountSid: accountSid, now: now)
        // Checked again inside the transaction: another process may have filled the file meanwhile.
        return try writeBlocking(now: now) { access in
            guard try access.isEmpty() else { return false }
            try Self.insert(snapshot, into: access)
            return true
        }
    }

    private static func loadFixture(_ path: String) throws(EmulatorStoreError) -> SeedFixture {
        func invalid(_ problem: String) -> EmulatorStoreError {
            EmulatorStoreError(.invalidFixture, path: path, "\(path): the emulator seed fixture \(problem). Fix the file, or pass another fixture.")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw invalid(FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist")
        }
        return try SeedFixture.decode(Array(data), shapeProblem: "is not in the expected shape", invalid: invalid)
    }
}
