import FunctionsHost
import FunctionsRuntime
import HTTPTypes
import Hummingbird
import NIOCore
import TwilioWire

/// The developer console: a page at `/_console` and the JSON API it calls, on the Functions port.
///
/// It shows the manifest and environment (secrets masked), invokes Functions (signing protected
/// ones server-side), decodes tokens, edits the emulated Sync and Media data through the same
/// router the SDKs reach, and streams the request log.
///
/// Safety: it answers only when the Host header names a loopback address (so a page on another
/// site cannot reach it by DNS rebinding) and the connection comes from this machine (so a
/// network client cannot claim `Host: 127.0.0.1` when the server listens on every address), every change needs the `X-Console: 1` header and, if
/// the browser sends an `Origin`, the console's own origin (so a cross-site form or fetch cannot
/// change anything), and no secret of the environment ever leaves the server.
struct Console: Sendable {
    /// Where the console lives; the manifest may not use paths under it.
    static let prefix = "/_console"

    let reloadable: ReloadableProject
    let log: RequestLog
    let files: ConsoleFiles
    let configuration: ServerConfiguration
    let domainName: DomainName

    /// Answers a request whose path starts with ``prefix``.
    /// - Parameter peer: The address the connection comes from; `nil` for the in-process test client.
    func respond(to request: Request, peer: SocketAddress?) async -> Response {
        guard let host = request.head.authority, Self.isLoopback(host: host) else {
            return Self.error(.forbidden, "The developer console answers only at a loopback address (http://127.0.0.1 or http://localhost); this request named \(request.head.authority ?? "no host").")
        }
        if let peer, !Self.isLoopback(peer: peer) {
            return Self.error(.forbidden, "The developer console answers only connections from this machine; open it on the machine the server runs on.")
        }
        let path = request.uri.path
        let rest = path.dropFirst(Self.prefix.count)
        if rest.isEmpty || rest == "/" || rest == "/index.html" {
            return page("index.html", method: request.method)
        }
        guard rest.hasPrefix("/api/") else {
            return page(String(rest.dropFirst()), method: request.method)
        }
        if let refusal = Self.refusal(of: request, host: host) {
            return Self.error(.forbidden, refusal)
        }
        let endpoint = rest.dropFirst("/api/".count)
        switch (request.method, endpoint) {
        case (.get, "overview"):
            return Self.json(.ok, overview(host: host))
        case (.post, "invoke"):
            return await invoke(request, host: host)
        case (.post, "decode-token"):
            return await decodeToken(request)
        case (.get, "requests"):
            return requestStream()
        case (_, let twilio) where twilio.hasPrefix("twilio/"):
            return await relayToTwilio(request, path: String(twilio.dropFirst("twilio".count)))
        case (_, "overview"), (_, "invoke"), (_, "decode-token"), (_, "requests"):
            return Self.error(.methodNotAllowed, "\(request.method) is not allowed on \(path).")
        default:
            return Self.error(.notFound, "\(path) is not a console endpoint.")
        }
    }

    private func page(_ name: String, method: HTTPRequest.Method) -> Response {
        guard method == .get || method == .head else {
            return Self.error(.methodNotAllowed, "The console's files answer GET only.")
        }
        guard let file = files[name] else {
            return Self.error(.notFound, "\(Self.prefix)/\(name) is not a file of the console.")
        }
        var headers = Self.securityHeaders
        headers[.contentType] = file.contentType
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    /// Why a request to the API is refused, or `nil`. Reads are allowed (a browser lets no other
    /// site read the answers); changes need the console's header and, if any, its own origin.
    static func refusal(of request: Request, host: String) -> String? {
        if request.method == .options {
            return "The console's API takes no cross-origin requests."
        }
        guard request.method != .get, request.method != .head else { return nil }
        guard request.headers[HTTPField.Name("X-Console")!] == "1" else {
            return "Changes through the console's API need the header X-Console: 1 (the console page sends it)."
        }
        if let origin = request.headers[.origin], origin != "http://\(host)" {
            return "Changes through the console's API must come from the console's own page (http://\(host)), not from \(origin)."
        }
        return nil
    }

    /// Whether `host` (a Host header: name or address, with an optional port) is this machine.
    static func isLoopback(host: String) -> Bool {
        var name = Substring(host)
        if name.hasPrefix("[") {
            guard let end = name.firstIndex(of: "]") else { return false }
            return name[name.index(after: name.startIndex)..<end] == "::1"
        }
        if let colon = name.lastIndex(of: ":") { name = name[..<colon] }
        let lowered = name.lowercased()
        if lowered == "localhost" || lowered.hasSuffix(".localhost") { return true }
        // An IPv4 literal in 127.0.0.0/8, not a name that merely starts with "127.".
        let parts = lowered.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Whether a connection's peer is this machine: 127.0.0.0/8, ::1, or 127.0.0.0/8 mapped into IPv6.
    static func isLoopback(peer: SocketAddress) -> Bool {
        if case .unixDomainSocket = peer { return true }
        guard let address = peer.ipAddress?.lowercased() else { return false }
        if address == "::1" { return true }
        let v4 = address.hasPrefix("::ffff:") ? address.dropFirst("::ffff:".count) : Substring(address)
        let parts = v4.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Keep the page from being framed, sniffed, cached or from loading anything but its own files.
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        HTTPField.Name("X-Frame-Options")!: "DENY",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        .cacheControl: "no-store",
    ]

    static func json(_ status: HTTPResponse.Status, _ value: JSONValue) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: value.jsonBytes)))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(status, ["error": .string(message)])
    }
}
