/// Why the emulator's database, an export file or the seed fixture could not be used: the message names the file,
/// says what is wrong (with the line and column for JSON) and what to do.
///
/// Equality compares only the ``code``, so tests can write
/// `#expect(throws: EmulatorStoreError(.invalidStateFile, path: "", ""))`-style checks.
public struct EmulatorStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The category of an ``EmulatorStoreError``.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The file exists but cannot be read.
        public static let unreadableFile = Code("unreadableFile")
        /// A JSON state or export file is not valid JSON, not the expected shape, or another version.
        public static let invalidStateFile = Code("invalidStateFile")
        /// The database file is not an SQLite database.
        public static let notADatabase = Code("notADatabase")
        /// The database was written by a newer version, whose schema this one does not know.
        public static let newerSchema = Code("newerSchema")
        /// The database file cannot be written.
        public static let readOnly = Code("readOnly")
        /// The seed fixture is missing, not valid JSON or not the expected shape.
        public static let invalidFixture = Code("invalidFixture")
        /// A value handed to the store is not usable, such as a Sync Service SID of the wrong form.
        public static let invalidValue = Code("invalidValue")
        /// Another server serves the database, or another process holds its lock.
        public static let locked = Code("locked")
        /// A change or an export could not be written; nothing was changed.
        public static let writeFailed = Code("writeFailed")

        /// The category's name, e.g. `invalidStateFile`.
        public var description: String { name }
    }

    /// The category.
    public let code: Code
    /// The file at fault, as given.
    public let path: String
    /// What went wrong and what to do, starting with the file.
    public let message: String

    /// Creates an error.
    /// - Parameters:
    ///   - code: The category.
    ///   - path: The file at fault.
    ///   - message: The full message.
    public init(_ code: Code, path: String, _ message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// Whether both errors have the same ``code``; messages and paths are not compared.
    public static func == (lhs: EmulatorStoreError, rhs: EmulatorStoreError) -> Bool { lhs.code == rhs.code }

    /// The ``message``.
    public var description: String { message }
}
