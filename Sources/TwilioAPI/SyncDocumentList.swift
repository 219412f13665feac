import TwilioWire

/// The Sync Documents of one service, as `client.sync.services(sid).documents`.
///
/// Calling it addresses one document; its methods act on the list:
///
/// ```swift
/// let documents = client.sync.services(serviceSid).documents
/// let info = try await documents("streaming_info").fetch()
/// let created = try await documents.create(uniqueName: "streaming_info", data: ["playerStreamerSid": "VJ…"])
/// ```
public struct SyncDocumentList: Sendable {
    /// Twilio's largest page of documents.
    static let maximumPageSize = 100

    let client: TwilioClient
    /// The Sync Service SID.
    public let serviceSid: String

    /// The document with this SID (`ET…`) or unique name.
    ///
    /// The name is percent-encoded as one path segment, so spaces, `/`, `?` and non-ASCII
    /// characters address the document they name (twilio-node instead refuses `/` and `?`).
    public func callAsFunction(_ sidOrUniqueName: String) -> SyncDocumentContext {
        SyncDocumentContext(client: client, serviceSid: serviceSid, sid: sidOrUniqueName)
    }

    /// Creates a document: `POST /v1/Services/{ServiceSid}/Documents`.
    /// - Parameters:
    ///   - uniqueName: A unique name to fetch it by (up to 320 characters).
    ///   - data: The JSON object to store, sent as its JSON text (up to 16 KiB).
    ///   - ttl: Seconds until the document expires; none by default (it never expires).
    /// - Returns: The new document.
    /// - Throws: ``TwilioAPIError``, e.g. HTTP 409 when the unique name is taken.
    public func create(uniqueName: String? = nil, data: JSONObject? = nil, ttl: Int? = nil) async throws -> SyncDocument {
        var form: [(String, String)] = []
        if let uniqueName { form.append(("UniqueName", uniqueName)) }
        if let data { form.append(("Data", JSONValue.object(data).jsonString)) }
        if let ttl { form.append(("Ttl", String(ttl))) }
        let request = try client.request("POST", .sync, ["v1", "Services", serviceSid, "Documents"], form: form)
        return try await client.resource(request, SyncDocument.init(json:))
    }

    /// Lists the service's documents: `GET /v1/Services/{ServiceSid}/Documents`.
    ///
    /// Follows `meta.next_page_url` page after page until the last page, or until `limit`
    /// documents are read, as twilio-node's `list({pageSize, limit})` does.
    /// - Parameters:
    ///   - pageSize: Documents per page (1–100); Twilio's default (50) when `nil`, or `limit` when
    ///     that is smaller than 100.
    ///   - limit: The most documents to return; all of them when `nil`.
    /// - Returns: The documents in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(pageSize: Int? = nil, limit: Int? = nil) async throws -> [SyncDocument] {
        let query = TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.request("GET", .sync, ["v1", "Services", serviceSid, "Documents"], query: query)
        return try await client.list(request, key: "documents", limit: limit, SyncDocument.init(json:))
    }
}
