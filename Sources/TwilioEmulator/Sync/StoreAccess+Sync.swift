extension StoreAccess {
    /// The Sync Service `id`: its SID, or `default` for the first service created.
    func service(_ id: String) throws -> SyncService? {
        id == "default" ? try firstResource(SyncService.self) : try resource(SyncService.self, sid: id)
    }

    /// The live document `id` (its `ET…` SID or its unique name) of the service `serviceSid`.
    func document(serviceSid: String, id: String) throws -> SyncDocument? {
        try object(SyncDocument.self, serviceSid: serviceSid, id: id)
    }

    /// The live object `id` (its SID or its unique name) of the service `serviceSid`.
    func object<Object: SyncObject>(_ type: Object.Type, serviceSid: String, id: String) throws -> Object? {
        SID.isValid(id, prefix: Object.sidPrefix)
            ? try resource(type, sid: id, parent: serviceSid)
            : try resource(type, parent: serviceSid, uniqueName: id)
    }

    /// The live item `key` (a List's index in decimal, a Map's key) of the collection `collectionSid`.
    func item<Flavor>(_ type: SyncItem<Flavor>.Type, collectionSid: String, key: String) throws -> SyncItem<Flavor>? {
        try resource(type, parent: collectionSid, uniqueName: key)
    }
}
