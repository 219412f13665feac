import ArgumentParser
import FunctionsRuntime
import TwilioEmulator

/// Where the emulated services keep their data, shared by `serve`, `invoke`, `sync`, `media` and
/// `emulator`.
struct EmulatorDataOptions: ParsableArguments {
    /// The database used when `--database` is not given.
    static let defaultDatabase = ".twilio-functions/emulator.sqlite"
    /// Where earlier versions kept their JSON state; imported once into a new default database.
    static let legacyStateFile = ".twilio-functions/state.json"

    @Option(name: .customLong("database"), help: "The SQLite file that keeps the emulated services' data across restarts.")
    var databasePath = Self.defaultDatabase

    @Flag(help: "Keep the emulated services' data in an in-memory database; nothing is read or written.")
    var inMemory = false

    @Option(name: .customLong("seed"), help: "Data loaded into the emulated services when their database is empty.")
    var seedPath = "emulator-seed.json"

    /// The emulator these options describe, with the environment's credentials and Sync Service.
    /// - Parameter serving: Whether this process serves the database, and so locks it.
    func setup(environment: EnvironmentFile, serving: Bool) -> EmulatorSetup {
        Self.setup(
            environment: environment,
            storage: inMemory ? .inMemory : .file(databasePath),
            seedPath: seedPath,
            serving: serving
        )
    }

    /// An emulator on `storage` with the environment's credentials, Sync and Verify Services; the default
    /// database imports an earlier version's state file on its first start.
    static func setup(
        environment: EnvironmentFile,
        storage: EmulatorSetup.Storage,
        seedPath: String,
        serving: Bool
    ) -> EmulatorSetup {
        EmulatorSetup(
            credentials: EmulatorCredentials(environment: { environment[$0] }),
            storage: storage,
            serving: serving,
            legacyStatePath: storage == .file(defaultDatabase) ? legacyStateFile : nil,
            seedPath: seedPath,
            syncServiceSid: environment["SYNC_SERVICE_SID"],
            verifyServiceSid: environment["VERIFY_SERVICE_SID"]
        )
    }
}
