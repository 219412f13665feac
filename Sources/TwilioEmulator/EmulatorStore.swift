import Foundation
import GRDB
import TwilioWire

/// The data of the emulated Twilio services, in an SQLite database: a file in WAL mode, or memory.
///
/// Every API write is one `IMMEDIATE` transaction: the checks it makes (a unique name, an
/// `If-Match` revision) and the change it guards commit together or not at all, and a 2xx is sent
/// only after the commit. Reads run on their own connections and never wait for a write. Other
/// processes (`invoke`, `sync`, `media`) may open the same file: SQLite arbitrates, and a writer
/// that finds the file busy waits up to five seconds.
///
/// ```swift
/// let store = try EmulatorStore.file(at: ".twilio-functions/emulator.sqlite")
/// try store.seed(from: "emulator-seed.json", syncServiceSid: sid, accountSid: accountSid)
/// let emulator = TwilioEmulator(credentials: credentials, store: store)
/// ```
public final class EmulatorStore: Sendable {
    private let database: any DatabaseWriter
    /// The database file with symbolic links resolved, or `nil` in memory.
    public let path: String?

    init(database: any DatabaseWriter, path: String?) {
        self.database = database
        self.path = path
    }

    /// A store in memory, which forgets everything when released: for tests and `--in-memory`.
    public static func inMemory() -> EmulatorStore {
        do {
            let queue = try DatabaseQueue(configuration: Self.configuration)
            try Self.migrator.migrate(queue)
            return EmulatorStore(database: queue, path: nil)
        } catch {
            // Only an SQLite library unable to allocate a few pages gets here; nothing can be served then.
            fatalError("The emulator could not create an in-memory SQLite database: \(error)")
        }
    }

    /// Whether the store holds nothing at all; `false` when it cannot be read.
    public var isEmpty: Bool {
        (try? checkEmpty()) ?? false
    }

    /// Whether the store holds nothing at all.
    /// - Throws: ``EmulatorStoreError`` when the database cannot be read.
    func checkEmpty() throws(EmulatorStoreError) -> Bool {
        try readBlocking(now: Timestamp(seconds: 0)) { access in try access.isEmpty() }
    }

    /// Runs `body` in a read transaction, measured against `now`.
    /// - Throws: what `body` throws, or a 500 when the database cannot be read.
    func read<Result: Sendable>(
        now: Timestamp,
        _ body: @escaping @Sendable (StoreAccess) throws -> Result
    ) async throws(EmulatorError) -> Result {
        do {
            return try readNow(now, body)
        } catch let error as EmulatorError {
            throw error
        } catch {
            throw .dataNotRead(reason(error))
        }
    }

    /// Runs `body` in one `IMMEDIATE` transaction from which expired resources are gone, and
    /// commits. Nothing changes when `body` throws or the commit fails.
    /// - Throws: what `body` throws, or a 500 "nothing was changed" when the database cannot be written.
    func write<Result: Sendable>(
        now: Timestamp,
        _ body: @escaping @Sendable (StoreAccess) throws -> Result
    ) async throws(EmulatorError) -> Result {
        do {
            return try await database.writeWithoutTransaction { db in try Self.transaction(db, now: now, body) }
        } catch let error as EmulatorError {
            throw error
        } catch {
            throw .stateNotSaved(reason(error))
        }
    }

    /// ``write(now:_:)`` for start-up and the command line, which have no request to answer.
    /// - Throws: ``EmulatorStoreError`` naming the database and what went wrong.
    func writeBlocking<Result>(now: Timestamp, _ body: (StoreAccess) throws -> Result) throws(EmulatorStoreError) -> Result {
        do {
            return try database.writeWithoutTransaction { db in try Self.transaction(db, now: now, body) }
        } catch let error as EmulatorStoreError {
            throw error
        } catch {
            throw EmulatorStoreError(.writeFailed, path: path ?? "", "\(path ?? "the in-memory database"): \(reason(error)); nothing was changed.")
        }
    }

    /// ``read(now:_:)`` for start-up and the command line.
    func readBlocking<Result>(now: Timestamp, _ body: (StoreAccess) throws -> Result) throws(EmulatorStoreError) -> Result {
        do {
            return try readNow(now, body)
        } catch let error as EmulatorStoreError {
            throw error
        } catch {
            throw EmulatorStoreError(.unreadableFile, path: path ?? "", "\(path ?? "the in-memory database"): \(reason(error)).")
        }
    }

    /// A read on the caller's thread, as GRDB runs a synchronous read: no hop to another queue.
    private func readNow<Result>(_ now: Timestamp, _ body: (StoreAccess) throws -> Result) throws -> Result {
        if let queue = database as? DatabaseQueue {
            // One connection behind one serial queue: no write can come between these statements, so
            // they need no transaction (whose BEGIN, read-only pragmas and COMMIT cost more than a read).
            return try queue.unsafeRead { db in try body(StoreAccess(db: db, now: now)) }
        }
        return try database.read { db in try body(StoreAccess(db: db, now: now)) }
    }

    private static func transaction<Result>(
        _ db: Database,
        now: Timestamp,
        _ body: (StoreAccess) throws -> Result
    ) throws -> Result {
        var result: Result?
        // IMMEDIATE takes the write lock at BEGIN, so a second process waits there (busy timeout)
        // instead of failing when its read turns into a write.
        try db.inTransaction(.immediate) {
            let access = StoreAccess(db: db, now: now)
            try access.removeExpired()
            result = try body(access)
            return .commit
        }
        guard let result else { throw EmulatorError.stateNotSaved("the transaction ended without a result") }
        return result
    }

    /// What went wrong, in words that name no credential: SQLite's message for its errors.
    private func reason(_ error: any Error) -> String {
        switch error {
        case let error as DatabaseError: DatabaseFile.describe(error)
        case let error as UnreadableRow: "a stored resource cannot be read: \(error.reason)"
        case let error as EmulatorStoreError: error.message
        default: String(describing: error)
        }
    }

    /// One database, one configuration: writers wait up to five seconds for another process.
    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.label = "twilio-emulator"
        configuration.busyMode = .timeout(5)
        return configuration
    }
}
