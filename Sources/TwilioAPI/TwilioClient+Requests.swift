import TwilioWire

/// The request pipeline every resource call goes through: build, send, check the status, decode.
extension TwilioClient {
    enum Product {
        case sync
        case media
        /// The 2010 API (`api.twilio.com`): Messages, Calls, IncomingPhoneNumbers.
        case api
        /// Verify v2 (`verify.twilio.com`): Services, Verifications, VerificationCheck.
        case verify
        /// Lookups v2 (`lookups.twilio.com`): PhoneNumbers.
        case lookups
    }

    /// A request with the headers twilio-node sends: Basic authorization, `Accept`,
    /// `Accept-Charset`, `User-Agent`, `Content-Type` on `POST`, and `If-Match` when given.
    /// - Throws: ``TwilioAPIError`` when a path segment (a SID or unique name) is empty, since the
    ///   request would silently address the list instead of one resource.
    func request(
        _ method: String,
        _ product: Product,
        _ segments: [String],
        query: [(String, String)] = [],
        form: [(String, String)] = [],
        ifMatch: String? = nil
    ) throws(TwilioAPIError) -> TwilioHTTPRequest {
        var headers: HeaderList = [
            (name: "Authorization", value: credentials.authorization),
            (name: "Accept", value: "application/json"),
            (name: "Accept-Charset", value: "utf-8"),
            (name: "User-Agent", value: Self.userAgent),
        ]
        if method == "POST" {
            headers.append((name: "Content-Type", value: "application/x-www-form-urlencoded"))
        }
        if let ifMatch {
            headers.append((name: "If-Match", value: ifMatch))
        }
        let baseURL =
            switch product {
            case .sync: endpoints.sync
            case .media: endpoints.media
            case .api: endpoints.api
            case .verify: endpoints.verify
            case .lookups: endpoints.lookups
            }
        let request = TwilioHTTPRequest(
            method: method,
            baseURL: baseURL,
            path: PercentEncoding.encodePath(segments),
            query: query,
            form: form,
            headers: headers
        )
        if segments.contains("") {
            throw .invalidRequest("a SID or unique name in the path is empty", request: request)
        }
        return request
    }

    /// A request to a resource of the client's account in the 2010 API:
    /// `/2010-04-01/Accounts/{AccountSid}/` + `segments` + `.json`, each segment percent-encoded.
    /// - Throws: ``TwilioAPIError`` when a segment or the account SID is empty.
    func accountRequest(
        _ method: String,
        _ segments: [String],
        query: [(String, String)] = [],
        form: [(String, String)] = []
    ) throws(TwilioAPIError) -> TwilioHTTPRequest {
        var request = try request(method, .api, ["2010-04-01", "Accounts", accountSid] + segments, query: query, form: form)
        request.path += ".json"
        return request
    }

    /// The `PageSize` parameter of a list call: `pageSize` when given, else `limit` when that is
    /// smaller than Twilio's largest page (so a small `limit` takes one request), else none.
    static func pageSizeQuery(pageSize: Int?, limit: Int?, maximum: Int) -> [(String, String)] {
        guard let size = pageSize ?? limit.map({ min($0, maximum) }) else { return [] }
        return [("PageSize", String(size))]
    }

