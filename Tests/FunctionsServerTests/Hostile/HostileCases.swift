import Foundation
/// The hostile inputs, by kind. Each states what the server answers; after each the server must
/// still answer `/hello` (checked by ``HostileInputTests``).
enum HostileCases {
    static let hello = "GET /hello HTTP/1.1\nHost: 127.0.0.1\n\n"

    static let requestLines: [HostileCase] = [
        HostileCase("garbage instead of a request line", "GARBAGE\n\n", .status(400), bodyContains: "not valid HTTP", closes: true),
        HostileCase("a method alone", "GET\n\n", .status(400), closes: true),
        HostileCase("no HTTP version", "GET /hello\nHost: 127.0.0.1\n\n", .status(400), closes: true),
        HostileCase("HTTP/9.9", "GET /hello HTTP/9.9\nHost: 127.0.0.1\n\n", .status(400), bodyContains: "not valid HTTP", closes: true),
        HostileCase("a word after the version", "GET /hello HTTP/1.1 extra\nHost: 127.0.0.1\n\n", .status(400), closes: true),
        HostileCase("a space before the method", " GET /hello HTTP/1.1\nHost: 127.0.0.1\n\n", .status(400), closes: true),
        HostileCase("two spaces after the method", "GET  /hello HTTP/1.1\nHost: 127.0.0.1\n\n", .status(200)),
        HostileCase("a lower-case method", "get /hello HTTP/1.1\nHost: 127.0.0.1\n\n", .status(400), bodyContains: "method", closes: true),
        HostileCase("CONNECT to a host and port", "CONNECT 127.0.0.1:443 HTTP/1.1\nHost: 127.0.0.1:443\n\n", .status(405), closes: true),
        HostileCase("CONNECT to a path", "CONNECT /hello HTTP/1.1\nHost: 127.0.0.1\n\n", .status(405), closes: true),
        HostileCase("an unknown method", "BREW /hello HTTP/1.1\nHost: 127.0.0.1\n\n", .status(400), closes: true),
        HostileCase("a known method Functions do not answer", "DELETE /hello HTTP/1.1\nHost: 127.0.0.1\n\n", .status(405)),
        HostileCase("a NUL in the request line", bytes: Array("GET /hel".utf8) + [0] + Array("lo HTTP/1.1\r\n\r\n".utf8), .status(400), closes: true),
        HostileCase("empty lines before the request", "\n\n" + hello, .status(200)),
        HostileCase("a bare LF ends each line", [.send(Array("GET /hello HTTP/1.1\nHost: 127.0.0.1\n\n".utf8))], .status(400), closes: true),
        HostileCase("an absolute-form target", "GET http://127.0.0.1/hello HTTP/1.1\nHost: 127.0.0.1\n\n", .status(200)),
        HostileCase("an asterisk target", "GET * HTTP/1.1\nHost: 127.0.0.1\n\n", .status(404)),
        HostileCase("a 100 KB path (the request line counts toward the header limit)", "GET /" + String(repeating: "a", count: 100_000) + " HTTP/1.1\nHost: 127.0.0.1\n\n", .status(431), closes: true),
        HostileCase("a 20 KB path", "GET /" + String(repeating: "a", count: 20_000) + " HTTP/1.1\nHost: 127.0.0.1\n\n", .status(404)),
    ]

