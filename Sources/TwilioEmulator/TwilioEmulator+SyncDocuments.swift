import Foundation
import TwilioWire

extension TwilioEmulator {
    /// The longest `Ttl` Sync accepts: one year. 0 means the document does not expire.
    static let maximumDocumentTtl = 31_536_000

    /// `GET /v1/Services/{ServiceSid}/Documents`: `PageSize` 1–100 (default 50), `Page` from 0.
    func listDocuments(service: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        let page = try PageRequest(parameters, maximumPageSize: 100)
        let urls = publicBaseURLs
        let (serviceSid, items, hasNext) = try await store.read(now: now) { access in
            guard let service = try access.service(service) else { throw EmulatorError.notFound(resource) }
            let (items, hasNext) = try access.page(SyncDocument.self, parent: service.sid, page)
            return (service.sid, items, hasNext)
        }
        return .json([
            "documents": .array(items.map { $0.resource(urls) }),
            "meta": page.meta(key: "documents", listURL: "\(urls.sync)/v1/Services/\(serviceSid)/Documents", hasNext: hasNext),
        ])
    }

    /// `POST /v1/Services/{ServiceSid}/Documents`: `UniqueName`, `Data`, `Ttl`, all optional → 201.
    func createDocument(service: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        let uniqueName = try parameters["UniqueName"].map { name throws(EmulatorError) in try Self.validatedUniqueName(name) }
        let data = try parameters["Data"].map { text throws(EmulatorError) in try Self.documentData(text) } ?? JSONObject()
        let ttl = try parameters.integer("Ttl", in: 0...Self.maximumDocumentTtl)
        let now = now
        let accountSid = credentials.accountSid
        let sid = SID.make(SID.syncDocument)
        let document = try await store.write(now: now) { access in
            guard let service = try access.service(service) else { throw EmulatorError.notFound(resource) }
            if let uniqueName, try access.containsResource(SyncDocument.self, parent: service.sid, uniqueName: uniqueName) {
                throw EmulatorError.duplicateUniqueName(uniqueName)
            }
            let document = SyncDocument(
                sid: sid, uniqueName: uniqueName, accountSid: accountSid, serviceSid: service.sid, revision: "0", data: data,
                dateExpires: Self.expiry(ttl: ttl, now: now), dateCreated: now, dateUpdated: now, createdBy: "system"
            )
            try access.insert(document)
            return document
        }
        return .json(document.resource(publicBaseURLs), status: 201, etag: document.revision)
    }

    /// `GET /v1/Services/{ServiceSid}/Documents/{Sid}`: by SID or unique name.
    func fetchDocument(service: String, id: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        let document = try await store.read(now: now) { access in try Self.document(access, service: service, id: id, resource: resource) }
        return .json(document.resource(publicBaseURLs), etag: document.revision)
    }

    /// `POST /v1/Services/{ServiceSid}/Documents/{Sid}`: `Data` and/or `Ttl`; `If-Match` must
    /// name the current revision when sent. The check and the change are one transaction, so of
    /// two updates made against one revision only the first succeeds.
    func updateDocument(
        service: String,
        id: String,
        _ parameters: RequestParameters,
        ifMatch: String?,
        resource: String
    ) async throws(EmulatorError) -> EmulatorResponse {
        let data = try parameters["Data"].map { text throws(EmulatorError) in try Self.documentData(text) }
        let ttl = try parameters.integer("Ttl", in: 0...Self.maximumDocumentTtl)
        guard data != nil || ttl != nil else {
            throw .invalidParameter("Data", "an update needs Data, Ttl or both")
        }
        let now = now
        let document = try await store.write(now: now) { access in
            var document = try Self.document(access, service: service, id: id, resource: resource)
            if let ifMatch, !Self.ifMatch(ifMatch, admits: document.revision) {
                throw EmulatorError.revisionMismatch
            }
            if let data { document.data = data }
            if let ttl { document.dateExpires = Self.expiry(ttl: ttl, now: now) }
            document.revision = document.nextRevision
            document.dateUpdated = now
            try access.update(document)
            return document
        }
        return .json(document.resource(publicBaseURLs), etag: document.revision)
    }

