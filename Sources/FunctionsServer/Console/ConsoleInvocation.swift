import FunctionsRuntime
import TwilioWire

/// What the console's invoke form sends: `{"method","path","query","form","json","headers"}`,
/// checked field by field so a bad request names the field at fault.
struct ConsoleInvocation: Sendable {
    var method: String
    var path: String
    var query: [(String, String)]
    var form: [(String, String)]?
    var json: String?
    var headers: [(String, String)]

    /// Reads a request body.
    /// - Throws: a message naming the field that is missing or of the wrong type.
    init(body: [UInt8]) throws(ConsoleInputError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            throw ConsoleInputError("The body is not JSON (\(error.description)).")
        }
        guard case .object(let object) = value else {
            throw ConsoleInputError(#"The body must be a JSON object such as {"method":"GET","path":"/hello"}."#)
        }
        method = try Self.string(object, "method", default: "GET").uppercased()
        path = try Self.string(object, "path", default: nil)
        guard path.hasPrefix("/") else { throw ConsoleInputError(#""path" must start with "/", as in "/token"."#) }
        query = try Self.pairs(object, "query") ?? []
        form = try Self.pairs(object, "form")
        headers = try Self.pairs(object, "headers") ?? []
        switch object["json"] {
        case nil, .null?: json = nil
        case .string(let text)?: json = text
        default: throw ConsoleInputError(#""json" must be the JSON body as text, e.g. "{\"a\":1}"."#)
        }
        if form != nil, json != nil {
            throw ConsoleInputError(#"Send "form" or "json", not both: a request has one body."#)
        }
    }

    private static func string(_ object: JSONObject, _ key: String, default fallback: String?) throws(ConsoleInputError) -> String {
        switch object[key] {
        case .string(let text)? where !text.isEmpty: return text
        case nil, .null?:
            if let fallback { return fallback }
            throw ConsoleInputError("\"\(key)\" is missing.")
        default: throw ConsoleInputError("\"\(key)\" must be a non-empty string.")
        }
    }

    /// `[["name","value"], …]`.
    private static func pairs(_ object: JSONObject, _ key: String) throws(ConsoleInputError) -> [(String, String)]? {
        guard let value = object[key], value != .null else { return nil }
        guard case .array(let items) = value else {
            throw ConsoleInputError("\"\(key)\" must be a list of [name, value] pairs.")
        }
        var pairs: [(String, String)] = []
        for (index, item) in items.enumerated() {
            guard case .array(let pair) = item, pair.count == 2, case .string(let name) = pair[0], !name.isEmpty else {
                throw ConsoleInputError("\"\(key)\"[\(index)] must be a [name, value] pair with a non-empty name.")
            }
            pairs.append((name, pair[1].textValue))
        }
        return pairs
    }
}

/// A console request the console cannot act on; answered 400 with its message.
struct ConsoleInputError: Error, Sendable {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
