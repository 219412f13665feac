import FunctionsHost
import FunctionsRuntime
import TwilioAccessToken
import TwilioEmulator
import TwilioWire

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
        await send(makeRequest("GET", path, query: query, headers: headers), signed: signed)
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
        let request = makeRequest("POST", path, query: query, headers: headers, form: form.map { ($0.key, $0.value) })
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
        let request = makeRequest("POST", path, query: query, headers: headers, json: json.jsonBytes)
        return await send(request, signed: signed)
    }

    /// `request` with the `X-Twilio-Signature` Twilio would send for it, made with the
    /// environment's AUTH_TOKEN over `request.url` and its POST form parameters (for a JSON body,
    /// `bodySHA256` is first added to the query). Without an AUTH_TOKEN the request is returned
    /// unchanged, and a protected Function refuses it with a 401 that says why.
    public func signed(_ request: IncomingRequest) -> IncomingRequest {
        guard let authToken = project.environment["AUTH_TOKEN"], !authToken.isEmpty else { return request }
        return request.signed(authToken: authToken)
    }

    private func send(_ request: IncomingRequest, signed sign: Bool) async -> FunctionTestResponse {
        await invoke(sign ? signed(request) : request)
    }

    private func makeRequest(
        _ method: String,
        _ target: String,
        query: KeyValuePairs<String, String>,
        headers: KeyValuePairs<String, String>,
        form: [(String, String)]? = nil,
        json: [UInt8]? = nil
    ) -> IncomingRequest {
        IncomingRequest(
            method: method,
            target: target,
            query: query.map { ($0.key, $0.value) },
            form: form,
            json: json,
            headers: HeaderList(headers.map { (name: $0.key, value: $0.value) })
        )
    }
}
