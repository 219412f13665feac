import TwilioWire

extension EmulatorRequest {
    /// Creates a request the way Twilio's helper libraries send one: the parameters go
    /// form-encoded into the body of a `POST`, and into the query string of any other method.
    ///
    /// ```swift
    /// let create = EmulatorRequest(
    ///     method: "POST",
    ///     path: "/v1/Services/default/Documents",
    ///     parameters: [("UniqueName", "streaming_info"), ("Data", #"{"playerStreamerSid":"VJ..."}"#)]
    /// )
    /// ```
    /// - Parameters:
    ///   - method: The HTTP method.
    ///   - path: The percent-encoded path, without the query.
    ///   - parameters: Twilio parameters such as `UniqueName` or `PageSize`, in order.
    ///   - headers: Extra headers, e.g. `Authorization` or `If-Match`.
    public init(
        method: String,
        path: String,
        parameters: [(String, String)],
        headers: HeaderList = []
    ) {
        let encoded = PercentEncoding.encodeForm(parameters, spaces: .plus)
        if method == "POST" {
            var headers = headers
            if !headers.contains(where: { $0.name.lowercased() == "content-type" }) {
                headers.append(("Content-Type", "application/x-www-form-urlencoded"))
            }
            self.init(method: method, path: path, headers: headers, body: Array(encoded.utf8))
        } else {
            self.init(method: method, path: path, query: encoded.isEmpty ? nil : encoded, headers: headers)
        }
    }
}
