import TwilioWire

extension IncomingRequest {
    /// A request built the way a client sends one: `target` may carry a query of its own, `query`
    /// is appended to it, and a form or JSON body gets its `Content-Type` unless `headers` set one.
    ///
    /// ```swift
    /// let request = IncomingRequest(method: "POST", target: "/sms?x=1", form: [("Body", "hi")])
    /// request.query    // "x=1"
    /// request.header("Content-Type")   // "application/x-www-form-urlencoded"
    /// ```
    /// - Parameters:
    ///   - method: the HTTP method.
    ///   - target: the path, optionally with `?` and a query.
    ///   - query: parameters appended to the query, form-encoded with `+` for spaces.
    ///   - form: the parameters of an `application/x-www-form-urlencoded` body.
    ///   - json: the bytes of an `application/json` body (ignored when `form` is given).
    ///   - headers: the request's own headers.
    ///   - authority: the host and port the client called.
    ///   - url: the URL the request claims to be for, which a signature covers.
    public init(
        method: String,
        target: String,
        query: [(String, String)] = [],
        form: [(String, String)]? = nil,
        json: [UInt8]? = nil,
        headers: HeaderList = [],
        authority: String? = nil,
        url: String? = nil
    ) {
        var path = target
        var parts: [String] = []
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            let given = target[target.index(after: mark)...]
            if !given.isEmpty { parts.append(String(given)) }
        }
        if !query.isEmpty { parts.append(PercentEncoding.encodeForm(query, spaces: .plus)) }
        var fields = headers
        var body: [UInt8] = []
        if let form {
            body = Array(PercentEncoding.encodeForm(form, spaces: .plus).utf8)
            fields.appendIfAbsent("Content-Type", "application/x-www-form-urlencoded")
        } else if let json {
            body = json
            fields.appendIfAbsent("Content-Type", "application/json")
        }
        self.init(
            method: method,
            path: path,
            query: parts.isEmpty ? nil : parts.joined(separator: "&"),
            headers: fields,
            body: body,
            authority: authority,
            url: url
        )
    }
}
