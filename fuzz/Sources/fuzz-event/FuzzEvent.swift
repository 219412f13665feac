import FunctionsRuntime
import TwilioWire

let contentTypes = [
    "application/x-www-form-urlencoded", "application/json", "Application/JSON; charset=utf-8",
    "application/x-www-form-urlencoded; charset=utf-8", "text/plain",
]

/// Builds an event from the input: the first byte picks the Content-Type; the rest is split at
/// newlines into the query, the Cookie header, a header line and the body (everything after).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let contentType = contentTypes[Int(data[0]) % contentTypes.count]
    let rest = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let pieces = rest.split(separator: UInt8(ascii: "\n"), maxSplits: 3, omittingEmptySubsequences: false)
    func text(_ index: Int) -> String {
        index < pieces.count ? String(decoding: pieces[index], as: UTF8.self) : ""
    }
    let query = text(0)
    var headers: [(name: String, value: String)] = [("Content-Type", contentType), ("Cookie", text(1))]
    let extra = text(2)
    if let colon = extra.firstIndex(of: ":") {
        headers.append((String(extra[..<colon]), String(extra[extra.index(after: colon)...])))
    }
    let body = pieces.count > 3 ? Array(pieces[3]) : []
    guard let event = try? FunctionEvent(query: query[...], headers: headers, body: body) else { return 0 }
    // Everything an event holds must be reachable and writable as JSON.
    _ = event.request.cookies
    _ = event.request.headers
    _ = event.request.header("cookie")
    for key in event.parameters.keys {
        _ = event[key]
        _ = event.values(key)
    }
    _ = try? JSONParser.parse(event.jsonValue.jsonBytes)
    return 0
}
