/// The HTTP answer of one invocation, before it reaches the server: status, header lines in order
/// (a multi-valued header is several lines), and the body bytes.
public struct FunctionResult: Sendable, Equatable {
    /// The HTTP status code.
    public var status: Int
    /// The header lines, in order.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: [UInt8]

    /// Creates a result.
    public init(status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of the header `name` (any case).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Every value of the header `name` (any case), in order.
    public func headerValues(_ name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    /// The body as UTF-8 text.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    public static func == (lhs: FunctionResult, rhs: FunctionResult) -> Bool {
        lhs.status == rhs.status && lhs.body == rhs.body
            && lhs.headers.elementsEqual(rhs.headers) { $0.name == $1.name && $0.value == $1.value }
    }
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

extension String {
    /// ASCII case-insensitive equality, as header names compare, without allocating.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var lhs = self
        var rhs = other
        return lhs.withUTF8 { lhs in
            rhs.withUTF8 { rhs in
                for index in lhs.indices where Self.asciiLower(lhs[index]) != Self.asciiLower(rhs[index]) { return false }
                return true
            }
        }
    }

    /// Whether the text contains `needle` (lower-case ASCII), ignoring ASCII case, without allocating.
    func containsCaseInsensitive(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { haystack in
            needle.withUTF8 { needle in
                guard needle.count <= haystack.count else { return false }
                for start in 0...(haystack.count - needle.count) {
                    var offset = 0
                    while offset < needle.count, Self.asciiLower(haystack[start + offset]) == Self.asciiLower(needle[offset]) {
                        offset += 1
                    }
                    if offset == needle.count { return true }
                }
                return false
            }
        }
    }

    static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
