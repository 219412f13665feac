import TwilioWire

/// What a Function receives as `event`: the query and body parameters (the body wins), and the
/// request's headers and cookies under ``request``.
///
/// ```swift
/// let identity = event.identity            // String? — the common case, as in JavaScript
/// let tags = event.values("tag")           // every value of a repeated parameter
/// let nested = event.value("profile")      // JSONValue? — JSON bodies keep nested values
/// let agent = event.request.header("user-agent")
/// ```
@dynamicMemberLookup
public struct FunctionEvent: Sendable, Equatable {
    /// The parameters: query first, then body values, which replace query values of the same name.
    public var parameters: JSONObject
    /// The request's headers and cookies. A parameter named `request` never replaces it.
    public var request: FunctionRequest

    /// Creates an event.
    public init(parameters: JSONObject = [:], request: FunctionRequest = FunctionRequest()) {
        self.parameters = parameters
        self.request = request
    }

    /// The parameter `key` as a string: strings as they are, numbers and Booleans as their JSON
    /// text; `nil` when absent, `null`, an array or an object (use ``value(_:)`` for those).
    public subscript(key: String) -> String? {
        switch parameters[key] {
        case .string(let string): return string
        case .int, .double, .bool: return parameters[key]?.jsonString
        default: return nil
        }
    }

    /// The parameter `key` as a string, as `event.key` reads it in JavaScript; see ``subscript(_:)``.
    public subscript(dynamicMember key: String) -> String? {
        self[key]
    }

    /// The parameter `key` as JSON, whatever its shape.
    public func value(_ key: String) -> JSONValue? {
        parameters[key]
    }

    /// Every value of the parameter `key` as strings: one for a single value, all for a repeated one.
    public func values(_ key: String) -> [String] {
        switch parameters[key] {
        case .array(let elements): return elements.map(\.textValue)
        case nil, .null?: return []
        case let value?: return [value.textValue]
        }
    }

    /// The whole event as JavaScript sees it: the parameters, then `request` with headers and cookies.
    public var jsonValue: JSONValue {
        var object = parameters
        object["request"] = nil
        object["request"] = request.jsonValue
        return .object(object)
    }
}

/// The HTTP request behind an event: `event.request.headers` and `event.request.cookies`.
///
/// Built from the raw header lines only when a handler reads it, so a Function that never looks
/// at its headers does not pay for them.
public struct FunctionRequest: Sendable, Equatable {
    private enum Storage: Sendable {
        case raw(HeaderList)
        case built(headers: JSONObject, cookies: JSONObject)
    }

    private var storage: Storage

    /// Creates a request.
    public init(headers: JSONObject = [:], cookies: JSONObject = [:]) {
        storage = .built(headers: headers, cookies: cookies)
    }

    /// A request from header lines as received (names in any case).
    init(headerLines: HeaderList) {
        storage = .raw(headerLines)
    }

    /// Header names in lower case; a repeated header is an array of its values in arrival order.
    /// Headers the real service strips (Host, Connection, X-Forwarded-*, ...) are not here.
    public var headers: JSONObject {
        get {
            switch storage {
            case .built(let headers, _): return headers
            case .raw(let lines): return Self.headerObject(lines)
            }
        }
        set { storage = .built(headers: newValue, cookies: cookies) }
    }

    /// Cookie names and their decoded values.
    public var cookies: JSONObject {
        get {
            switch storage {
            case .built(_, let cookies): return cookies
            case .raw(let lines):
                let values = lines.filter { $0.name.lowercased() == "cookie" }.map(\.value)
                return values.isEmpty ? [:] : FunctionEvent.parseCookies(values.joined(separator: "; "))
            }
        }
        set { storage = .built(headers: headers, cookies: newValue) }
    }

    /// The first value of the header `name` (any case), restricted headers excepted.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        switch storage {
        case .raw(let lines):
            guard !FunctionEvent.isRestricted(lowered) else { return nil }
            return lines.first { $0.name.lowercased() == lowered }?.value
        case .built(let headers, _):
            switch headers[lowered] {
            case .string(let value): return value
            case .array(let values): return values.first?.stringValue
            default: return nil
            }
        }
    }

    /// The value of the cookie `name`.
    public func cookie(_ name: String) -> String? {
        cookies[name]?.stringValue
    }

    /// `{"headers": {...}, "cookies": {...}}`.
    public var jsonValue: JSONValue {
        .object(JSONObject([("headers", .object(headers)), ("cookies", .object(cookies))]))
    }

    public static func == (lhs: FunctionRequest, rhs: FunctionRequest) -> Bool {
        lhs.headers == rhs.headers && lhs.cookies == rhs.cookies
    }

    private static func headerObject(_ lines: HeaderList) -> JSONObject {
        var object = JSONObject()
        for (name, value) in lines {
            let lowered = name.lowercased()
            guard !FunctionEvent.isRestricted(lowered) else { continue }
            switch object[lowered] {
            case nil: object[lowered] = .string(value)
            case .array(var values)?:
                values.append(.string(value))
                object[lowered] = .array(values)
            case let existing?: object[lowered] = .array([existing, .string(value)])
            }
        }
        return object
    }
}
