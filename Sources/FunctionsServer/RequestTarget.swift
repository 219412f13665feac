import FunctionsRuntime

/// The check of a request's path and query as sent, before anything is looked up: each `%` must
/// start a two-hex-digit escape and the text must be UTF-8 once decoded.
///
/// NIO's parser already refuses bytes outside ASCII in the request line, so over HTTP only the
/// escapes are left to check. A path without `%`, as nearly every request has, is checked in
/// one pass without allocating. The query of a Function's request is checked as its event is
/// built, which names the parameter at fault; the query of any other path is checked here.
enum RequestTarget {
    /// Why the path is refused (a 400); `nil` when it is well formed.
    static func problem(path: String) -> String? {
        let text = path.utf8
        guard text.contains(UInt8(ascii: "%")) else { return nil }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(text.count)
        var index = text.startIndex
        while index != text.endIndex {
            let byte = text[index]
            index = text.index(after: index)
            guard byte == UInt8(ascii: "%") else {
                decoded.append(byte)
                continue
            }
            guard index != text.endIndex, let high = hexValue(text[index]) else { return badEscape(path) }
            index = text.index(after: index)
            guard index != text.endIndex, let low = hexValue(text[index]) else { return badEscape(path) }
            index = text.index(after: index)
            decoded.append(high << 4 | low)
        }
        guard String(validating: decoded, as: UTF8.self) != nil else {
            return "The request path \(shown(path)) is not valid UTF-8 once percent-decoded; percent-encode text as UTF-8."
        }
        return nil
    }

    /// Why `query` is refused (a 400), naming the parameter; `nil` when it decodes.
    static func problem(query: String?) -> String? {
        guard let query, query.utf8.contains(UInt8(ascii: "%")) else { return nil }
        do {
            _ = try FormEncoding.decode(query.utf8, source: "query")
            return nil
        } catch {
            return error.message
        }
    }

    private static func badEscape(_ path: String) -> String {
        "The request path \(shown(path)) has a % that is not followed by two hex digits; encode % as %25."
    }

    /// The text quoted, cut to a readable length.
    private static func shown(_ text: String) -> String {
        text.count > 80 ? "\"\(text.prefix(80))...\"" : "\"\(text)\""
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
