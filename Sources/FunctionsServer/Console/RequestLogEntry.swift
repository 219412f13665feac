import Foundation
import FunctionsRuntime
import TwilioWire

/// One request as the console shows it: what came in, what the handler received, what went out.
public struct RequestLogEntry: Sendable {
    /// Bodies longer than this are cut in the console (the client got the whole body).
    static let bodyLimit = 16 * 1024

    /// A number that orders entries; set when recorded.
    public internal(set) var id = 0
    /// When the request arrived, in seconds since 1970.
    public var time: Double
    /// The method.
    public var method: String
    /// The path.
    public var path: String
    /// The query string, without `?`.
    public var query: String?
    /// The answer.
    public var result: FunctionResult
    /// How long the answer took, in milliseconds.
    public var durationMilliseconds: Double
    /// The event the handler received, when a Function ran.
    public var event: FunctionEvent?

    /// An entry for a request that was answered.
    public init(time: Double, method: String, path: String, query: String?, result: FunctionResult, durationMilliseconds: Double, event: FunctionEvent?) {
        self.time = time
        self.method = method
        self.path = path
        self.query = query
        self.result = result
        self.durationMilliseconds = durationMilliseconds
        self.event = event
    }

    /// The entry's JSON, with secrets scrubbed by `redactor`.
    public func json(redactor: SecretRedactor) -> JSONValue {
        var object = JSONObject()
        object["id"] = .int(id)
        object["time"] = .string(Date(timeIntervalSince1970: time).formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
        object["method"] = .string(method)
        object["path"] = .string(redactor.redact(path))
        object["query"] = query.map { .string(redactor.redact($0)) } ?? .null
        object["status"] = .int(result.status)
        object["durationMs"] = .double((durationMilliseconds * 100).rounded() / 100)
        object["event"] = event.map { .string(redactor.redact(Self.withoutCredentialHeaders($0.jsonValue).jsonString)) }.map(Self.parsedBack) ?? .null
        var response = JSONObject()
        response["headers"] = .array(result.headers.map { .array([.string($0.name), .string(redactor.redact($0.value))]) })
        let truncated = result.body.count > Self.bodyLimit
        response["body"] = .string(redactor.redact(String(decoding: result.body.prefix(Self.bodyLimit), as: UTF8.self)))
        response["truncated"] = .bool(truncated)
        object["response"] = .object(response)
        return .object(object)
    }

    /// Headers whose values are credentials whatever the environment holds: Basic auth is the
    /// base64 of a key and its secret, and a signature is made with the Auth Token.
    static let credentialHeaders: Set<String> = ["authorization", "proxy-authorization", "x-twilio-signature"]

    /// The event with the values of ``credentialHeaders`` in `request.headers` replaced, so the
    /// console never shows them.
    static func withoutCredentialHeaders(_ event: JSONValue) -> JSONValue {
        guard case .object(var root) = event, case .object(var request)? = root["request"],
            case .object(var headers)? = request["headers"]
        else { return event }
        for key in headers.keys where credentialHeaders.contains(key.lowercased()) {
            headers[key] = .string(SecretRedactor.placeholder)
        }
        request["headers"] = .object(headers)
        root["request"] = .object(request)
        return .object(root)
    }

    /// The redacted event text as JSON again (redaction works on text; the page wants an object).
    private static func parsedBack(_ value: JSONValue) -> JSONValue {
        guard case .string(let text) = value, let parsed = try? JSONParser.parse(text) else { return value }
        return parsed
    }
}
