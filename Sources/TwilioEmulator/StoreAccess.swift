import GRDB
import TwilioWire

/// One transaction's view of the store: typed reads and writes of resources, one SQL statement
/// each, all measured against one moment so an expired resource is gone for all of them.
struct StoreAccess {
    /// The connection, inside a transaction for the duration of a ``EmulatorStore`` read or write.
    let db: Database
    /// The moment expiry is measured against.
    let now: Timestamp

    /// Rows that have not expired at `now`; binds one argument.
    private static let live = "(date_expires IS NULL OR date_expires > ?)"

    /// The live resource `sid` of type `type`, within `parent` when given.
    func resource<Resource: StoredResource>(_ type: Resource.Type, sid: String, parent: String? = nil) throws -> Resource? {
        var sql = "SELECT body FROM resources WHERE sid = ? AND kind = ? AND \(Self.live)"
        var arguments: StatementArguments = [sid, Resource.kind, now.iso8601]
        if let parent {
            sql += " AND parent_sid = ?"
            arguments += [parent]
        }
        return try fetchOne(type, sql: sql, arguments)
    }

    /// The live resource of `parent` whose unique name is `uniqueName`.
    func resource<Resource: StoredResource>(_ type: Resource.Type, parent: String, uniqueName: String) throws -> Resource? {
        try fetchOne(
            type,
            sql: "SELECT body FROM resources WHERE kind = ? AND parent_sid = ? AND unique_name = ? AND \(Self.live)",
            [Resource.kind, parent, uniqueName, now.iso8601]
        )
    }

    /// The live resource of `type` created first, such as the service `default` names.
    func firstResource<Resource: StoredResource>(_ type: Resource.Type) throws -> Resource? {
        try fetchOne(
            type,
            sql: "SELECT body FROM resources WHERE kind = ? AND \(Self.live) ORDER BY position LIMIT 1",
            [Resource.kind, now.iso8601]
        )
    }

    /// One page of the live resources of `type` in `parent`, in creation order (or the reverse).
    /// - Parameter status: Keeps only resources whose `status` field has this value.
    /// - Returns: the page's resources and whether a next page has any.
    func page<Resource: StoredResource>(
        _ type: Resource.Type,
        parent: String = "",
        status: String? = nil,
        newestFirst: Bool = false,
        _ page: PageRequest
    ) throws -> (items: [Resource], hasNext: Bool) {
        var filter: ListFilter? = nil
        if let status { filter = ListFilter(sql: "json_extract(body, '$.status') = ?", arguments: [status]) }
        return try self.page(type, parent: parent, filter: filter, orderBy: "position \(newestFirst ? "DESC" : "ASC")", page)
    }

    /// A condition on the rows of a list: SQL over the `resources` columns, and its arguments.
    struct ListFilter {
        let sql: String
        let arguments: StatementArguments
    }

    /// One page of the live resources of `type` in `parent` that pass `filter`, ordered by
    /// `orderBy` (SQL over the `resources` columns).
    /// - Returns: the page's resources and whether a next page has any.
    func page<Resource: StoredResource>(
        _ type: Resource.Type,
        parent: String,
        filter: ListFilter?,
        orderBy: String,
        _ page: PageRequest
    ) throws -> (items: [Resource], hasNext: Bool) {
        guard let offset = page.offset else { return ([], false) }
        var sql = "SELECT body FROM resources WHERE kind = ? AND parent_sid = ? AND \(Self.live)"
        var arguments: StatementArguments = [Resource.kind, parent, now.iso8601]
        if let filter {
            sql += " AND (\(filter.sql))"
            arguments += filter.arguments
        }
        sql += " ORDER BY \(orderBy) LIMIT ? OFFSET ?"
        // One row more than the page shows tells whether there is a next page.
        arguments += [page.pageSize + 1, offset]
        var items = try String.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { try Self.decode(type, body: $0) }
        let hasNext = items.count > page.pageSize
        if hasNext { items.removeLast() }
        return (items, hasNext)
    }

    /// The `limit` live resources of `type` created last, whatever their parent, newest first.
    func latest<Resource: StoredResource>(_ type: Resource.Type, limit: Int) throws -> [Resource] {
        try String.fetchAll(
            db.cachedStatement(sql: "SELECT body FROM resources WHERE kind = ? AND \(Self.live) ORDER BY position DESC LIMIT ?"),
            arguments: [Resource.kind, now.iso8601, limit]
        ).map { try Self.decode(type, body: $0) }
    }