    static let headers: [HostileCase] = [
        HostileCase("a header line without a colon", "GET /hello HTTP/1.1\nHost 127.0.0.1\n\n", .status(400), closes: true),
        HostileCase("a space before the colon", "GET /hello HTTP/1.1\nHost : 127.0.0.1\n\n", .status(400), closes: true),
        HostileCase("@ in a header name", "GET /hello HTTP/1.1\nX-B@d: 1\n\n", .status(400), bodyContains: "header name", closes: true),
        HostileCase("a space in a header name", "GET /hello HTTP/1.1\nX Bad: 1\n\n", .status(400), closes: true),
        HostileCase("an empty header name", "GET /hello HTTP/1.1\n: value\n\n", .status(400), closes: true),
        HostileCase("a NUL in a header name", bytes: Array("GET /hello HTTP/1.1\r\nX-".utf8) + [0] + Array(": 1\r\n\r\n".utf8), .status(400), closes: true),
        HostileCase("a 0xFF byte in a header name", bytes: Array("GET /hello HTTP/1.1\r\nX-".utf8) + [0xFF] + Array(": 1\r\n\r\n".utf8), .status(400), closes: true),
        HostileCase("a bare CR in a header value", bytes: Array("GET /hello HTTP/1.1\r\nX-Value: a\rb\r\n\r\n".utf8), .status(400), closes: true),
        HostileCase("a folded header line", "GET /hello HTTP/1.1\nX-Value: a\n  b\n\n", .status(400), closes: true),
        HostileCase("UTF-8 in a header value", "GET /echo HTTP/1.1\nX-Name: café\n\n", .status(200), bodyContains: "café"),
        HostileCase("a 0xFF byte in a header value", bytes: Array("GET /echo HTTP/1.1\r\nX-Name: a".utf8) + [0xFF] + Array("\r\n\r\n".utf8), .status(200)),
        HostileCase("two different Content-Lengths", "POST /echo HTTP/1.1\nContent-Length: 1\nContent-Length: 2\n\nab", .status(400), bodyContains: "Content-Length", closes: true),
        HostileCase("a Content-Length that is not a number", "POST /echo HTTP/1.1\nContent-Length: abc\n\n", .status(400), closes: true),
        HostileCase("a negative Content-Length", "POST /echo HTTP/1.1\nContent-Length: -1\n\n", .status(400), closes: true),
        HostileCase("Content-Length and chunked together", "POST /echo HTTP/1.1\nContent-Length: 3\nTransfer-Encoding: chunked\n\n0\n\n", .status(400), closes: true),
        HostileCase("an unknown Transfer-Encoding", "POST /echo HTTP/1.1\nTransfer-Encoding: gzip\n\nabc", .status(400), closes: true),
        HostileCase("HTTP/1.1 without Host", "GET /hello HTTP/1.1\n\n", .status(200)),
        HostileCase("a header section just under the limit", "GET /hello HTTP/1.1\nX-Big: " + String(repeating: "a", count: 30_000) + "\n\n", .status(200)),
        HostileCase("one header over the limit", "GET /hello HTTP/1.1\nX-Big: " + String(repeating: "a", count: 40_000) + "\n\n", .status(431), bodyContains: "--max-header-size", closes: true),
        HostileCase("many headers over the limit together", "GET /hello HTTP/1.1\n" + (0..<100).map { "X-H\($0): " + String(repeating: "b", count: 400) + "\n" }.joined() + "\n", .status(431), closes: true),
        HostileCase("1,001 header lines", "GET /hello HTTP/1.1\n" + (0..<1001).map { "X-\($0): 1\n" }.joined() + "\n", .status(431), closes: true),
        HostileCase("a 1 MB cookie", "GET /hello HTTP/1.1\nCookie: a=" + String(repeating: "c", count: 1_000_000) + "\n\n", .status(431), closes: true),
        HostileCase("a pipelined request over the header limit after a good one", hello + "GET /hello HTTP/1.1\nX-Big: " + String(repeating: "a", count: 40_000) + "\n\n", .statuses([200, 431]), closes: true),
    ]

