import GRDB

extension EmulatorStore {
    /// The migration every emulator database has: a file without it is another program's.
    static let firstMigration = "v1-resources"

    /// The schema, one migration per version; GRDB records the applied ones in the database, so a
    /// file from a newer version (with migrations this one lacks) is recognised and refused.
    ///
    /// `resources` holds every resource as a row: `position` is creation order, `body` the
    /// resource's own fields as JSON (the form of an export), and the other columns what lookups,
    /// lists and expiry need, each behind an index.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(firstMigration) { db in
            try db.execute(
                sql: """
                    CREATE TABLE resources (
                        position INTEGER PRIMARY KEY,
                        kind TEXT NOT NULL,
                        sid TEXT NOT NULL UNIQUE,
                        parent_sid TEXT NOT NULL DEFAULT '',
                        unique_name TEXT,
                        date_expires TEXT,
                        body TEXT NOT NULL
                    );
                    CREATE UNIQUE INDEX resources_by_unique_name
                        ON resources (kind, parent_sid, unique_name) WHERE unique_name IS NOT NULL;
                    CREATE INDEX resources_by_parent ON resources (kind, parent_sid, position);
                    CREATE INDEX resources_by_expiry ON resources (date_expires) WHERE date_expires IS NOT NULL;
                    """
            )
        }
        // Deleting a service, List, Map or Document takes everything below it, found by parent.
        migrator.registerMigration("v2-parent-index") { db in
            try db.execute(sql: "CREATE INDEX resources_by_parent_sid ON resources (parent_sid)")
        }
        return migrator
    }
}
