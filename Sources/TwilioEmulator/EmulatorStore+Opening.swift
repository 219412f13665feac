import Foundation
import GRDB

extension EmulatorStore {
    /// The store kept in the SQLite database at `path`, created (with its folder) when missing.
    ///
    /// A symbolic link is followed to its target, so the database and its `-wal` file live beside
    /// the real file. The schema is brought up to this version's; a database written by a newer
    /// version, or by another program, is refused rather than changed.
    ///
    /// - Parameter path: The database file, e.g. `.twilio-functions/emulator.sqlite`.
    /// - Throws: ``EmulatorStoreError`` naming the file when it is a folder, not an SQLite
    ///   database, another program's, read-only, of a newer schema, or cannot be opened. The file
    ///   is left as it was.
    public static func file(at path: String) throws(EmulatorStoreError) -> EmulatorStore {
        try file(at: DatabaseFile(path))
    }

    /// The existing database at `path`, opened read-only: nothing in it changes, not even its
    /// schema (`emulator export` reads a database this way, read-only files included).
    /// - Throws: ``EmulatorStoreError`` naming the file when there is none, or it cannot be read
    ///   as an emulator database of this version.
    public static func existingFile(readingOnly path: String) throws(EmulatorStoreError) -> EmulatorStore {
        let file = DatabaseFile(path)
        guard FileManager.default.fileExists(atPath: file.resolved) else {
            throw EmulatorStoreError(.unreadableFile, path: path, "\(file.described): no emulator database here. Pass --database PATH.")
        }
        try file.checkUsable(forWriting: false)
        do {
            try inspect(file)
            var configuration = Self.configuration
            configuration.readonly = true
            return EmulatorStore(database: try DatabaseQueue(path: file.resolved, configuration: configuration), path: file.resolved)
        } catch let error as EmulatorStoreError {
            throw error
        } catch {
            throw file.openingFailed(error)
        }
    }

    static func file(at file: DatabaseFile) throws(EmulatorStoreError) -> EmulatorStore {
        try file.checkUsable(forWriting: true)
        do {
            if FileManager.default.fileExists(atPath: file.resolved) { try inspect(file) }
            let pool = try DatabasePool(path: file.resolved, configuration: Self.configuration)
            try Self.migrator.migrate(pool)
            return EmulatorStore(database: pool, path: file.resolved)
        } catch let error as EmulatorStoreError {
            throw error
        } catch {
            throw file.openingFailed(error)
        }
    }

    /// Looks at an existing file on a read-only connection, so what is refused is never written
    /// to: a database of a newer version (migrations this one does not know), or another
    /// program's (tables, but not the emulator's).
    private static func inspect(_ file: DatabaseFile) throws {
        var configuration = Self.configuration
        configuration.readonly = true
        let (tables, applied) = try DatabaseQueue(path: file.resolved, configuration: configuration).read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            return (tables, try Self.migrator.appliedIdentifiers(db))
        }
        guard !tables.isEmpty else { return }
        guard applied.contains(Self.firstMigration) else { throw file.foreign(tables: tables) }
        let unknown = applied.subtracting(Self.migrator.migrations)
        guard unknown.isEmpty else { throw file.newerSchema(unknown.sorted()) }
    }
}
