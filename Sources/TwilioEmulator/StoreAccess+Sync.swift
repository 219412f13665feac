extension StoreAccess {
    /// The Sync Service `id`: its SID, or `default` for the first service created.
    func service(_ id: String) throws -> SyncService? {
        id == "default" ? try firstResource(SyncService.self) : try resource(SyncService.self, sid: id)
    }

    /// The live document `id` (its `ET…` SID or its unique name) of the service `serviceSid`.
    func document(serviceSid: String, id: String) throws -> SyncDocument? {
        SID.isValid(id, prefix: SID.syncDocument)
            ? try resource(SyncDocument.self, sid: id, parent: serviceSid)
            : try resource(SyncDocument.self, parent: serviceSid, uniqueName: id)
    }
}
