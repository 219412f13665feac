import Foundation
import TwilioWire

extension TwilioEmulator {
    /// `POST /v1/Services/{ServiceSid}/Documents`: `UniqueName`, `Data`, `Ttl`, all optional → 201.
    func createDocument(service: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        let uniqueName = try parameters["UniqueName"].map { name throws(EmulatorError) in
            try Self.validatedUniqueName(name, sidPrefix: SID.syncDocument, noun: "Document")
        }
        let data = try parameters["Data"].map { text throws(EmulatorError) in try Self.documentData(text) } ?? JSONObject()
        let ttl = try SyncTtl.parameter(parameters, ["Ttl"])
        let now = now
        let accountSid = credentials.accountSid
        let sid = SID.make(SID.syncDocument)
        let document = try await store.write(now: now) { access in
            guard let service = try access.service(service) else { throw EmulatorError.notFound(resource) }
            if let uniqueName, try access.containsResource(SyncDocument.self, parent: service.sid, uniqueName: uniqueName) {
                throw EmulatorError.duplicateUniqueName(uniqueName, noun: "Document")
            }
            let document = SyncDocument(
                sid: sid, uniqueName: uniqueName, accountSid: accountSid, serviceSid: service.sid, revision: "0", data: data,
                dateExpires: ttl.flatMap { SyncTtl.expiry($0, now: now) }, dateCreated: now, dateUpdated: now, createdBy: "system"
            )
            try access.insert(document)
            return document
        }
        return .json(document.resource(publicBaseURLs), status: 201, etag: document.revision)
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
        let ttl = try SyncTtl.parameter(parameters, ["Ttl"])
        guard data != nil || ttl != nil else {
            throw .invalidParameter("Data", "an update needs Data, Ttl or both")
        }
        let now = now
        let document = try await store.write(now: now) { access in
            var document = try Self.object(SyncDocument.self, access, service: service, id: id, resource: resource)
            if let ifMatch, !Self.ifMatch(ifMatch, admits: document.revision) {
                throw EmulatorError.revisionMismatch
            }
            if let data { document.data = data }
            if let ttl { document.dateExpires = SyncTtl.expiry(ttl, now: now) }
            document.recordChange(now: now)
            try access.update(document)
            return document
        }
        return .json(document.resource(publicBaseURLs), etag: document.revision)
    }

    /// The longest `UniqueName`, in Unicode scalars as Twilio counts them; at most 4 bytes of
    /// UTF-8 each.
    static let maximumUniqueNameScalars = 320

    /// `UniqueName` as Sync accepts it: 1 to 320 Unicode scalars, and not starting like a SID of
    /// the object's type (`sidPrefix`), which would make a URL ambiguous. Names are kept and
    /// compared scalar for scalar, so `café` and `cafe\u{301}` are two names.
    static func validatedUniqueName(_ name: String, sidPrefix: String = SID.syncDocument, noun: String = "Document") throws(EmulatorError) -> String {
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
        guard !SID.isValid(prefix, prefix: sidPrefix) else {
            throw .invalidUniqueName(
                "\"\(RequestParameters.excerpt(name))\" starts like a \(noun) SID (\(sidPrefix) and 32 hex digits), so URLs could not tell them apart"
            )
        }
        return name
    }

    /// `Data` of a Document: the JSON text of an object whose compact JSON is at most 16 KiB.
    static func documentData(_ text: String) throws(EmulatorError) -> JSONObject {
        try syncData(text, limit: SyncDocument.maximumDataBytes, noun: "a Sync Document", invalidCode: 54101)
    }

    /// `Data` of a Sync object: the JSON text of an object whose compact JSON is at most `limit` bytes.
    /// - Parameters:
    ///   - noun: What holds the data, in the too-large message, e.g. `a Sync Map Item`.
    ///   - invalidCode: Twilio's code for data that is not a JSON object.
    static func syncData(_ text: String, limit: Int, noun: String, invalidCode: Int) throws(EmulatorError) -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(text.utf8))
        } catch {
            throw .invalidData("not valid JSON (line \(error.line), column \(error.column): \(error.reason))", code: invalidCode)
        }
        guard let object = value.objectValue else {
            throw .invalidData("must be a JSON object such as {\"key\": \"value\"}, got \(RequestParameters.excerpt(text))", code: invalidCode)
        }
        let size = value.jsonBytes.count
        guard size <= limit else {
            throw .dataTooLarge(byteCount: size, limit: limit, holder: noun)
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
}
