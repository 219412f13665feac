import FunctionsRuntime
import FunctionsServer
import TwilioAccessToken
import TwilioEmulator
import TwilioJSON

extension FunctionsTestKit {
    /// A `GET` of `path` with these query parameters (percent-encoded for you, in order).
    ///
    /// `path` may carry a query of its own (`"/token?identity=alice"`); `query` is appended to it.
    /// - Parameters:
    ///   - path: the Function's path, e.g. `/token`.
    ///   - query: parameters for the query string; a repeated name is sent repeatedly.
    ///   - headers: request headers, e.g. `["Cookie": "session=abc"]`.
    ///   - signed: adds the `X-Twilio-Signature` Twilio would send, made with the environment's
    ///     AUTH_TOKEN, for protected Functions.
    public func get(
        _ path: String,
        query: KeyValuePairs<String, String> = [:],
        headers: KeyValuePairs<String, String> = [:],
        signed: Bool = false
    ) async -> FunctionTestResponse {
        await send(makeRequest("GET", path, query: query, headers: headers, contentType: nil, body: []), signed: signed)
    }

    /// A `POST` of an `application/x-www-form-urlencoded` body, as Twilio sends webhooks.
    /// - Parameters:
    ///   - path: the Function's path.
    ///   - form: the body's parameters, in order; a repeated name is sent repeatedly.
    ///   - query: parameters for the query string.
    ///   - headers: request headers.
    ///   - signed: adds the `X-Twilio-Signature` of the URL and the form parameters.
    public func post(
        _ path: String,
        form: KeyValuePairs<String, String>,
        query: KeyValuePairs<String, String> = [:],
        headers: KeyValuePairs<String, String> = [:],
        signed: Bool = false
    ) async -> FunctionTestResponse {
        let body = Array(EmulatorRequest.formEncode(form.map { ($0.key, $0.value) }).utf8)
        let request = makeRequest("POST", path, query: query, headers: headers, contentType: "application/x-www-form-urlencoded", body: body)
        return await send(request, signed: signed)
    }

    /// A `POST` of an `application/json` body.
    /// - Parameters:
    ///   - path: the Function's path.
    ///   - json: the body, e.g. `["identity": "alice", "tags": ["a", "b"]]`.
    ///   - query: parameters for the query string.
    ///   - headers: request headers.
    ///   - signed: adds `bodySHA256` to the query and the `X-Twilio-Signature` of the URL, as
    ///     Twilio signs JSON webhooks.
    public func post(
        _ path: String,
        json: JSONValue,
        query: KeyValuePairs<String, String> = [:],
        headers: KeyValuePairs<String, String> = [:],
        signed: Bool = false
    ) async -> FunctionTestResponse {
        let request = makeRequest("POST", path, query: query, headers: headers, contentType: "application/json", body: json.jsonBytes)
        return await send(request, signed: signed)
    }

    /// `request` with the `X-Twilio-Signature` Twilio would send for it, made with the
    /// environment's AUTH_TOKEN over `request.url` and its POST form parameters (for a JSON body,
    /// `bodySHA256` is first added to the query). Without an AUTH_TOKEN the request is returned
    /// unchanged, and a protected Function refuses it with a 401 that says why.
    public func signed(_ request: IncomingRequest) -> IncomingRequest {
        guard let authToken = project.environment["AUTH_TOKEN"], !authToken.isEmpty else { return request }
        var request = request
        let validator = RequestValidator(authToken: authToken)
        let mediaType = request.header("Content-Type").map { FunctionEvent.mediaType($0[...]) }
        let signature: String
        if request.method == "POST", mediaType == "application/json" {
            let hash = "bodySHA256=" + RequestValidator.bodySHA256(request.body)
            request.query = request.query.map { $0.isEmpty ? hash : $0 + "&" + hash } ?? hash
            request.url += (request.url.contains("?") ? "&" : "?") + hash
            signature = validator.signature(url: request.url)
        } else {
            let isForm = request.method == "POST" && mediaType == "application/x-www-form-urlencoded"
            let parameters = isForm ? ((try? FormEncoding.decode(request.body)) ?? []) : []
            signature = validator.signature(url: request.url, parameters: parameters)
        }
        request.headers.append((name: "X-Twilio-Signature", value: signature))
        return request
    }

    private func send(_ request: IncomingRequest, signed sign: Bool) async -> FunctionTestResponse {
        await invoke(sign ? signed(request) : request)
    }

    private func makeRequest(
        _ method: String,
        _ target: String,
        query: KeyValuePairs<String, String>,
        headers: KeyValuePairs<String, String>,
        contentType: String?,
        body: [UInt8]
    ) -> IncomingRequest {
        var path = target
        var parts: [String] = []
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            let given = target[target.index(after: mark)...]
            if !given.isEmpty { parts.append(String(given)) }
        }
        if !query.isEmpty { parts.append(EmulatorRequest.formEncode(query.map { ($0.key, $0.value) })) }
        var fields = headers.map { (name: $0.key, value: $0.value) }
        if let contentType, !fields.contains(where: { $0.name.lowercased() == "content-type" }) {
            fields.append((name: "Content-Type", value: contentType))
        }
        return IncomingRequest(
            method: method,
            path: path,
            query: parts.isEmpty ? nil : parts.joined(separator: "&"),
            headers: fields,
            body: body
        )
    }
}
