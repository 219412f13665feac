import Synchronization
import TwilioWire

/// The state of the emulated Sync and Media services, in memory or kept in a JSON file.
///
/// Every change runs under one lock, on a copy of the state: the copy is written to the file
/// (atomically, see ``file(at:)``) and only then replaces the state in memory. So a change that
/// cannot be saved never happened, and a check such as `If-Match` and the update it guards can
/// never interleave with another writer.
///
/// ```swift
/// let store = try EmulatorStore.file(at: ".twilio-emulator/state.json")
/// try store.seed(from: "emulator-seed.json", syncServiceSid: sid, accountSid: accountSid)
/// let emulator = TwilioEmulator(credentials: credentials, store: store)
/// ```
public final class EmulatorStore: Sendable {
    private let state: Mutex<EmulatorState>
    private let file: StateFile?

    private init(state: EmulatorState, file: StateFile?) {
        self.state = Mutex(state)
        self.file = file
    }

    /// A store that forgets everything when released, for tests.
    public static func inMemory() -> EmulatorStore {
        EmulatorStore(state: EmulatorState(), file: nil)
    }

    /// A store kept in the JSON file at `path`.
    ///
    /// A missing file is an empty state; the file (and its folder) is created on the first change.
    /// Each change replaces the file whole: the new state goes to a temporary file in the same
    /// folder, is flushed to disk, then renamed over `path`, so a crash leaves the old state or the
    /// new one, never a torn file. Temporary files left by a crash are ignored.
    ///
    /// - Parameter path: The state file, e.g. `.twilio-emulator/state.json`.
    /// - Throws: ``EmulatorStoreError`` when the file exists but cannot be read, is not valid JSON
    ///   (with its line and column), is not the expected shape or is another version. The file is
    ///   then left exactly as it is.
    public static func file(at path: String) throws(EmulatorStoreError) -> EmulatorStore {
        let file = StateFile(path: path)
        return EmulatorStore(state: try file.load() ?? EmulatorState(), file: file)
    }

    /// The state file, or `nil` for an in-memory store.
    public var path: String? { file?.path }

    /// Whether the store holds no service, document or PlayerStreamer.
    public var isEmpty: Bool {
        state.withLock { $0.isEmpty }
    }

    /// Runs `body` on a snapshot of the state.
    func read<Result: Sendable>(_ body: (EmulatorState) throws(EmulatorError) -> Result) throws(EmulatorError) -> Result {
        let snapshot = state.withLock { $0 }
        return try body(snapshot)
    }

    /// What `find` picks from a snapshot of the state.
    /// - Throws: a 404 naming `resource` when `find` picks nothing.
    func find<Found: Sendable>(_ resource: String, _ find: (EmulatorState) -> Found?) throws(EmulatorError) -> Found {
        try read { state throws(EmulatorError) in
            guard let found = find(state) else { throw .notFound(resource) }
            return found
        }
    }

    /// Runs `body` on a copy of the state from which expired documents are gone, saves the copy,
    /// then makes it the state. Nothing changes when `body` throws or the copy cannot be saved.
    /// - Throws: what `body` throws, or a 500 when the state file cannot be written.
    func write<Result: Sendable>(
        now: Timestamp,
        _ body: (inout EmulatorState) throws(EmulatorError) -> Result
    ) throws(EmulatorError) -> Result {
        try state.withLock { (current: inout EmulatorState) throws(EmulatorError) -> Result in
            var next = current
            next.removeExpiredDocuments(now: now)
            let result = try body(&next)
            if let file {
                do throws(EmulatorStoreError) {
                    try file.save(next)
                } catch {
                    throw .stateNotSaved(error.message)
                }
            }
            current = next
            return result
        }
    }

    /// Replaces an empty state with `build()`'s, saved first; does nothing when the state is not
    /// empty. Returns whether it replaced the state.
    func fillIfEmpty(_ build: () -> EmulatorState) throws(EmulatorStoreError) -> Bool {
        try state.withLock { (current: inout EmulatorState) throws(EmulatorStoreError) -> Bool in
            guard current.isEmpty else { return false }
            let next = build()
            if let file { try file.save(next) }
            current = next
            return true
        }
    }
}
