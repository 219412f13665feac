import TwilioWire

extension FunctionEvent {
    /// Headers the real service removes before a Function sees the request.
    static let restrictedHeaders: Set<String> = [
        "connection", "proxy-connection", "expect", "host", "proxy-authorization", "proxy-authenticate",
        "referer", "trailer", "transfer-encoding", "upgrade", "via", "x-real-ip",
    ]
    /// Header prefixes the real service removes.
    static let restrictedHeaderPrefixes = ["x-accel-", "x-forwarded-"]

    /// Builds the event of an HTTP request, as Twilio's runtime does.
    ///
    /// - Parameters:
    ///   - query: the raw query string (without `?`), if any.
    ///   - headers: the request's header fields in arrival order.
    ///   - body: the raw body.
    /// - Throws: ``FunctionsError`` with code `badRequest` for invalid percent-encoding, invalid
    ///   UTF-8, or a malformed JSON body, naming the parameter or the line and column at fault.
    public init(
        query: Substring?,
        headers: some Sequence<(name: String, value: String)>,
        body: [UInt8]
    ) throws(FunctionsError) {
        try self.init(query: query, headers: HeaderList(headers), body: body)
    }

    /// Builds the event of an HTTP request whose headers are already a ``HeaderList`` (the
    /// request flow's case: no copy through a generic sequence).
    public init(query: Substring?, headers lines: HeaderList, body: [UInt8]) throws(FunctionsError) {
        var parameters = JSONObject()
        if let query, !query.isEmpty {
            Self.merge(try Self.decodeForm(query.utf8, source: "query"), into: &parameters)
        }
        let contentType = body.isEmpty ? nil : lines.first { $0.name.caseInsensitiveEquals("content-type") }?.value[...]
        if !body.isEmpty, let mediaType = contentType.map(Self.mediaType) {
            switch mediaType {
            case "application/x-www-form-urlencoded":
                Self.merge(try Self.decodeForm(body, source: "form"), into: &parameters)
            case "application/json":
                try Self.mergeJSON(body, into: &parameters)
            default:
                break
            }
        }
        self.init(parameters: parameters, request: FunctionRequest(headerLines: lines))
    }

    /// The pairs of a query string or form body (`source` names it in errors).
    /// - Throws: ``FunctionsError`` (`badRequest`) naming the parameter with bad escapes or UTF-8.
    public static func decodeForm(_ bytes: some Collection<UInt8>, source: String) throws(FunctionsError) -> [(String, String)] {
        do {
            return try PercentEncoding.decodeForm(bytes)
        } catch {
            throw FunctionsError(.badRequest, error.message(source: source))
        }
    }

    static func isRestricted(_ name: String) -> Bool {
        restrictedHeaders.contains(name) || restrictedHeaderPrefixes.contains { name.hasPrefix($0) }
    }

    /// The media type of a Content-Type value, lower-cased: `application/json` from
    /// `Application/JSON; charset=utf-8`.
    public static func mediaType(_ contentType: Substring) -> String {
        let end = contentType.firstIndex(of: ";") ?? contentType.endIndex
        return contentType[..<end].trimmingSpaces().lowercased()
    }

    /// Adds decoded pairs; a repeated name becomes an array of its values. Values replace any
    /// earlier source's value of the same name (the body wins over the query).
    private static func merge(_ pairs: [(String, String)], into parameters: inout JSONObject) {
        // Names met earlier in this same source: a scan for a few pairs, a set for many.
        var seenSet: Set<String>? = pairs.count > 16 ? Set(minimumCapacity: pairs.count) : nil
        // The values of repeated names, gathered apart and stored once: appending to an array
        // held in `parameters` would copy it for every repeat (10,000 repeats, 50 million copies).
        var repeated: [String: [JSONValue]] = [:]
        for (offset, (name, value)) in pairs.enumerated() {
            let isFirst = seenSet?.insert(name).inserted ?? !pairs[..<offset].contains { $0.0 == name }
            if isFirst {
                parameters[name] = .string(value)
            } else {
                repeated[name, default: [parameters[name] ?? .null]].append(.string(value))
            }
        }
        for (name, values) in repeated {
            parameters[name] = .array(values)
        }
    }

    private static func mergeJSON(_ body: [UInt8], into parameters: inout JSONObject) throws(FunctionsError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(body)
        } catch {
            throw FunctionsError(
                .badRequest,
                "The JSON body is malformed at line \(error.line), column \(error.column): \(error.reason)."
            )
        }
        switch value {
        case .object(let object):
            for (key, member) in object { parameters[key] = member }
        case .array(let elements):
            // As body-parser does for a top-level array: its elements under "0", "1", ...
            for (index, element) in elements.enumerated() { parameters[String(index)] = element }
        default:
            throw FunctionsError(.badRequest, "The JSON body must be an object or an array, not \(value.jsonString.prefix(20)).")
        }
    }

    /// `a=1; b=two%20words` → `{"a": "1", "b": "two words"}`; a value that does not decode is kept as sent.
    static func parseCookies(_ header: String) -> JSONObject {
        var cookies = JSONObject()
        for part in header.split(separator: ";") {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let name = part[..<equals].trimmingSpaces()
            guard !name.isEmpty, cookies[name] == nil else { continue }
            var value = part[part.index(after: equals)...].trimmingSpaces()[...]
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = value.dropFirst().dropLast()
            }
            let decoded = (try? PercentEncoding.decode(value.utf8, plusAsSpace: false)) ?? String(value)
            cookies[name] = .string(decoded)
        }
        return cookies
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        var trimmed = self
        while let first = trimmed.first, first == " " || first == "\t" { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