    /// Whether `parent` has a live resource of `type` named `uniqueName`.
    func containsResource<Resource: StoredResource>(_ type: Resource.Type, parent: String, uniqueName: String) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(
                sql: "SELECT EXISTS(SELECT 1 FROM resources WHERE kind = ? AND parent_sid = ? AND unique_name = ? AND \(Self.live))"
            ),
            arguments: [Resource.kind, parent, uniqueName, now.iso8601]
        ) ?? false
    }

    /// Adds `resource` after every other, so lists keep creation order.
    func insert<Resource: StoredResource>(_ resource: Resource) throws {
        try db.cachedStatement(
            sql: "INSERT INTO resources (kind, sid, parent_sid, unique_name, date_expires, body) VALUES (?, ?, ?, ?, ?, ?)"
        ).execute(
            arguments: [
                Resource.kind, resource.sid, resource.parentSid, resource.uniqueName, resource.dateExpires?.iso8601,
                JSONValue.object(resource.stored).jsonString,
            ]
        )
    }

    /// Replaces the stored fields of `resource`, keeping its place in creation order.
    func update<Resource: StoredResource>(_ resource: Resource) throws {
        try db.cachedStatement(sql: "UPDATE resources SET unique_name = ?, date_expires = ?, body = ? WHERE sid = ? AND kind = ?").execute(
            arguments: [
                resource.uniqueName, resource.dateExpires?.iso8601, JSONValue.object(resource.stored).jsonString,
                resource.sid, Resource.kind,
            ]
        )
    }

    /// Deletes the resource `sid` of `type`.
    func delete<Resource: StoredResource>(_ type: Resource.Type, sid: String) throws {
        try db.cachedStatement(sql: "DELETE FROM resources WHERE sid = ? AND kind = ?").execute(arguments: [sid, Resource.kind])
    }

    /// Deletes the resource `sid` and everything below it (a service's objects, a collection's
    /// items, an object's permissions), as Twilio deletes them together.
    func deleteTree(sid: String) throws {
        try db.cachedStatement(
            sql: """
                WITH RECURSIVE doomed(sid) AS (
                    SELECT ? UNION SELECT resources.sid FROM resources JOIN doomed ON resources.parent_sid = doomed.sid
                )
                DELETE FROM resources WHERE sid IN doomed
                """
        ).execute(arguments: [sid])
    }

    /// Deletes every resource whose time ran out by `now`, with everything below it (a List's
    /// items go with the List), as Twilio does; the expiry index keeps this to the rows that are due.
    func removeExpired() throws {
        try db.cachedStatement(
            sql: """
                WITH RECURSIVE doomed(sid) AS (
                    SELECT sid FROM resources WHERE date_expires IS NOT NULL AND date_expires <= ?
                    UNION SELECT resources.sid FROM resources JOIN doomed ON resources.parent_sid = doomed.sid
                )
                DELETE FROM resources WHERE sid IN doomed
                """
        ).execute(arguments: [now.iso8601])
    }

    /// Whether the store holds nothing.
    func isEmpty() throws -> Bool {
        try !(Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM resources)") ?? false)
    }

    /// Every live resource of `type`, in creation order.
    func all<Resource: StoredResource>(_ type: Resource.Type) throws -> [Resource] {
        try String.fetchAll(
            db,
            sql: "SELECT body FROM resources WHERE kind = ? AND \(Self.live) ORDER BY position",
            arguments: [Resource.kind, now.iso8601]
        ).map { try Self.decode(type, body: $0) }
    }

    /// Deletes everything.
    func removeAll() throws {
        try db.execute(sql: "DELETE FROM resources")
    }

    private func fetchOne<Resource: StoredResource>(
        _ type: Resource.Type,
        sql: String,
        _ arguments: StatementArguments
    ) throws -> Resource? {
        // Cached: each statement is compiled once per connection, not once per request.
        try String.fetchOne(db.cachedStatement(sql: sql), arguments: arguments).map { try Self.decode(type, body: $0) }
    }

    /// The resource a row's `body` holds.
    /// - Throws: ``UnreadableRow`` when the row was changed outside the emulator into something
    ///   it cannot read.
    private static func decode<Resource: StoredResource>(_ type: Resource.Type, body: String) throws -> Resource {
        do {
            let json = try JSONParser.parse(Array(body.utf8))
            return try Resource(stored: try StoredObject(json, path: Resource.kind))
        } catch let error as ShapeError {
            throw UnreadableRow(reason: error.message)
        } catch {
            throw UnreadableRow(reason: "\(Resource.kind): its JSON is not valid (\(error))")
        }
    }
}

/// A row whose `body` the emulator cannot read, as after an edit with the `sqlite3` shell.
struct UnreadableRow: Error, Sendable {
    let reason: String
}
