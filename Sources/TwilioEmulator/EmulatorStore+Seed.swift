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
        guard try checkEmpty() else { return false }
        let now = Timestamp(clock.now)
        let snapshot = try Self.fixture(path, syncServiceSid: syncServiceSid, accountSid: accountSid, now: now)
        // Checked again inside the transaction: another process may have filled the file meanwhile.
        return try writeBlocking(now: now) { access in
            guard try access.isEmpty() else { return false }
            try Self.insert(snapshot, into: access)
            return true
        }
    }

    /// Replaces everything with what a first start creates: the fixture at `seedPath` (when given
    /// and present) and the Sync Service `syncServiceSid`, in one transaction. The fixture is read
    /// and checked first, so a bad one leaves the data as it was.
    /// - Returns: Whether the fixture was applied.
    /// - Throws: ``EmulatorStoreError`` naming the fixture, the SID or the database at fault.
    @discardableResult
    public func reset(
        seedPath: String?,
        syncServiceSid: String?,
        accountSid: String,
        clock: EmulatorClock = .system
    ) throws(EmulatorStoreError) -> Bool {
        let now = Timestamp(clock.now)
        var snapshot = EmulatorSnapshot()
        if let syncServiceSid, !syncServiceSid.isEmpty {
            if let seedPath, FileManager.default.fileExists(atPath: seedPath) {
                snapshot = try Self.fixture(seedPath, syncServiceSid: syncServiceSid, accountSid: accountSid, now: now)
            } else {
                try Self.checkServiceSid(syncServiceSid, path: path ?? "")
                snapshot.services = [SyncService.default(syncServiceSid, accountSid: accountSid, now: now)]
            }
        }
        let seeded = !snapshot.playerStreamers.isEmpty || !snapshot.documents.isEmpty
        try writeBlocking(now: now) { access in
            try access.removeAll()
            try Self.insert(snapshot, into: access)
        }
        return seeded
    }

    /// What the fixture at `path` creates in the service `syncServiceSid`, at `now`.
    private static func fixture(
        _ path: String,
        syncServiceSid: String,
        accountSid: String,
        now: Timestamp
    ) throws(EmulatorStoreError) -> EmulatorSnapshot {
        try checkServiceSid(syncServiceSid, path: path, fixture: path)
        return try loadFixture(path).snapshot(syncServiceSid: syncServiceSid, accountSid: accountSid, now: now)
    }

    /// Refuses a SYNC_SERVICE_SID that is not `IS` and 32 hex digits.
    static func checkServiceSid(_ sid: String, path: String, fixture: String? = nil) throws(EmulatorStoreError) {
        guard !SID.isValid(sid, prefix: SID.syncService) else { return }
        let consequence = fixture.map { ", so the seed fixture \($0) cannot be applied" } ?? ""
        throw EmulatorStoreError(
            .invalidValue,
            path: path,
            "SYNC_SERVICE_SID \"\(sid)\" is not a Sync Service SID (IS followed by 32 hex digits)\(consequence). "
                + "Set SYNC_SERVICE_SID in the environment file."
        )
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