    /// Sends `request` and returns the response when its status is 2xx.
    func perform(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse {
        let response: TwilioHTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as TwilioAPIError {
            throw error.bound(to: request, status: 0).redacting(credentials.secrets)
        } catch let error as CancellationError {
            throw error
        } catch {
            throw TwilioAPIError.transport(error, request: request).redacting(credentials.secrets)
        }
        guard response.isSuccess else {
            throw TwilioAPIError(response: response, request: request).redacting(credentials.secrets)
        }
        return response
    }

    /// Sends `request` and decodes the one resource it answers with.
    func resource<Resource>(
        _ request: TwilioHTTPRequest,
        _ decode: (JSONObject) throws -> Resource
    ) async throws -> Resource {
        let response = try await perform(request)
        return try decoding(request, response) { try decode(object(of: response)) }
    }

    /// Sends `first` and follows `meta.next_page_url` until the pages end or `limit` items are read.
    ///
    /// Each next page is requested from the configured base URL, whatever host Twilio's URL names,
    /// so the credentials never go to another host and a local emulator stays local.
    func list<Resource>(
        _ first: TwilioHTTPRequest,
        key defaultKey: String,
        limit: Int?,
        _ decode: (JSONObject) throws -> Resource
    ) async throws -> [Resource] {
        try await pages(first, limit: limit, decode) { page in
            let key = page["meta"]?["key"]?.stringValue ?? defaultKey
            return (key, page["meta"]?["next_page_url"]?.stringValue)
        }
    }

    /// Sends `first` and follows the 2010 API's top-level `next_page_uri` until the pages end or
    /// `limit` items are read.
    ///
    /// A 2010 page names its items by resource (`messages`, `calls`, `incoming_phone_numbers`,
    /// `media_list`) beside `page`, `page_size`, `start`, `end`, `uri`, `first_page_uri`,
    /// `previous_page_uri` and `next_page_uri`, a path on the API host
    /// (`/2010-04-01/Accounts/AC…/Messages.json?PageSize=50&Page=1&PageToken=PA…`) that is
    /// requested from the configured ``TwilioEndpoints/api`` base URL.
    func accountList<Resource>(
        _ first: TwilioHTTPRequest,
        key: String,
        limit: Int?,
        _ decode: (JSONObject) throws -> Resource
    ) async throws -> [Resource] {
        try await pages(first, limit: limit, decode) { page in
            (key, page["next_page_uri"]?.stringValue)
        }
    }

    /// The paging loop of both list styles: `locate` names a page's item key and its next page.
    private func pages<Resource>(
        _ first: TwilioHTTPRequest,
        limit: Int?,
        _ decode: (JSONObject) throws -> Resource,
        locate: (JSONObject) -> (key: String, next: String?)
    ) async throws -> [Resource] {
        var results: [Resource] = []
        var request = first
        var requested: Set<String> = [first.url]
        while true {
            let response = try await perform(request)
            let (items, next) = try decoding(request, response) { () throws -> ([Resource], String?) in
                let page = try object(of: response)
                let (key, next) = locate(page)
                guard let items = page[key]?.arrayValue else {
                    throw TwilioAPIError.malformed("the page has no \"\(key)\" array")
                }
                let resources = try items.map { item in
                    guard let object = item.objectValue else {
                        throw TwilioAPIError.malformed("an item of \"\(key)\" is not an object")
                    }
                    return try decode(object)
                }
                return (resources, next)
            }
            for item in items {
                results.append(item)
                if let limit, results.count >= limit { return results }
            }
            guard !items.isEmpty, let next, !next.isEmpty else { return results }
            request = request.following(next)
            guard requested.insert(request.url).inserted else { return results }
        }
    }

    private func object(of response: TwilioHTTPResponse) throws -> JSONObject {
        let value: JSONValue
        do {
            value = try response.parsedJSON ?? JSONParser.parse(response.body)
        } catch {
            let excerpt = TwilioAPIError.excerpt(response.body).map { ": \($0)" } ?? ""
            throw TwilioAPIError.malformed("the body is not JSON (\(error))\(excerpt)")
        }
        guard let object = value.objectValue else {
            throw TwilioAPIError.malformed("the body is not a JSON object")
        }
        return object
    }

    /// Runs `body`, giving any ``TwilioAPIError`` it throws the request and the response status.
    private func decoding<Value>(
        _ request: TwilioHTTPRequest,
        _ response: TwilioHTTPResponse,
        _ body: () throws -> Value
    ) throws -> Value {
        do {
            return try body()
        } catch let error as TwilioAPIError {
            throw error.bound(to: request, status: response.status).redacting(credentials.secrets)
        }
    }
}

extension TwilioHTTPRequest {
    /// This request pointed at the path and query of `nextPageURL` (absolute or a path).
    func following(_ nextPageURL: String) -> TwilioHTTPRequest {
        var rest = Substring(nextPageURL)
        if let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        let parts = rest.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var next = self
        next.path = String(parts[0])
        next.query = parts.count > 1 ? (try? PercentEncoding.decodeForm(parts[1].utf8)) ?? [] : []
        return next
    }
}
