/// What tells a Sync List from a Sync Map: their SIDs, paths and JSON names, and how their items
/// are addressed (a List by an index it assigns, a Map by a key the caller chooses).
protocol SyncCollectionFlavor: Sendable {
    /// The store's `kind` of the collection, e.g. `list`.
    static var collectionKind: String { get }
    /// The store's `kind` of its items, e.g. `listItem`.
    static var itemKind: String { get }
    /// The collection's SID prefix.
    static var sidPrefix: String { get }
    /// The path segment of the service's collections, e.g. `Lists`.
    static var pathSegment: String { get }
    /// The member of a list response of collections, e.g. `lists`.
    static var listKey: String { get }
    /// The collection's name in messages, e.g. `List`.
    static var noun: String { get }
    /// The item field naming its collection, e.g. `list_sid`.
    static var collectionField: String { get }
    /// Whether items are addressed by an index the collection assigns (a List) rather than a key.
    static var indexed: Bool { get }
    /// Twilio's code for item `Data` that is missing or not a JSON object.
    static var invalidDataCode: Int { get }
}

/// A Sync List (`ES…`): items in order, addressed by indexes that only grow.
enum ListFlavor: SyncCollectionFlavor {
    static let collectionKind = "list"
    static let itemKind = "listItem"
    static let sidPrefix = SID.syncList
    static let pathSegment = "Lists"
    static let listKey = "lists"
    static let noun = "List"
    static let collectionField = "list_sid"
    static let indexed = true
    static let invalidDataCode = 54156
}

/// A Sync Map (`MP…`): items addressed by keys, listed in key order.
enum MapFlavor: SyncCollectionFlavor {
    static let collectionKind = "map"
    static let itemKind = "mapItem"
    static let sidPrefix = SID.syncMap
    static let pathSegment = "Maps"
    static let listKey = "maps"
    static let noun = "Map"
    static let collectionField = "map_sid"
    static let indexed = false
    static let invalidDataCode = 54206
}

/// A Sync List.
typealias SyncList = SyncCollection<ListFlavor>
/// A Sync Map.
typealias SyncMap = SyncCollection<MapFlavor>
/// An item of a Sync List.
typealias SyncListItem = SyncItem<ListFlavor>
/// An item of a Sync Map.
typealias SyncMapItem = SyncItem<MapFlavor>
