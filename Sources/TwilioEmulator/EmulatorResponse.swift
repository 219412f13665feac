import TwilioWire

/// The emulator's answer to an ``EmulatorRequest``: status, headers and body, ready to be written
/// by any HTTP server or read directly by an in-process transport.
///
/// JSON bodies carry `Content-Type: application/json; charset=utf-8`; Sync Document responses also
/// carry `ETag` with the document's revision; a 204 has no body.
///
/// ```swift
/// let response = await emulator.handle(request)
/// if response.status == 200, let document = response.json {
///     print(document["data"]?["playerStreamerSid"]?.stringValue ?? "")
/// }
/// ```
public struct EmulatorResponse: Sendable, HeaderCarrying {
    /// The HTTP status, e.g. 201 for a created Sync Document.
    public var status: Int
    /// The response headers in order.
    public var headers: HeaderList
    /// The body: JSON text, or empty for 204. A JSON response the emulator made writes it from
    /// ``jsonBody`` each time it is read, so read it once.
    public var body: [UInt8] {
        get { content.bytes }
        set { content = .bytes(newValue) }
    }
    /// The value `body` is the JSON of, when the emulator made it: an in-process client reads it
    /// without parsing the body again.
    public var jsonValue: JSONValue?
    /// The value ``body`` is written from when read, for a JSON response the emulator made; `nil`
    /// when the body was given as bytes. An in-process transport passes it on so that a client
    /// which only reads the value never pays for the text.
    public var jsonBody: JSONValue? {
        content.value
    }

    /// Where the body comes from: bytes as received, or a value whose compact JSON it is.
    private var content: JSONBody

    /// Creates a response.
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - headers: The response headers.
    ///   - body: The body bytes.
    ///   - jsonValue: The value `body` is the JSON of, if known.
    public init(status: Int, headers: HeaderList = [], body: [UInt8] = [], jsonValue: JSONValue? = nil) {
        self.status = status
        self.headers = headers
        self.content = .bytes(body)
        self.jsonValue = jsonValue
    }

    /// A response whose body is the compact JSON of `value`, written only when ``body`` is read.
    init(status: Int, headers: HeaderList, jsonBody value: JSONValue) {
        self.status = status
        self.headers = headers
        self.content = .json(value)
        self.jsonValue = value
    }

    /// The body parsed as JSON, or `nil` when it is empty or not JSON.
    public var json: JSONValue? {
        if let jsonValue { return jsonValue }
        guard !body.isEmpty else { return nil }
        return try? JSONParser.parse(body)
    }

    /// The body as UTF-8 text.
    public var bodyText: String {
        String(decoding: body, as: UTF8.self)
    }
}

extension EmulatorResponse {
    static let jsonContentType = "application/json; charset=utf-8"

    /// A JSON response; `etag` is the Sync Document revision, when there is one.
    static func json(_ value: JSONValue, status: Int = 200, etag: String? = nil) -> EmulatorResponse {
        var headers: HeaderList = [("Content-Type", jsonContentType)]
        // An entity tag is a quoted string in HTTP; `If-Match` takes it back quoted or bare.
        if let etag { headers.append(("ETag", "\"\(etag)\"")) }
        return EmulatorResponse(status: status, headers: headers, jsonBody: value)
    }

    /// A 204 with no body, as Twilio answers a delete.
    static let noContent = EmulatorResponse(status: 204)
}
