/// One collection of twilio-node's fluent REST paths, e.g. `documents` under a Sync Service.
///
/// The REST client is built from these values alone: a list is a callable JavaScript function
/// (`documents('name')` addresses one resource) carrying the list's own methods
/// (`documents.create({...})`, `documents.list()`), and the resource it addresses carries its
/// methods and the lists under it. Adding a resource of the emulator to the client is one entry
/// in ``TwilioRESTResource/products``.
struct TwilioRESTResource: Sendable {
    /// What a list or a resource can do, named as twilio-node names it.
    enum Method: String, Sendable, CaseIterable {
        case create, list, each, page, fetch, update, remove
    }

    /// How a list's pages name their items and their next page.
    enum Paging: Sendable {
        /// `meta.key` and `meta.next_page_url` (Sync, Media, Verify): the key is read from the page.
        case meta(key: String)
        /// The 2010 API's top-level `next_page_uri`, items under `key`.
        case uri(key: String)
    }

    /// The property name in JavaScript, e.g. `documents`.
    let name: String
    /// The path segment of the list, e.g. `Documents`.
    let segment: String
    /// The methods of the list itself.
    let listMethods: Set<Method>
    /// How its pages read; `nil` when it cannot be listed.
    let paging: Paging?
    /// The methods of one resource, when the list can be called with an identifier.
    let instanceMethods: Set<Method>
    /// The lists under one resource.
    let children: [TwilioRESTResource]
    /// Whether the list is called with no identifier and addresses itself
    /// (`playerStreamer(sid).playbackGrant()`).
    let isSingleton: Bool
    /// Whether the list can be called with an identifier at all (`verificationChecks` cannot).
    var isCallable: Bool { !instanceMethods.isEmpty || !children.isEmpty }

    init(
        _ name: String,
        _ segment: String,
        list listMethods: Set<Method> = [],
        paging: Paging? = nil,
        instance instanceMethods: Set<Method> = [],
        children: [TwilioRESTResource] = [],
        singleton: Bool = false
    ) {
        self.name = name
        self.segment = segment
        self.listMethods = listMethods
        self.paging = paging
        self.instanceMethods = instanceMethods
        self.children = children
        self.isSingleton = singleton
    }
}

/// A Twilio product as `client.<name>` reads it: where its requests go and its top lists.
struct TwilioRESTProduct: Sendable {
    /// Which base URL of ``TwilioAPI/TwilioEndpoints`` it uses.
    enum Domain: Sendable {
        case sync, media, api, verify, lookups
    }

    /// `sync`, `media`, `verify`, `lookups`.
    let name: String
    /// The version segment, also readable as a property (`client.verify.v2`).
    let version: String
    let domain: Domain
    let resources: [TwilioRESTResource]
}

extension TwilioRESTResource {
    private static let fullList: Set<Method> = [.create, .list, .each, .page]
    private static let readable: Set<Method> = [.list, .each, .page]
    private static let fullInstance: Set<Method> = [.fetch, .update, .remove]

    private static func permissions(_ name: String) -> TwilioRESTResource {
        TwilioRESTResource(name, "Permissions", list: readable, paging: .meta(key: "permissions"), instance: fullInstance)
    }

    /// The products `client.<name>` exposes, as the emulator serves them.
    static let products: [TwilioRESTProduct] = [
        TwilioRESTProduct(name: "sync", version: "v1", domain: .sync, resources: [
            TwilioRESTResource(
                "services", "Services", list: fullList, paging: .meta(key: "services"), instance: fullInstance,
                children: [
                    TwilioRESTResource(
                        "documents", "Documents", list: fullList, paging: .meta(key: "documents"), instance: fullInstance,
                        children: [permissions("documentPermissions")]
                    ),
                    TwilioRESTResource(
                        "syncLists", "Lists", list: fullList, paging: .meta(key: "lists"), instance: fullInstance,
                        children: [
                            TwilioRESTResource("syncListItems", "Items", list: fullList, paging: .meta(key: "items"), instance: fullInstance),
                            permissions("syncListPermissions"),
                        ]
                    ),
                    TwilioRESTResource(
                        "syncMaps", "Maps", list: fullList, paging: .meta(key: "maps"), instance: fullInstance,
                        children: [
                            TwilioRESTResource("syncMapItems", "Items", list: fullList, paging: .meta(key: "items"), instance: fullInstance),
                            permissions("syncMapPermissions"),
                        ]
                    ),
                    TwilioRESTResource(
                        "syncStreams", "Streams", list: fullList, paging: .meta(key: "streams"), instance: fullInstance,
                        children: [TwilioRESTResource("streamMessages", "Messages", list: [.create])]
                    ),
                ]
            ),
        ]),
        TwilioRESTProduct(name: "media", version: "v1", domain: .media, resources: [
            TwilioRESTResource(
                "playerStreamer", "PlayerStreamers", list: fullList, paging: .meta(key: "player_streamers"), instance: [.fetch, .update],
                children: [TwilioRESTResource("playbackGrant", "PlaybackGrant", instance: [.create, .fetch], singleton: true)]
            ),
        ]),
        TwilioRESTProduct(name: "verify", version: "v2", domain: .verify, resources: [
            TwilioRESTResource(
                "services", "Services", list: fullList, paging: .meta(key: "services"), instance: fullInstance,
                children: [
                    TwilioRESTResource("verifications", "Verifications", list: [.create], instance: [.fetch, .update]),
                    TwilioRESTResource("verificationChecks", "VerificationCheck", list: [.create]),
                ]
            ),
        ]),
        TwilioRESTProduct(name: "lookups", version: "v2", domain: .lookups, resources: [
            TwilioRESTResource("phoneNumbers", "PhoneNumbers", instance: [.fetch]),
        ]),
    ]

    /// The 2010 API's lists of the client's account, read as `client.messages`, `client.calls`, …
    static let accountResources: [TwilioRESTResource] = [
        TwilioRESTResource(
            "messages", "Messages", list: fullList, paging: .uri(key: "messages"), instance: fullInstance,
            children: [
                TwilioRESTResource("media", "Media", list: readable, paging: .uri(key: "media_list"), instance: [.fetch, .remove]),
                TwilioRESTResource("feedback", "Feedback", list: [.create]),
            ]
        ),
        TwilioRESTResource("calls", "Calls", list: fullList, paging: .uri(key: "calls"), instance: fullInstance),
        TwilioRESTResource(
            "incomingPhoneNumbers", "IncomingPhoneNumbers", list: fullList, paging: .uri(key: "incoming_phone_numbers"),
            instance: fullInstance
        ),
    ]
}
