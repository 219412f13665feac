import TwilioWire

/// Everything the emulated services hold, as one value: what `emulator export` writes,
/// `emulator import` reads, and a test kit's snapshot keeps.
///
/// Its JSON form is the export file, stable and diff-friendly: one member per line, resources in
/// creation order, each with the fields of the Twilio resource except `url` and `links` (which
/// depend on where the emulator is served):
///
/// ```json
/// {
///   "version": 1,
///   "services": [{"sid": "IS…", "unique_name": null, "account_sid": "AC…", "friendly_name": "default", …}],
///   "documents": [{"sid": "ET…", "unique_name": "streaming_info", "service_sid": "IS…", "revision": "0", "data": {…}, …}],
///   "lists": [{"sid": "ES…", …, "next_index": 3}], "listItems": [{"index": 0, "list_sid": "ES…", "data": {…}, …}],
///   "maps": [{"sid": "MP…", …}], "mapItems": [{"key": "alice", "map_sid": "MP…", "data": {…}, …}],
///   "streams": [{"sid": "TO…", …}],
///   "permissions": [{"document_sid": "ET…", "identity": "alice", "read": true, "write": false, "manage": false, …}],
///   "playerStreamers": [{"account_sid": "AC…", "status": "started", "sid": "VJ…", …}],
///   "verifyServices": [{"sid": "VA…", "friendly_name": "My App", "code_length": 6, …}],
///   "verifications": [{"sid": "VE…", "service_sid": "VA…", "to": "+14155552671", "status": "pending", "code": "123456", …}]
/// }
/// ```
///
/// Members other than `version` may be left out. The state files of earlier versions have this
/// form too, so they import as they are.
public struct EmulatorSnapshot: StoredDocument, Sendable, Equatable {
    /// The version of the file format this code reads and writes.
    static let version = 1

    /// Sync Services in creation order; the first one answers to `default`.
    var services: [SyncService] = []
    /// Sync Documents of every service in creation order.
    var documents: [SyncDocument] = []
    /// Sync Lists of every service in creation order.
    var lists: [SyncList] = []
    /// The items of every List, in creation order.
    var listItems: [SyncListItem] = []
    /// Sync Maps of every service in creation order.
    var maps: [SyncMap] = []
    /// The items of every Map, in creation order.
    var mapItems: [SyncMapItem] = []
    /// Sync Streams of every service in creation order.
    var streams: [SyncStream] = []
    /// The permissions of every Document, List and Map.
    var permissions: [SyncPermission] = []
    /// PlayerStreamers in creation order.
    var playerStreamers: [PlayerStreamer] = []
    /// Verify Services in creation order.
    var verifyServices: [VerifyService] = []
    /// Verifications of every Verify Service, with their codes.
    var verifications: [Verification] = []
    /// The account's phone numbers.
    var incomingPhoneNumbers: [IncomingPhoneNumber] = []
    /// Messages sent and received, with their status and callback histories.
    var messages: [Message] = []
    /// Calls placed and received, with the steps their TwiML made.
    var calls: [Call] = []

    /// An empty snapshot.
    public init() {}

    /// Whether nothing is held.
    public var isEmpty: Bool {
        services.isEmpty && documents.isEmpty && lists.isEmpty && listItems.isEmpty && maps.isEmpty && mapItems.isEmpty
            && streams.isEmpty && permissions.isEmpty && playerStreamers.isEmpty && verifyServices.isEmpty && verifications.isEmpty
            && incomingPhoneNumbers.isEmpty && messages.isEmpty && calls.isEmpty
    }