    /// `DELETE /v1/Services/{ServiceSid}/Documents/{Sid}` → 204 with no body.
    func deleteDocument(service: String, id: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try await store.write(now: now) { access in
            let document = try Self.document(access, service: service, id: id, resource: resource)
            try access.delete(SyncDocument.self, sid: document.sid)
        }
        return .noContent
    }

    /// The live document `id` of the service `service` (a SID or `default`).
    /// - Throws: a 404 naming `resource` when either does not exist.
    private static func document(_ access: StoreAccess, service: String, id: String, resource: String) throws -> SyncDocument {
        guard let service = try access.service(service), let document = try access.document(serviceSid: service.sid, id: id) else {
            throw EmulatorError.notFound(resource)
        }
        return document
    }

    /// The longest `UniqueName`, in Unicode scalars as Twilio counts them; at most 4 bytes of
    /// UTF-8 each.
    static let maximumUniqueNameScalars = 320

    /// `UniqueName` as Sync accepts it: 1 to 320 Unicode scalars, and not starting like a Document
    /// SID, which would make a URL ambiguous. Names are kept and compared scalar for scalar, so
    /// `café` and `cafe\u{301}` are two names.
    static func validatedUniqueName(_ name: String) throws(EmulatorError) -> String {
        guard !name.isEmpty else { throw .invalidUniqueName("must not be empty") }
        let limit = maximumUniqueNameScalars
        // The byte count is at hand; it keeps a hostile megabyte-long value from being walked.
        let bytes = name.utf8.count
        guard bytes <= 4 * limit else {
            throw .invalidUniqueName("is \(bytes) bytes long; the limit is \(limit) Unicode scalars (\(4 * limit) bytes)")
        }
        let scalars = name.unicodeScalars.count
        guard scalars <= limit else {
            throw .invalidUniqueName("is \(scalars) Unicode scalars long; the limit is \(limit)")
        }
        let prefix = String(name.unicodeScalars.prefix(34))
        guard !SID.isValid(prefix, prefix: SID.syncDocument) else {
            throw .invalidUniqueName(
                "\"\(RequestParameters.excerpt(name))\" starts like a Document SID (ET and 32 hex digits), so URLs could not tell them apart"
            )
        }
        return name
    }

    /// `Data`: the JSON text of an object whose compact JSON is at most 16 KiB.
    static func documentData(_ text: String) throws(EmulatorError) -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(text.utf8))
        } catch {
            throw .invalidDocumentData("not valid JSON (line \(error.line), column \(error.column): \(error.reason))")
        }
        guard let object = value.objectValue else {
            throw .invalidDocumentData("must be a JSON object such as {\"key\": \"value\"}, got \(RequestParameters.excerpt(text))")
        }
        let size = value.jsonBytes.count
        guard size <= SyncDocument.maximumDataBytes else {
            throw .documentDataTooLarge(byteCount: size, limit: SyncDocument.maximumDataBytes)
        }
        return object
    }

    /// Whether an `If-Match` value admits the current `revision`: `*`, or a comma-separated list
    /// of entity tags of which one names it. A tag may come quoted as HTTP writes it (`"3"`), bare
    /// as Twilio's SDKs send the revision (`3`), or weak (`W/"3"`).
    static func ifMatch(_ value: String, admits revision: String) -> Bool {
        value.split(separator: ",").contains { element in
            var tag = element.trimmingCharacters(in: .whitespaces)[...]
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
            if tag.count >= 2, tag.hasPrefix("\""), tag.hasSuffix("\"") { tag = tag.dropFirst().dropLast() }
            return tag == revision
        }
    }

    private static func expiry(ttl: Int?, now: Timestamp) -> Timestamp? {
        guard let ttl, ttl > 0 else { return nil }
        return now.adding(ttl)
    }
}
