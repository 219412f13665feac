import TwilioWire

/// One response from a Twilio REST API, as a ``TwilioTransport`` returns it.
///
/// ```swift
/// let response = TwilioHTTPResponse(status: 201, json: ["sid": "VJcafebabecafebabecafebabecafebabe"])
/// response.header("content-type")  // application/json
/// ```
public struct TwilioHTTPResponse: Sendable, HeaderCarrying {
    /// The HTTP status code.
    public var status: Int
    /// Response headers in order; lookups ignore case (``header(_:)``).
    public var headers: HeaderList
    /// The raw body. For a response made with ``init(status:headers:jsonBody:)`` it is written
    /// from that value each time it is read, so read it once.
    public var body: [UInt8] {
        get { content.bytes }
        set { content = .bytes(newValue) }
    }
    /// The value `body` is the JSON of, when the transport already has it (an in-process
    /// emulator): the client then skips parsing the body.
    public var parsedJSON: JSONValue?

    /// Where the body comes from: bytes as received, or a value whose compact JSON it is.
    private var content: JSONBody

    /// Creates a response; `parsedJSON`, if given, must be the value `body` is the JSON of.
    public init(status: Int, headers: HeaderList = [], body: [UInt8] = [], parsedJSON: JSONValue? = nil) {
        self.status = status
        self.headers = headers
        self.content = .bytes(body)
        self.parsedJSON = parsedJSON
    }

    /// A response whose ``parsedJSON`` is `jsonBody` and whose ``body`` is its compact JSON,
    /// written only if read: an in-process transport hands over the value its server made, and
    /// the client, which decodes ``parsedJSON``, never pays for the text.
    public init(status: Int, headers: HeaderList, jsonBody: JSONValue) {
        self.status = status
        self.headers = headers
        self.content = .json(jsonBody)
        self.parsedJSON = jsonBody
    }

    /// A JSON response, as Twilio sends resources and errors: `body` is the compact JSON of `json`
    /// and `Content-Type` is `application/json`.
    public init(status: Int, json: JSONValue, headers: HeaderList = []) {
        self.init(
            status: status,
            headers: [(name: "Content-Type", value: "application/json")] + headers,
            body: json.jsonBytes
        )
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }
}