    /// What the snapshot holds, for a command's report, e.g. `1 service, 2 documents, 1 PlayerStreamer`;
    /// kinds of Sync object it has none of are left out.
    public var summary: String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let optional = [
            (lists.count, "list"), (listItems.count, "list item"), (maps.count, "map"), (mapItems.count, "map item"),
            (streams.count, "stream"), (permissions.count, "permission"),
        ].filter { $0.0 > 0 }.map { count($0.0, $0.1) }
        let verify = [
            (verifyServices.count, "Verify service"), (verifications.count, "verification"), (incomingPhoneNumbers.count, "phone number"),
            (messages.count, "message"), (calls.count, "call"),
        ].filter { $0.0 > 0 }.map { count($0.0, $0.1) }
        return ([count(services.count, "service"), count(documents.count, "document")] + optional + [
            count(playerStreamers.count, "PlayerStreamer")
        ] + verify).joined(separator: ", ")
    }

    /// The export file's bytes: pretty JSON ending in a newline.
    public var exportedJSON: [UInt8] {
        var bytes: [UInt8] = []
        JSONWriter.writePretty(jsonValue, into: &bytes)
        bytes.append(0x0A)
        return bytes
    }

    /// Reads an export (or state) file's bytes; `source` names the file in errors.
    /// - Throws: ``EmulatorStoreError`` (`invalidStateFile`) with the line and column of bad JSON,
    ///   or the path of the value at fault, e.g. `documents[2].service_sid`.
    public init(exportedJSON bytes: [UInt8], source: String) throws(EmulatorStoreError) {
        self = try Self.decode(bytes, shapeProblem: "is not an emulator export as this version writes it") { problem in
            EmulatorStoreError(
                .invalidStateFile,
                path: source,
                "\(source): the file \(problem). Nothing was imported; fix the file or export it again."
            )
        }
    }

    /// The snapshot document.
    var jsonValue: JSONValue {
        [
            "version": .int(Self.version),
            "services": .array(services.map { .object($0.stored) }),
            "documents": .array(documents.map { .object($0.stored) }),
            "lists": .array(lists.map { .object($0.stored) }),
            "listItems": .array(listItems.map { .object($0.stored) }),
            "maps": .array(maps.map { .object($0.stored) }),
            "mapItems": .array(mapItems.map { .object($0.stored) }),
            "streams": .array(streams.map { .object($0.stored) }),
            "permissions": .array(permissions.map { .object($0.stored) }),
            "playerStreamers": .array(playerStreamers.map { .object($0.stored) }),
            "verifyServices": .array(verifyServices.map { .object($0.stored) }),
            "verifications": .array(verifications.map { .object($0.stored) }),
            "incomingPhoneNumbers": .array(incomingPhoneNumbers.map { .object($0.stored) }),
            "messages": .array(messages.map { .object($0.stored) }),
            "calls": .array(calls.map { .object($0.stored) }),
        ]
    }

    /// Reads a snapshot document.
    /// - Throws: ``ShapeError`` naming the first value that is not as ``jsonValue`` writes it, or
    ///   a resource that collides with another or belongs to a service the file does not hold.
    init(json: JSONValue) throws(ShapeError) {
        guard let object = json.objectValue else {
            throw ShapeError(message: "the top level is not an object; expected {\"version\": \(Self.version), ...}")
        }
        let root = StoredObject(object: object, path: "")
        guard let version = try root.optionalInt("version") else {
            throw ShapeError(message: "\"version\": missing; expected \(Self.version)")
        }
        guard version == Self.version else {
            throw ShapeError(message: "\"version\" is \(version), but this emulator reads version \(Self.version) only")
        }
        try root.rejectUnknownKeys(
            [
                "version", "services", "documents", "lists", "listItems", "maps", "mapItems", "streams", "permissions", "playerStreamers",
                "verifyServices", "verifications", "incomingPhoneNumbers", "messages", "calls",
            ]
        )
        services = try Self.read(root, "services")
        documents = try Self.read(root, "documents")
        lists = try Self.read(root, "lists")
        listItems = try Self.read(root, "listItems")
        maps = try Self.read(root, "maps")
        mapItems = try Self.read(root, "mapItems")
        streams = try Self.read(root, "streams")
        permissions = try Self.read(root, "permissions")
        playerStreamers = try Self.read(root, "playerStreamers")
        verifyServices = try Self.read(root, "verifyServices")
        verifications = try Self.read(root, "verifications")
        incomingPhoneNumbers = try Self.read(root, "incomingPhoneNumbers")
        messages = try Self.read(root, "messages")
        calls = try Self.read(root, "calls")
        try checkReferences()
    }

    private static func read<Resource: StoredResource>(_ root: StoredObject, _ key: String) throws(ShapeError) -> [Resource] {
        var resources: [Resource] = []
        for object in try root.objects(key) { resources.append(try Resource(stored: object)) }
        return resources
    }

    /// Refuses what the database could not hold: a SID used twice, a unique name (or item key,
    /// or identity) used twice under one parent, a resource whose parent the snapshot does not hold.
    /// A List's `next_index` is raised past its items' indexes, so a new item never takes one.
    private mutating func checkReferences() throws(ShapeError) {
        var sids: [String: String] = [:]
        // Keyed by bytes: Swift's String equality would take `café` and `cafe\u{301}` for one name.
        var names: [[UInt8]: String] = [:]
        func claim<Resource: StoredResource>(
            _ resources: [Resource],
            _ member: String,
            parents: Set<String>?,
            parentField: String,
            nameField: String = "unique_name"
        ) throws(ShapeError) {
            for (index, resource) in resources.enumerated() {
                let place = "\(member)[\(index)]"
                if let parents, !parents.contains(resource.parentSid) {
                    throw ShapeError(message: "\(place).\(parentField): \(resource.parentSid) is not in the file")
                }
                if let name = resource.uniqueName {
                    let key = Array((Resource.kind + "/" + resource.parentSid + "/" + name).utf8)
                    if let first = names[key] {
                        throw ShapeError(message: "\(place).\(nameField): \"\(name)\" is also \(first)'s")
                    }
                    names[key] = place
                }
                // Items and permissions have no SID of their own; theirs repeats parent and name, checked above.
                if let first = sids[resource.sid] { throw ShapeError(message: "\(place).sid: \(resource.sid) is also \(first)'s") }
                sids[resource.sid] = place
            }
        }
        let serviceSids = Set(services.map(\.sid))
        try claim(services, "services", parents: nil, parentField: "")
        try claim(playerStreamers, "playerStreamers", parents: nil, parentField: "")
        try claim(documents, "documents", parents: serviceSids, parentField: "service_sid")
        try claim(lists, "lists", parents: serviceSids, parentField: "service_sid")
        try claim(maps, "maps", parents: serviceSids, parentField: "service_sid")
        try claim(streams, "streams", parents: serviceSids, parentField: "service_sid")
        try claim(listItems, "listItems", parents: Set(lists.map(\.sid)), parentField: "list_sid", nameField: "index")
        try claim(mapItems, "mapItems", parents: Set(maps.map(\.sid)), parentField: "map_sid", nameField: "key")
        let objects = Set(documents.map(\.sid) + lists.map(\.sid) + maps.map(\.sid))
        try claim(permissions, "permissions", parents: objects, parentField: "document_sid, list_sid or map_sid", nameField: "identity")
        try claim(verifyServices, "verifyServices", parents: nil, parentField: "")
        try claim(verifications, "verifications", parents: Set(verifyServices.map(\.sid)), parentField: "service_sid", nameField: "to")
        try claim(incomingPhoneNumbers, "incomingPhoneNumbers", parents: nil, parentField: "", nameField: "phone_number")
        try claim(messages, "messages", parents: nil, parentField: "")
        try claim(calls, "calls", parents: nil, parentField: "")
        for (index, list) in lists.enumerated() {
            let highest = listItems.lazy.filter { $0.collectionSid == list.sid }.compactMap(\.index).max()
            if let highest, highest >= list.nextIndex { lists[index].nextIndex = highest + 1 }
        }
    }
}
