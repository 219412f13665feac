import Foundation
import TwilioAPI
import TwilioWire

/// Where one JavaScript REST client sends its requests, and as whom: the request pipeline of
/// ``TwilioAPI/TwilioClient`` (same headers, same path encoding, same error reading), driven by
/// paths built at run time from ``TwilioRESTResource``'s table.
struct TwilioRESTConnection: Sendable {
    /// The HTTP Basic user: an API key SID (`SK…`) or the account SID.
    let username: String
    /// The API key secret or Auth Token; never written into a message.
    let password: String
    /// The account the 2010 API's paths name.
    let accountSid: String
    let endpoints: TwilioEndpoints
    let transport: any TwilioTransport

    /// A path on one product's host.
    struct Path {
        var domain: TwilioRESTProduct.Domain
        var segments: [String]
        /// The 2010 API writes `.json` after the last segment.
        var jsonSuffix: Bool

        func appending(_ segment: String) -> Path {
            Path(domain: domain, segments: segments + [segment], jsonSuffix: jsonSuffix)
        }
    }

    private var authorization: String {
        "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    private var secrets: [String] {
        [password, String(authorization.dropFirst("Basic ".count))].filter { !$0.isEmpty }
    }

    func baseURL(_ domain: TwilioRESTProduct.Domain) -> String {
        switch domain {
        case .sync: endpoints.sync
        case .media: endpoints.media
        case .api: endpoints.api
        case .verify: endpoints.verify
        case .lookups: endpoints.lookups
        }
    }

    /// The request as ``TwilioAPI/TwilioClient`` builds it: Basic authorization, `Accept`,
    /// `Accept-Charset`, `User-Agent`, `Content-Type` on `POST`, `If-Match` when given.
    func request(
        _ method: String,
        _ path: Path,
        query: [(String, String)] = [],
        form: [(String, String)] = [],
        ifMatch: String? = nil
    ) throws -> TwilioHTTPRequest {
        var headers: HeaderList = [
            (name: "Authorization", value: authorization),
            (name: "Accept", value: "application/json"),
            (name: "Accept-Charset", value: "utf-8"),
            (name: "User-Agent", value: TwilioClient.userAgent),
        ]
        if method == "POST" {
            headers.append((name: "Content-Type", value: "application/x-www-form-urlencoded"))
        }
        if let ifMatch {
            headers.append((name: "If-Match", value: ifMatch))
        }
        var encoded = PercentEncoding.encodePath(path.segments)
        if path.jsonSuffix { encoded += ".json" }
        let request = TwilioHTTPRequest(
            method: method, baseURL: baseURL(path.domain), path: encoded, query: query, form: form, headers: headers
        )
        if path.segments.contains("") {
            throw TwilioAPIError(
                kind: .invalidRequest, status: 0, code: 0, message: "a SID or unique name in the path is empty",
                method: method, url: request.url
            )
        }
        return request
    }

    /// Sends `request`; a 2xx answer gives its JSON body (`nil` when empty), anything else throws
    /// a ``TwilioAPI/TwilioAPIError`` read from Twilio's error body, with the credentials removed.
    func send(_ request: TwilioHTTPRequest) async throws -> JSONValue? {
        let response: TwilioHTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as CancellationError {
            throw error
        } catch {
            throw redacted(
                TwilioAPIError(
                    kind: .transport, status: 0, code: 0, message: "could not reach \(request.url): \(error)",
                    method: request.method, url: request.url
                )
            )
        }
        let body = response.parsedJSON ?? (response.body.isEmpty ? nil : try? JSONParser.parse(response.body))
        guard response.isSuccess else {
            let object = body?.objectValue
            let message = object?["message"]?.stringValue ?? object?["detail"]?.stringValue ?? object?["title"]?.stringValue
            throw redacted(
                TwilioAPIError(
                    kind: .rest,
                    status: response.status,
                    code: object?["code"]?.intValue ?? response.status,
                    message: message ?? "[HTTP \(response.status)] Failed to execute request",
                    moreInfo: object?["more_info"]?.stringValue,
                    details: object?["details"]?.objectValue,
                    method: request.method,
                    url: request.url
                )
            )
        }
        if body == nil, !response.body.isEmpty {
            throw TwilioAPIError(
                kind: .malformedResponse, status: response.status, code: 0, message: "the body is not JSON",
                method: request.method, url: request.url
            )
        }
        return body
    }

    /// The request for a next-page URL, absolute or a path, on the configured host: credentials
    /// never go to a host a page names.
    func following(_ request: TwilioHTTPRequest, to next: String) -> TwilioHTTPRequest {
        var rest = Substring(next)
        if let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        var following = request
        if let mark = rest.firstIndex(of: "?") {
            following.path = String(rest[..<mark])
            following.query = (try? PercentEncoding.decodeForm(Array(rest[rest.index(after: mark)...].utf8))) ?? []
        } else {
            following.path = String(rest)
            following.query = []
        }
        return following
    }

    private func redacted(_ error: TwilioAPIError) -> TwilioAPIError {
        var message = error.message
        for secret in secrets { message = message.replacing(secret, with: "[redacted]") }
        return TwilioAPIError(
            kind: error.kind, status: error.status, code: error.code, message: message, moreInfo: error.moreInfo,
            details: error.details, method: error.method, url: error.url
        )
    }
}

extension TwilioAPIError: JSErrorConvertible {
    /// What JavaScript catches, as twilio-node's `RestException`: an `Error` whose message is
    /// Twilio's, with `status`, `code`, `moreInfo` and `details`.
    public var jsError: JSValue {
        let error = JSValue.makeError("Error", message)
        error.objectValue?.nativeValue = self
        error.status = .number(Double(status))
        error.code = .number(Double(code))
        error.moreInfo = moreInfo.map(JSValue.string) ?? .null
        if let details { error.details = JSValue(json: .object(details)) }
        return error
    }
}
