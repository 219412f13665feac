import Foundation

/// Everything an emulator is built from, as plain values: the credentials it accepts, where its
/// data lives, and the fixture that fills a fresh store. `serve`, `invoke`, the test kit and the
/// benchmarks all build their emulator through ``makeEmulator()``.
///
/// ```swift
/// let setup = EmulatorSetup(
///     credentials: EmulatorCredentials(environment: ["ACCOUNT_SID": "AC…", "API_KEY": "SK…", "API_SECRET": "…"]),
///     storage: .file(".twilio-functions/state.json"),
///     seedPath: "emulator-seed.json",
///     syncServiceSid: "IS00000000000000000000000000000000"
/// )
/// let (emulator, note) = try setup.makeEmulator()   // note: "state in .twilio-functions/state.json, seeded from emulator-seed.json"
/// ```
public struct EmulatorSetup: Sendable {
    /// Where the emulated services keep their data.
    public enum Storage: Sendable, Equatable {
        /// In memory only: nothing is read or written.
        case inMemory
        /// In a state file, locked for this process (one server per file).
        case file(String)
    }

    /// The credentials accepted, and the account that owns what is created.
    public var credentials: EmulatorCredentials
    /// Where the data lives.
    public var storage: Storage
    /// The fixture loaded into an empty store, if the file exists; `nil` loads none.
    public var seedPath: String?
    /// The Sync Service the fixture's documents go into, created if missing (the environment's
    /// `SYNC_SERVICE_SID`); `nil` or empty creates none.
    public var syncServiceSid: String?
    /// The hosts written into resource URLs.
    public var publicBaseURLs: EmulatorBaseURLs
    /// The time source of `date_created`, TTLs and the like.
    public var clock: EmulatorClock

    /// A setup; by default in memory, without a fixture, with Twilio's hosts and the system clock.
    public init(
        credentials: EmulatorCredentials,
        storage: Storage = .inMemory,
        seedPath: String? = nil,
        syncServiceSid: String? = nil,
        publicBaseURLs: EmulatorBaseURLs = .twilio,
        clock: EmulatorClock = .system
    ) {
        self.credentials = credentials
        self.storage = storage
        self.seedPath = seedPath
        self.syncServiceSid = syncServiceSid
        self.publicBaseURLs = publicBaseURLs
        self.clock = clock
    }

    /// Opens (and locks) the store, seeds it when empty, makes sure the Sync Service exists, and
    /// builds the emulator.
    /// - Returns: the emulator and a note for a start-up banner, e.g. `in memory, seeded from emulator-seed.json`.
    /// - Throws: ``EmulatorStoreError`` naming the state file or fixture at fault.
    public func makeEmulator() throws(EmulatorStoreError) -> (emulator: TwilioEmulator, note: String) {
        let store: EmulatorStore
        var note: String
        switch storage {
        case .inMemory:
            store = .inMemory()
            note = "in memory"
        case .file(let path):
            try StateFileLock.acquire(for: path)
            store = try .file(at: path)
            note = "state in \(path)"
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
        let emulator = TwilioEmulator(credentials: credentials, store: store, clock: clock, publicBaseURLs: publicBaseURLs)
        return (emulator, note)
    }
}
