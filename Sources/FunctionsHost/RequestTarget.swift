import FunctionsRuntime
import TwilioWire

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
        guard path.utf8.contains(UInt8(ascii: "%")) else { return nil }
        do {
            _ = try PercentEncoding.decode(path.utf8, plusAsSpace: false)
            return nil
        } catch .badEscape {
            return "The request path \(shown(path)) has a % that is not followed by two hex digits; encode % as %25."
        } catch {
            return "The request path \(shown(path)) is not valid UTF-8 once percent-decoded; percent-encode text as UTF-8."
        }
    }

    /// Why `query` is refused (a 400), naming the parameter; `nil` when it decodes.
    static func problem(query: String?) -> String? {
        guard let query, query.utf8.contains(UInt8(ascii: "%")) else { return nil }
        do {
            _ = try PercentEncoding.decodeForm(query.utf8)
            return nil
        } catch {
            return error.message(source: "query")
        }
    }

    /// The text quoted, cut to a readable length.
    private static func shown(_ text: String) -> String {
        text.count > 80 ? "\"\(text.prefix(80))...\"" : "\"\(text)\""
    }
}
