import Synchronization
import TwilioWire

/// `Twilio.Response`: a response whose status, headers, cookies and body a Function sets, then
/// passes to `callback(nil, response)`. Every setter returns the response, so calls chain.
///
/// ```swift
/// let response = Twilio.Response()
/// response.appendHeader("Access-Control-Allow-Origin", "*")
///     .appendHeader("Content-Type", "application/json")
///     .setBody(["token": .string(jwt)])
/// callback(nil, response)
/// ```
///
/// A reference type, as in JavaScript: a handler may pass it around and set it from several places.
public final class FunctionResponse: Sendable {
    /// A body as set by ``setBody(_:)-(String)``.
    public enum Body: Sendable, Equatable {
        /// Text; sent as `text/html; charset=utf-8` unless a Content-Type is set.
        case text(String)
        /// JSON; sent as `application/json; charset=utf-8` unless a Content-Type is set.
        case json(JSONValue)
        /// Raw bytes; sent as `application/octet-stream` unless a Content-Type is set.
        case bytes([UInt8])
    }

    struct State {
        var statusCode: Int
        var headers: [(name: String, values: [String])]
        var body: Body?
    }

    private let state: Mutex<State>

    /// Creates a response: status 200, no headers, no body unless given.
    public init(statusCode: Int = 200, body: Body? = nil) {
        state = Mutex(State(statusCode: statusCode, headers: [], body: body))
    }

    /// The status code.
    public var statusCode: Int { state.withLock { $0.statusCode } }
    /// The headers as set: names with the case given, each with its values in order.
    public var headers: [(name: String, values: [String])] { state.withLock { $0.headers } }
    /// The body, if set.
    public var body: Body? { state.withLock { $0.body } }

    /// A consistent copy of everything set so far.
    var snapshot: State { state.withLock { $0 } }

    /// Sets the status code.
    @discardableResult
    public func setStatusCode(_ statusCode: Int) -> FunctionResponse {
        state.withLock { $0.statusCode = statusCode }
        return self
    }

    /// Sets a text body.
    @discardableResult
    public func setBody(_ body: String) -> FunctionResponse {
        state.withLock { $0.body = .text(body) }
        return self
    }

    /// Sets a JSON body: an object, array, number or Boolean.
    @discardableResult
    public func setBody(_ body: JSONValue) -> FunctionResponse {
        state.withLock { $0.body = .json(body) }
        return self
    }

    /// Sets a JSON body from any value with a JSON form, such as `["token": jwt]`.
    ///
    /// Inlinable so that the conversion is specialized for the handler's type (see
    /// `Dictionary.jsonValue`).
    @inlinable
    @discardableResult
    public func setBody(_ body: some JSONValueConvertible) -> FunctionResponse {
        setBody(body.jsonValue)
    }

    /// Sets a binary body.
    @discardableResult
    public func setBody(bytes: [UInt8]) -> FunctionResponse {
        state.withLock { $0.body = .bytes(bytes) }
        return self
    }

    /// Adds a value to the header `name`. Appending to a name already set (same case) makes it
    /// multi-valued; any spelling of Set-Cookie is stored as `Set-Cookie`.
    @discardableResult
    public func appendHeader(_ name: String, _ value: String) -> FunctionResponse {
        appendHeader(name, values: [value])
    }

    /// Adds a number as the value of the header `name`.
    @discardableResult
    public func appendHeader(_ name: String, _ value: Int) -> FunctionResponse {
        appendHeader(name, values: [String(value)])
    }

    /// Adds several values to the header `name`, one header line each.
    @discardableResult
    public func appendHeader(_ name: String, _ values: [String]) -> FunctionResponse {
        appendHeader(name, values: values)
    }

    private func appendHeader(_ name: String, values: [String]) -> FunctionResponse {
        let key = name.caseInsensitiveEquals("set-cookie") ? "Set-Cookie" : name
        state.withLock { state in
            if let index = state.headers.firstIndex(where: { $0.name == key }) {
                state.headers[index].values.append(contentsOf: values)
            } else {
                state.headers.append((key, values))
            }
        }
        return self
    }

    /// Replaces every header, cookies included, with these.
    @discardableResult
    public func setHeaders(_ headers: KeyValuePairs<String, String>) -> FunctionResponse {
        state.withLock { $0.headers = [] }
        for (name, value) in headers { appendHeader(name, value) }
        return self
    }

    /// Adds a `Set-Cookie: name=value;attribute;...` line. Nothing is encoded or added.
    @discardableResult
    public func setCookie(_ name: String, _ value: String, _ attributes: [String] = []) -> FunctionResponse {
        appendHeader("Set-Cookie", ([name + "=" + value] + attributes).joined(separator: ";"))
    }

    /// Drops the cookies set under `name` and tells the browser to delete it (`name=;Max-Age=0`).
    @discardableResult
    public func removeCookie(_ name: String) -> FunctionResponse {
        state.withLock { state in
            if let index = state.headers.firstIndex(where: { $0.name == "Set-Cookie" }) {
                state.headers[index].values.removeAll { $0.hasPrefix(name + "=") }
            }
        }
        return appendHeader("Set-Cookie", name + "=;Max-Age=0")
    }
}

/// The namespace a JavaScript Function reads as `Twilio`, so ports read like the original:
/// `let response = Twilio.Response()`.
public enum Twilio {
    /// `Twilio.Response`.
    public typealias Response = FunctionResponse

    /// `Twilio.twiml`: `Twilio.twiml.VoiceResponse()` and `Twilio.twiml.MessagingResponse()`.
    public enum twiml {
        /// `Twilio.twiml.VoiceResponse`.
        public typealias VoiceResponse = FunctionsRuntime.VoiceResponse
        /// `Twilio.twiml.MessagingResponse`.
        public typealias MessagingResponse = FunctionsRuntime.MessagingResponse
    }
}
