import TwilioWire

/// The HTTP answer of one invocation, before it reaches the server: status, header lines in order
/// (a multi-valued header is several lines), and the body bytes.
public struct FunctionResult: Sendable, Equatable, HeaderCarrying {
    /// The HTTP status code.
    public var status: Int
    /// The header lines, in order.
    public var headers: HeaderList
    /// The body.
    public var body: [UInt8]

    /// Creates a result.
    public init(status: Int = 200, headers: HeaderList = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body as UTF-8 text.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

extension FunctionResult {
    static let textContentType = "text/plain; charset=utf-8"
    static let jsonContentType = "application/json; charset=utf-8"
    static let htmlContentType = "text/html; charset=utf-8"
    static let xmlContentType = "text/xml; charset=utf-8"

    /// A plain-text result, `text/plain; charset=utf-8` (errors, timeouts, refusals).
    public static func text(_ status: Int, _ message: String) -> FunctionResult {
        FunctionResult(status: status, headers: [("Content-Type", textContentType)], body: Array(message.utf8))
    }
}
