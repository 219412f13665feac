import GRDB
import TwilioWire

/// The items of Sync Lists and Maps.
extension TwilioEmulator {
    /// Twilio's limit on a Map item's key, in characters.
    static let maximumMapKeyLength = 256

    /// `GET …/{Lists|Maps}/{Sid}/Items`: `Order` (`asc`, `desc`), `From` (an index or key, where
    /// the page starts) and `Bounds` (`inclusive`, `exclusive`), then paging. List items come in
    /// index order, Map items in key order (by UTF-8 bytes).
    func listItems<Flavor>(
        _ type: SyncItem<Flavor>.Type,
        service: String,
        id: String,
        _ parameters: RequestParameters,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        let order = try parameters.choice("Order", from: ["asc", "desc"]) ?? "asc"
        let bounds = try parameters.choice("Bounds", from: ["inclusive", "exclusive"]) ?? "inclusive"
        let from = parameters["From"]
        if Flavor.indexed, let from, Int(from).map({ $0 >= 0 }) != true {
            throw .invalidParameter("From", "must be the index of a List item, a whole number from 0, got \"\(RequestParameters.excerpt(from))\"")
        }
        let page = try PageRequest(parameters, maximumPageSize: 100)
        // List indexes are kept as decimal text; compared as numbers so 10 comes after 9.
        let column = Flavor.indexed ? "CAST(unique_name AS INTEGER)" : "unique_name"
        let descending = order == "desc"
        let filter = from.map { from in
            let comparison = (descending ? "<" : ">") + (bounds == "inclusive" ? "=" : "")
            let value: any DatabaseValueConvertible = Flavor.indexed ? Int(from) ?? 0 : from
            return StoreAccess.ListFilter(sql: "\(column) \(comparison) ?", arguments: [value])
        }
        let urls = publicBaseURLs
        let (serviceSid, collectionSid, items, hasNext) = try await store.read(now: now) { access in
            let collection = try Self.object(SyncCollection<Flavor>.self, access, service: service, id: id, resource: resource)
            let (items, hasNext) = try access.page(
                type, parent: collection.sid, filter: filter, orderBy: "\(column) \(descending ? "DESC" : "ASC")", page
            )
            return (collection.serviceSid, collection.sid, items, hasNext)
        }
        var filters: [(String, String)] = []
        if parameters["Order"] != nil { filters.append(("Order", order)) }
        if let from { filters.append(("From", from)) }
        if parameters["Bounds"] != nil { filters.append(("Bounds", bounds)) }
        let listURL = SyncCollection<Flavor>.url(urls.sync, serviceSid: serviceSid, sid: collectionSid) + "/Items"
        return .json([
            "items": .array(items.map { $0.resource(urls) }),
            "meta": page.meta(key: "items", listURL: listURL, filters: filters, hasNext: hasNext),
        ])
    }

    /// `POST …/{Lists|Maps}/{Sid}/Items`: `Data` (required), `Key` (required for a Map; a List
    /// gives the next index), `ItemTtl` (or `Ttl`), `CollectionTtl` → 201.
    func createItem<Flavor>(
        _ type: SyncItem<Flavor>.Type,
        service: String,
        id: String,
        _ parameters: RequestParameters,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        var mapKey: String?
        if !Flavor.indexed {
            guard let sent = parameters["Key"] else {
                throw .missingParameter("Key", code: 54209, "a Map item needs a Key of 1 to \(Self.maximumMapKeyLength) characters")
            }
            mapKey = try Self.validatedMapKey(sent)
        }
        let key = mapKey
        guard let text = parameters["Data"] else {
            throw .missingParameter("Data", code: Flavor.invalidDataCode, "a \(Flavor.noun) item needs Data, the JSON text of an object")
        }
        let data = try Self.itemData(text, Flavor.self)
        let itemTtl = try SyncTtl.parameter(parameters, ["ItemTtl", "Ttl"])
        let collectionTtl = try SyncTtl.parameter(parameters, ["CollectionTtl"])
        let now = now
        let accountSid = credentials.accountSid
        let item = try await store.write(now: now) { access in
            var collection = try Self.object(SyncCollection<Flavor>.self, access, service: service, id: id, resource: resource)
            let itemKey: String
            if let key {
                if try access.item(type, collectionSid: collection.sid, key: key) != nil { throw EmulatorError.duplicateMapKey(key) }
                itemKey = key
            } else {
                itemKey = String(collection.nextIndex)
                collection.nextIndex += 1
            }
            if let collectionTtl { collection.dateExpires = SyncTtl.expiry(collectionTtl, now: now) }
            if key == nil || collectionTtl != nil { try access.update(collection) }
            let item = SyncItem<Flavor>(
                key: itemKey, accountSid: accountSid, serviceSid: collection.serviceSid, collectionSid: collection.sid,
                data: data, dateExpires: itemTtl.flatMap { SyncTtl.expiry($0, now: now) }, now: now
            )
            try access.insert(item)
            return item
        }
        return .json(item.resource(publicBaseURLs), status: 201, etag: item.revision)
    }

