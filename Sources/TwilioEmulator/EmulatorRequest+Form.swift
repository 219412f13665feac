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
        headers: [(name: String, value: String)] = []
    ) {
        let encoded = Self.formEncode(parameters)
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

    /// `application/x-www-form-urlencoded` text for `parameters`, spaces as `+`, as Python's
    /// `urlencode` writes it.
    public static func formEncode(_ parameters: [(String, String)]) -> String {
        parameters.map { percentEncode($0.0, spaceAsPlus: true) + "=" + percentEncode($0.1, spaceAsPlus: true) }
            .joined(separator: "&")
    }

    /// `component` with every byte outside RFC 3986's unreserved set percent-encoded, so it can be
    /// used as one path segment (a Sync unique name) or one form value.
    public static func percentEncode(_ component: String, spaceAsPlus: Bool = false) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(component.utf8.count)
        for byte in component.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.append(byte)
            case UInt8(ascii: " ") where spaceAsPlus:
                output.append(UInt8(ascii: "+"))
            default:
                output.append(contentsOf: [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
