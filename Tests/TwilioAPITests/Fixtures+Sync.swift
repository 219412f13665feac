import TwilioAPI
import TwilioWire

/// The Sync resources of Twilio's OpenAPI description (`twilio_sync_v1.json`), as its examples show them.
extension Fixtures {
    static let listSid = "ESaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let mapSid = "MPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let streamSid = "TOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let messageSid = "TZaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    static let servicesURL = "https://sync.twilio.com/v1/Services"
    static let serviceURL = "\(servicesURL)/\(serviceSid)"

    static let service = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "friendly_name": "friendly_name",
          "links": {
            "documents": "\(serviceURL)/Documents",
            "lists": "\(serviceURL)/Lists",
            "maps": "\(serviceURL)/Maps",
            "streams": "\(serviceURL)/Streams"
          },
          "sid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "unique_name": "unique_name",
          "url": "\(serviceURL)",
          "webhook_url": "http://www.example.com",
          "webhooks_from_rest_enabled": false,
          "reachability_webhooks_enabled": false,
          "acl_enabled": true,
          "reachability_debouncing_enabled": false,
          "reachability_debouncing_window": 5000
        }
        """

    static let syncList = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "created_by": "created_by",
          "date_expires": "2015-07-30T21:00:00Z",
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "links": {
            "items": "\(serviceURL)/Lists/\(listSid)/Items",
            "permissions": "\(serviceURL)/Lists/\(listSid)/Permissions"
          },
          "revision": "revision",
          "service_sid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "sid": "ESaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "unique_name": "unique_name",
          "url": "\(serviceURL)/Lists/\(listSid)"
        }
        """

    static let syncListItem = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "created_by": "created_by",
          "data": {},
          "date_expires": "2015-07-30T21:00:00Z",
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "index": 100,
          "list_sid": "ESaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "revision": "revision",
          "service_sid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "url": "\(serviceURL)/Lists/\(listSid)/Items/100"
        }
        """

    static let syncMap = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "created_by": "created_by",
          "date_expires": "2015-07-30T21:00:00Z",
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "links": {
            "items": "\(serviceURL)/Maps/\(mapSid)/Items",
            "permissions": "\(serviceURL)/Maps/\(mapSid)/Permissions"
          },
          "revision": "revision",
          "service_sid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "sid": "MPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "unique_name": "unique_name",
          "url": "\(serviceURL)/Maps/\(mapSid)"
        }
        """

    static let syncMapItem = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "created_by": "created_by",
          "data": {},
          "date_expires": "2015-07-30T21:00:00Z",
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "key": "key",
          "map_sid": "MPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "revision": "revision",
          "service_sid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "url": "\(serviceURL)/Maps/\(mapSid)/Items/key"
        }
        """

    static let syncStream = """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "created_by": "created_by",
          "date_expires": "2015-07-30T21:00:00Z",
          "date_created": "2015-07-30T20:00:00Z",
          "date_updated": "2015-07-30T20:00:00Z",
          "links": {"messages": "\(serviceURL)/Streams/\(streamSid)/Messages"},
          "service_sid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "sid": "TOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "unique_name": "unique_name",
          "url": "\(serviceURL)/Streams/\(streamSid)"
        }
        """

    static let streamMessage = #"{"sid": "TZaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "data": {}}"#

    /// A Document, Sync List or Sync Map Permission: `sidField` is `document_sid`, `list_sid` or `map_sid`.
    static func permission(sidField: String, sid: String, collection: String) -> String {
        """
        {
          "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "service_sid": "ISaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
          "\(sidField)": "\(sid)",
          "identity": "identity",
          "read": true,
          "write": true,
          "manage": true,
          "url": "\(serviceURL)/\(collection)/\(sid)/Permissions/identity"
        }
        """
    }

    /// A page of a list response: `items` under `key`, then `meta` with `next_page_url`.
    static func page(_ key: String, _ items: [String], next: String? = nil) -> String {
        let nextPage = next.map { "\"\($0)\"" } ?? "null"
        return """
            {"\(key)": [\(items.joined(separator: ", "))], \
            "meta": {"key": "\(key)", "page_size": \(items.count), "next_page_url": \(nextPage)}}
            """
    }
}
