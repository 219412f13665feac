import Foundation

/// Everything an emulator is built from, as plain values: the credentials it accepts, where its
/// data lives, and the fixture that fills a fresh store. `serve`, `invoke`, the `sync` and `media`
/// commands, the test kit and the benchmarks all build their emulator through ``makeEmulator()``.
///
/// ```swift
/// let setup = EmulatorSetup(
///     credentials: EmulatorCredentials(environment: ["ACCOUNT_SID": "AC…", "API_KEY": "SK…", "API_SECRET": "…"]),
///     storage: .file(".twilio-functions/emulator.sqlite"),
///     seedPath: "emulator-seed.json",
///     syncServiceSid: "IS00000000000000000000000000000000"
/// )
/// let (emulator, note) = try setup.makeEmulator()   // note: "data in .twilio-functions/emulator.sqlite, seeded from emulator-seed.json"
/// ```
public struct EmulatorSetup: Sendable {
    /// Where the emulated services keep their data.
    public enum Storage: Sendable, Equatable {
        /// In an in-memory database: nothing is read or written.
        case inMemory
        /// In the SQLite database file at this path (symbolic links followed).
        case file(String)
    }

    /// The credentials accepted, and the account that owns what is created.
    public var credentials: EmulatorCredentials
    /// Where the data lives.
    public var storage: Storage
    /// Whether this process serves the database: it then holds the file's lock, so a second
    /// server on the same file is refused while `invoke`, `sync` and `media` still open it.
    public var serving: Bool
    /// A JSON state file of an earlier version, imported into a database created by this start
    /// and left in place; `nil` imports none.
    public var legacyStatePath: String?
    /// An export file whose data replaces the store's on start (`serve --import`); `nil` for none.
    public var importPath: String?
    /// The fixture loaded into an empty store, if the file exists; `nil` loads none.
    public var seedPath: String?
    /// The Sync Service the fixture's documents go into, created if missing (the environment's
    /// `SYNC_SERVICE_SID`); `nil` or empty creates none.
    public var syncServiceSid: String?
    /// The Verify Service the environment's `VERIFY_SERVICE_SID` names, created if missing; `nil`
    /// or empty creates none.
    public var verifyServiceSid: String?
    /// The code every verification gets (`serve --verify-code`), for tests and demos; `nil` for
    /// random codes.
    public var verificationCode: String?
    /// The hosts written into resource URLs.
    public var publicBaseURLs: EmulatorBaseURLs
    /// The time source of `date_created`, TTLs and the like.
    public var clock: EmulatorClock

    /// A setup; by default in memory, not serving, without a fixture, with Twilio's hosts and the
    /// system clock.
    public init(
        credentials: EmulatorCredentials,
        storage: Storage = .inMemory,
        serving: Bool = false,
        legacyStatePath: String? = nil,
        importPath: String? = nil,
        seedPath: String? = nil,
        syncServiceSid: String? = nil,
        verifyServiceSid: String? = nil,
        verificationCode: String? = nil,
        publicBaseURLs: EmulatorBaseURLs = .twilio,
        clock: EmulatorClock = .system
    ) {
        self.credentials = credentials
        self.storage = storage
        self.serving = serving
        self.legacyStatePath = legacyStatePath
        self.importPath = importPath
        self.seedPath = seedPath
        self.syncServiceSid = syncServiceSid
        self.verifyServiceSid = verifyServiceSid
        self.verificationCode = verificationCode
        self.publicBaseURLs = publicBaseURLs
        self.clock = clock
    }

    /// Opens the store (locked when ``serving``), imports what is to be imported, seeds it when
    /// empty, makes sure the Sync and Verify Services exist, and builds the emulator.
    /// - Returns: the emulator and a note for a start-up banner, e.g. `in memory, seeded from emulator-seed.json`.
    /// - Throws: ``EmulatorStoreError`` naming the database, file or fixture at fault; a file to
    ///   import that cannot be read leaves the database untouched.
    public func makeEmulator() throws(EmulatorStoreError) -> (emulator: TwilioEmulator, note: String) {
        let legacy = try legacyImport()
        let store = try openStore()
        var note = store.path.map { _ in "data in \(describedPath)" } ?? "in memory"
        if let legacy, try importLegacy(legacy.snapshot, into: store) {
            note += ", imported \(legacy.path) (left in place)"
        }
        if let importPath {
            note += ", loaded \(importPath) (\(try store.importFile(importPath).summary))"
        }
        if let syncServiceSid, !syncServiceSid.isEmpty {
            let accountSid = credentials.accountSid
            if let seedPath, FileManager.default.fileExists(atPath: seedPath),
                try store.seed(from: seedPath, syncServiceSid: syncServiceSid, accountSid: accountSid, clock: clock)
            {
                note += ", seeded from \(seedPath)"
            }
            try store.ensureSyncService(syncServiceSid, accountSid: accountSid, clock: clock)
        }
        if let verifyServiceSid, !verifyServiceSid.isEmpty {
            try store.ensureVerifyService(verifyServiceSid, accountSid: credentials.accountSid, clock: clock)
        }
        let emulator = TwilioEmulator(credentials: credentials, store: store, clock: clock, publicBaseURLs: publicBaseURLs)
        emulator.verificationCode = verificationCode
        return (emulator, note)
    }

    /// The store ``storage`` names, locked for this process when it is ``serving``.
    public func openStore() throws(EmulatorStoreError) -> EmulatorStore {
        guard case .file(let path) = storage else { return .inMemory() }
        let file = DatabaseFile(path)
        // Locked once opened, so a file that is refused gets no lock file beside it.
        let store = try EmulatorStore.file(at: file)
        if serving { try file.lockForServing() }
        return store
    }

    private var describedPath: String {
        guard case .file(let path) = storage else { return "memory" }
        return DatabaseFile(path).described
    }

    /// The earlier state file to import, read before the database is created so a bad file
    /// stops the start with nothing written; `nil` when the database exists already or there is
    /// no such file.
    private func legacyImport() throws(EmulatorStoreError) -> (path: String, snapshot: EmulatorSnapshot)? {
        guard let legacyStatePath, case .file(let path) = storage, FileManager.default.fileExists(atPath: legacyStatePath) else {
            return nil
        }
        // Only into a database this start creates: once imported, later starts leave the file alone.
        guard !FileManager.default.fileExists(atPath: DatabaseFile(path).resolved) else { return nil }
        return (legacyStatePath, try EmulatorSnapshot.load(legacyStatePath))
    }

    /// Loads `snapshot` into the new database if it is still empty (another process starting at
    /// the same moment may have filled it). When the import fails, the database this start made
    /// is removed, so the next start imports again.
    private func importLegacy(_ snapshot: EmulatorSnapshot, into store: EmulatorStore) throws(EmulatorStoreError) -> Bool {
        do {
            return try store.replaceIfEmpty(with: snapshot)
        } catch {
            if let path = store.path {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            throw error
        }
    }
}
