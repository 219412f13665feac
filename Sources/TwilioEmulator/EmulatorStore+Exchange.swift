import Foundation
import TwilioWire

extension EmulatorStore {
    /// Everything the store holds that has not expired at the clock's time, as one value.
    /// - Throws: ``EmulatorStoreError`` when the database cannot be read.
    public func snapshot(clock: EmulatorClock = .system) throws(EmulatorStoreError) -> EmulatorSnapshot {
        try readBlocking(now: Timestamp(clock.now)) { access in
            var snapshot = EmulatorSnapshot()
            snapshot.services = try access.all(SyncService.self)
            snapshot.documents = try access.all(SyncDocument.self)
            snapshot.lists = try access.all(SyncList.self)
            snapshot.listItems = try access.all(SyncListItem.self)
            snapshot.maps = try access.all(SyncMap.self)
            snapshot.mapItems = try access.all(SyncMapItem.self)
            snapshot.streams = try access.all(SyncStream.self)
            snapshot.permissions = try access.all(SyncPermission.self)
            // What belongs to an object that expired is gone with it, though a read leaves the rows.
            let lists = Set(snapshot.lists.map(\.sid)), maps = Set(snapshot.maps.map(\.sid))
            snapshot.listItems.removeAll { !lists.contains($0.collectionSid) }
            snapshot.mapItems.removeAll { !maps.contains($0.collectionSid) }
            let objects = lists.union(maps).union(snapshot.documents.map(\.sid))
            snapshot.permissions.removeAll { !objects.contains($0.objectSid) }
            snapshot.playerStreamers = try access.all(PlayerStreamer.self)
            snapshot.verifyServices = try access.all(VerifyService.self)
            snapshot.verifications = try access.all(Verification.self)
            snapshot.incomingPhoneNumbers = try access.all(IncomingPhoneNumber.self)
            snapshot.messages = try access.all(Message.self)
            snapshot.calls = try access.all(Call.self)
            return snapshot
        }
    }

    /// Replaces everything the store holds with `snapshot`, in one transaction: on failure the
    /// store is as it was.
    /// - Throws: ``EmulatorStoreError`` (`writeFailed`) naming the database.
    public func replace(with snapshot: EmulatorSnapshot) throws(EmulatorStoreError) {
        // Expiry is not applied while loading, so an import keeps what the file holds byte for byte.
        try writeBlocking(now: Timestamp(seconds: 0)) { access in
            try access.removeAll()
            try Self.insert(snapshot, into: access)
        }
    }

    /// Loads `snapshot` only when the store is empty, in one transaction.
    /// - Returns: Whether it was loaded.
    func replaceIfEmpty(with snapshot: EmulatorSnapshot) throws(EmulatorStoreError) -> Bool {
        try writeBlocking(now: Timestamp(seconds: 0)) { access in
            guard try access.isEmpty() else { return false }
            try Self.insert(snapshot, into: access)
            return true
        }
    }

    /// Deletes everything the store holds.
    /// - Throws: ``EmulatorStoreError`` (`writeFailed`) naming the database.
    public func removeAll() throws(EmulatorStoreError) {
        try replace(with: EmulatorSnapshot())
    }

    /// Writes ``snapshot(clock:)`` to the export file `path`, replacing it atomically.
    /// - Returns: the snapshot written.
    /// - Throws: ``EmulatorStoreError`` naming the file when it cannot be written.
    @discardableResult
    public func export(to path: String, clock: EmulatorClock = .system) throws(EmulatorStoreError) -> EmulatorSnapshot {
        let snapshot = try snapshot(clock: clock)
        do {
            try AtomicFileWriter.replace(path, with: snapshot.exportedJSON)
        } catch {
            throw EmulatorStoreError(.writeFailed, path: path, "\(path): the export could not be written (\(error.reason)).")
        }
        return snapshot
    }

    /// Replaces everything the store holds with the export file at `path`, as ``replace(with:)``.
    /// - Returns: the snapshot loaded.
    /// - Throws: ``EmulatorStoreError`` naming the file (and the line, column or value at fault);
    ///   the store is unchanged then.
    @discardableResult
    public func importFile(_ path: String) throws(EmulatorStoreError) -> EmulatorSnapshot {
        let snapshot = try EmulatorSnapshot.load(path)
        try replace(with: snapshot)
        return snapshot
    }

    /// Adds every resource of `snapshot`, in its order, so positions keep creation order.
    static func insert(_ snapshot: EmulatorSnapshot, into access: StoreAccess) throws {
        for service in snapshot.services { try access.insert(service) }
        for document in snapshot.documents { try access.insert(document) }
        for list in snapshot.lists { try access.insert(list) }
        for item in snapshot.listItems { try access.insert(item) }
        for map in snapshot.maps { try access.insert(map) }
        for item in snapshot.mapItems { try access.insert(item) }
        for stream in snapshot.streams { try access.insert(stream) }
        for permission in snapshot.permissions { try access.insert(permission) }
        for streamer in snapshot.playerStreamers { try access.insert(streamer) }
        for service in snapshot.verifyServices { try access.insert(service) }
        for verification in snapshot.verifications { try access.insert(verification) }
        for number in snapshot.incomingPhoneNumbers { try access.insert(number) }
        for message in snapshot.messages { try access.insert(message) }
        for call in snapshot.calls { try access.insert(call) }
    }
}

extension EmulatorSnapshot {
    /// The export (or earlier state) file at `path`.
    /// - Throws: ``EmulatorStoreError`` naming the file: missing, unreadable, or not an export.
    public static func load(_ path: String) throws(EmulatorStoreError) -> EmulatorSnapshot {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw EmulatorStoreError(.unreadableFile, path: path, "\(path): no such file to import.")
        }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw EmulatorStoreError(
                .unreadableFile,
                path: path,
                "\(path): cannot be read (\(isFolder.boolValue ? "it is a folder" : "permission denied or I/O error"))."
            )
        }
        return try EmulatorSnapshot(exportedJSON: Array(data), source: path)
    }
}