    static let encodings: [HostileCase] = [
        HostileCase("%zz in the path", "GET /hello%zz HTTP/1.1\n\n", .status(400), bodyContains: "path"),
        HostileCase("a % at the end of the path", "GET /hello% HTTP/1.1\n\n", .status(400), bodyContains: "path"),
        HostileCase("a % with one hex digit in the path", "GET /hello%4 HTTP/1.1\n\n", .status(400), bodyContains: "path"),
        HostileCase("%FF (not UTF-8) in the path", "GET /%FF HTTP/1.1\n\n", .status(400), bodyContains: "UTF-8"),
        HostileCase("a raw 0xFF byte in the path", bytes: Wire.get(prefix: "/hello", raw: [0xFF]), .status(400), closes: true),
        HostileCase("raw UTF-8 (not percent-encoded) in the path", "GET /héllo HTTP/1.1\n\n", .status(400), bodyContains: "percent-encoded", closes: true),
        HostileCase("%zz in a query value", "GET /echo?a=%zz HTTP/1.1\n\n", .status(400), bodyContains: "query parameter \"a\""),
        HostileCase("%FF in a query value", "GET /echo?a=%FF HTTP/1.1\n\n", .status(400), bodyContains: "UTF-8"),
        HostileCase("%zz in a query name", "GET /echo?%zz=1 HTTP/1.1\n\n", .status(400), bodyContains: "query"),
        HostileCase("a raw 0xFF byte in the query", bytes: Wire.get(prefix: "/echo?a=", raw: [0xFF]), .status(400), closes: true),
        HostileCase("%zz in the query of an unknown path", "GET /missing?a=%zz HTTP/1.1\n\n", .status(400), bodyContains: "query parameter \"a\""),
        HostileCase("%E9 (Latin-1, not UTF-8) in the query of an unknown path", "GET /missing?name=caf%E9 HTTP/1.1\n\n", .status(400), bodyContains: "UTF-8"),
        HostileCase("%zz in a form value", bytes: Wire.form("a=%zz"), .status(400), bodyContains: "form parameter \"a\""),
        HostileCase("%C3%28 (not UTF-8) in a form value", bytes: Wire.form("a=%C3%28"), .status(400), bodyContains: "UTF-8"),
        HostileCase("a raw 0xFF byte in a form body", bytes: Wire.post("/echo", contentType: "application/x-www-form-urlencoded", body: Array("a=".utf8) + [0xFF]), .status(400), bodyContains: "form"),
        HostileCase("invalid UTF-8 in a JSON string", bytes: Wire.post("/echo", contentType: "application/json", body: Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)), .status(400), bodyContains: "JSON"),
    ]

    static let bodies: [HostileCase] = [
        HostileCase("10,000 form parameters", bytes: Wire.form((0..<10_000).map { "p\($0)=\($0)" }.joined(separator: "&")), .status(200), bodyContains: "p9999"),
        HostileCase("10,000 query parameters (over the header limit)", "GET /echo?" + (0..<10_000).map { "q\($0)=1" }.joined(separator: "&") + " HTTP/1.1\n\n", .status(431), closes: true),
        HostileCase("1,000 query parameters", "GET /echo?" + (0..<1_000).map { "q\($0)=1" }.joined(separator: "&") + " HTTP/1.1\n\n", .status(200), bodyContains: "q999"),
        HostileCase("one name repeated 100,000 times", bytes: Wire.form(Array(repeating: "a=1", count: 100_000).joined(separator: "&")), .status(200)),
        HostileCase("JSON arrays nested 100,000 deep", bytes: Wire.json(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)), .status(400), bodyContains: "JSON"),
        HostileCase("JSON objects nested 100,000 deep", bytes: Wire.json(String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000)), .status(400), bodyContains: "JSON"),
        HostileCase("an unclosed JSON nest 100,000 deep", bytes: Wire.json(String(repeating: "[", count: 100_000)), .status(400)),
        HostileCase("a JSON number past Double's range", bytes: Wire.json(#"{"n":1e999999}"#), .status(200)),
        HostileCase("a JSON number of 10,000 digits", bytes: Wire.json(#"{"n":"# + String(repeating: "9", count: 10_000) + "}"), .status(200)),
        HostileCase("duplicate JSON keys", bytes: Wire.json(#"{"a":1,"a":2}"#), .status(200), bodyContains: #""a":2"#),
        HostileCase("a truncated JSON body", bytes: Wire.json(#"{"a":"#), .status(400), bodyContains: "JSON"),
        HostileCase("JSON sent as text/plain", bytes: Wire.post("/echo", contentType: "text/plain", #"{"a":1}"#), .status(200)),
        HostileCase("a form body without Content-Type", bytes: Wire.post("/echo", contentType: nil, "a=1"), .status(200)),
        HostileCase("JSON labelled as a form", bytes: Wire.form(#"{"a":1}"#), .status(200)),
        HostileCase("a form labelled as JSON", bytes: Wire.json("a=1"), .status(400), bodyContains: "JSON"),
        HostileCase("a Content-Type of semicolons", bytes: Wire.post("/echo", contentType: ";;;", "a=1"), .status(200)),
        HostileCase("a body on a GET", "GET /hello HTTP/1.1\nContent-Length: 5\n\nhello", .status(200)),
        HostileCase("a body over the limit", bytes: Wire.form("a=" + String(repeating: "x", count: 7 * 1024 * 1024)), .status(413)),
    ]

    static let framing: [HostileCase] = [
        HostileCase("a chunked form body", "POST /echo HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\nTransfer-Encoding: chunked\n\n3\na=1\n4\n&b=2\n0\n\n", .status(200), bodyContains: #""b":"2""#),
        HostileCase("a chunk extension", "POST /echo HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\nTransfer-Encoding: chunked\n\n3;x=y\na=1\n0\n\n", .status(200)),
        HostileCase("a chunk size that is not hex", "POST /echo HTTP/1.1\nTransfer-Encoding: chunked\n\nzz\nabc\n0\n\n", .status(400), bodyContains: "body", closes: true),
        HostileCase("chunks over the body limit", [.send(Array("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n".utf8))] + Array(repeating: .send(Array("100000\r\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 0x100000) + Array("\r\n".utf8)), count: 7) + [.send(Array("0\r\n\r\n".utf8))], .status(413)),
        HostileCase("three pipelined requests", hello + hello + hello, .statuses([200, 200, 200])),
        HostileCase("a good request then garbage", hello + "GARBAGE\n\n", .statuses([200, 400]), closes: true),
        HostileCase("two pipelined POSTs", bytes: Wire.form("a=1") + Wire.form("b=2"), .statuses([200, 200])),
        HostileCase("a body longer than its Content-Length", "POST /echo HTTP/1.1\nContent-Length: 3\n\na=1GARBAGE\n\n", .statuses([200, 400]), closes: true),
        HostileCase("a body shorter than its Content-Length, then end of input", [.send(Array("POST /echo HTTP/1.1\r\nContent-Length: 100\r\n\r\na=1".utf8)), .shutdownWrite], .status(400), bodyContains: "body could not be read", closes: true),
        HostileCase("a body shorter than its Content-Length, then silence", [.send(Array("POST /echo HTTP/1.1\r\nContent-Length: 100\r\n\r\na=1".utf8))], .closedWithoutAnswer),
        HostileCase("a client that resets mid-body", [.send(Array("POST /echo HTTP/1.1\r\nContent-Length: 100000\r\n\r\na=1".utf8)), .pause(milliseconds: 50), .reset], .closedWithoutAnswer),
        HostileCase("a client that resets mid-headers", [.send(Array("GET /hello HTTP/1.1\r\nX-Partial: ".utf8)), .pause(milliseconds: 50), .reset], .closedWithoutAnswer),
        HostileCase("a client that connects and leaves", [.shutdownWrite], .closedWithoutAnswer),
        HostileCase("a client that never finishes its headers", [.send(Array("GET /hello HTTP/1.1\r\nX-Slow: ".utf8))], .closedWithoutAnswer),
        HostileCase("Connection: close", "GET /hello HTTP/1.1\nConnection: close\n\n", .status(200), closes: true),
        HostileCase("HTTP/1.0 without keep-alive", "GET /hello HTTP/1.0\n\n", .status(200), closes: true),
        HostileCase("HTTP/1.0 with keep-alive", "GET /hello HTTP/1.0\nConnection: keep-alive\n\n" + hello, .statuses([200, 200])),
        HostileCase("pipelined HTTP/1.0 requests: the first without keep-alive ends the connection", "GET /hello HTTP/1.0\n\n" + hello, .status(200), closes: true),
        HostileCase("an Upgrade request", "GET /hello HTTP/1.1\nConnection: Upgrade\nUpgrade: websocket\n\n", .status(200)),
    ]

    static let all = requestLines + headers + encodings + bodies + framing
}