    /// `GET …/{Lists|Maps}/{Sid}/Items/{Index or Key}`.
    func fetchItem<Flavor>(
        _ type: SyncItem<Flavor>.Type,
        service: String,
        id: String,
        key: String,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        let item = try await store.read(now: now) { access in
            try Self.item(type, access, service: service, id: id, key: key, resource: resource)
        }
        return .json(item.resource(publicBaseURLs), etag: item.revision)
    }

    /// `POST …/{Lists|Maps}/{Sid}/Items/{Index or Key}`: `Data`, `ItemTtl` (or `Ttl`),
    /// `CollectionTtl`, at least one; `If-Match` must name the current revision when sent.
    func updateItem<Flavor>(
        _ type: SyncItem<Flavor>.Type,
        service: String,
        id: String,
        key: String,
        _ parameters: RequestParameters,
        ifMatch: String?,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        let data = try parameters["Data"].map { text throws(EmulatorError) in try Self.itemData(text, Flavor.self) }
        let itemTtl = try SyncTtl.parameter(parameters, ["ItemTtl", "Ttl"])
        let collectionTtl = try SyncTtl.parameter(parameters, ["CollectionTtl"])
        guard data != nil || itemTtl != nil || collectionTtl != nil else {
            throw .invalidParameter("Data", "an update needs Data, ItemTtl or CollectionTtl")
        }
        let now = now
        let item = try await store.write(now: now) { access in
            var item = try Self.item(type, access, service: service, id: id, key: key, resource: resource)
            if let ifMatch, !Self.ifMatch(ifMatch, admits: item.revision) { throw EmulatorError.itemRevisionMismatch }
            if let data { item.data = data }
            if let itemTtl { item.dateExpires = SyncTtl.expiry(itemTtl, now: now) }
            if data != nil || itemTtl != nil {
                item.revision = item.nextRevision
                item.dateUpdated = now
                try access.update(item)
            }
            if let collectionTtl, var collection = try access.resource(SyncCollection<Flavor>.self, sid: item.collectionSid) {
                collection.dateExpires = SyncTtl.expiry(collectionTtl, now: now)
                try access.update(collection)
            }
            return item
        }
        return .json(item.resource(publicBaseURLs), etag: item.revision)
    }

    /// `DELETE …/{Lists|Maps}/{Sid}/Items/{Index or Key}` → 204; `If-Match` as for an update.
    /// A List never gives a deleted index again.
    func deleteItem<Flavor>(
        _ type: SyncItem<Flavor>.Type,
        service: String,
        id: String,
        key: String,
        ifMatch: String?,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        try await store.write(now: now) { access in
            let item = try Self.item(type, access, service: service, id: id, key: key, resource: resource)
            if let ifMatch, !Self.ifMatch(ifMatch, admits: item.revision) { throw EmulatorError.itemRevisionMismatch }
            try access.delete(type, sid: item.sid)
        }
        return .noContent
    }

    /// The live item `key` of the collection `id` of the service `service`.
    /// - Throws: a 404 naming `resource` when any of them does not exist, or a List index is not
    ///   a whole number.
    private static func item<Flavor>(
        _ type: SyncItem<Flavor>.Type,
        _ access: StoreAccess,
        service: String,
        id: String,
        key: String,
        resource: String
    ) throws -> SyncItem<Flavor> {
        let collection = try object(SyncCollection<Flavor>.self, access, service: service, id: id, resource: resource)
        // A List index is written back in decimal, so `007` and `+7` do not name item 7.
        if Flavor.indexed, Int(key).map({ $0 >= 0 && String($0) == key }) != true { throw EmulatorError.notFound(resource) }
        guard let item = try access.item(type, collectionSid: collection.sid, key: key) else { throw EmulatorError.notFound(resource) }
        return item
    }

    /// A Map item's `Key`: 1 to 256 characters.
    static func validatedMapKey(_ key: String) throws(EmulatorError) -> String {
        guard !key.isEmpty else { throw .invalidMapKey("must not be empty") }
        // The byte count bounds the walk of a hostile megabyte-long value.
        guard key.utf8.count <= 4 * maximumMapKeyLength, key.count <= maximumMapKeyLength else {
            throw .invalidMapKey("is longer than \(maximumMapKeyLength) characters")
        }
        return key
    }

    /// An item's `Data`: a JSON object of at most 16 KiB.
    private static func itemData<Flavor: SyncCollectionFlavor>(_ text: String, _ flavor: Flavor.Type) throws(EmulatorError) -> JSONObject {
        try syncData(
            text, limit: SyncDocument.maximumDataBytes, noun: "a Sync \(Flavor.noun) item",
            invalidCode: Flavor.invalidDataCode
        )
    }
}
