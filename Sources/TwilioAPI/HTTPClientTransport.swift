import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import TwilioWire

/// Sends Twilio requests over real HTTP with AsyncHTTPClient: to Twilio, or to the emulator's
/// REST port. It runs on SwiftNIO's shared event loops, which the server already has, so a
/// process that never calls out loads no other HTTP stack.
///
/// The default client does not follow redirects: Twilio's REST APIs do not redirect, and
/// following one would send the `Authorization` header to wherever the redirect points. A 3xx
/// response is returned as it is, and the client reports it as an error.
///
/// ```swift
/// let transport = HTTPClientTransport(timeout: .seconds(10))
/// let client = TwilioClient(credentials: credentials, transport: transport)
/// ```
public struct HTTPClientTransport: TwilioTransport {
    /// The client requests are sent with: the one given to ``init(client:timeout:maxResponseSize:)``,
    /// or ``defaultClient``.
    public var client: HTTPClient { configuredClient ?? Self.defaultClient }
    // Resolved at the first send rather than at init: a server that never calls out does not
    // start a client (its connection pool and its code pages) for the transports it builds.
    private let configuredClient: HTTPClient?
    /// How long a request may take, from connecting to the end of the body, before it fails
    /// with a ``TwilioAPIError``.
    public let timeout: Duration
    /// The largest response body accepted; Twilio's pages stay far below it.
    public let maxResponseSize: Int

    /// A client shared by default-configured transports, on NIO's shared event loops, refusing
    /// redirects. It lives as long as the process, so it is never shut down.
    public static let defaultClient = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: HTTPClient.Configuration(redirectConfiguration: .disallow)
    )

    /// Creates a transport.
    /// - Parameters:
    ///   - client: The client to send with; ``defaultClient``, made at the first send, by default.
    ///   - timeout: The request timeout; 30 seconds by default, as in twilio-node.
    ///   - maxResponseSize: The largest response body accepted, 16 MiB by default.
    public init(client: HTTPClient? = nil, timeout: Duration = .seconds(30), maxResponseSize: Int = 16 << 20) {
        self.configuredClient = client
        self.timeout = timeout
        self.maxResponseSize = maxResponseSize
    }

    /// Sends `request` and returns the response, whatever its status.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/transport`` (status 0) naming the
    ///   URL when no response arrives (connection refused, timeout, TLS or DNS failure);
    ///   `CancellationError` when the task is cancelled.
    public func send(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse {
        guard Self.isAbsoluteHTTPURL(request.url) else {
            throw TwilioAPIError.invalidRequest("\(request.url) is not a valid absolute URL", request: request)
        }
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        if request.method == "POST" {
            outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        }
        do {
            let response = try await client.execute(outgoing, timeout: .nanoseconds(Self.nanoseconds(timeout)))
            var body = try await response.body.collect(upTo: maxResponseSize)
            let headers = HeaderList(response.headers.map { (name: $0.name, value: $0.value) })
            return TwilioHTTPResponse(status: Int(response.status.code), headers: headers, body: body.readBytes(length: body.readableBytes) ?? [])
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw failure(error, request: request)
        }
    }

    private func failure(_ error: any Error, request: TwilioHTTPRequest) -> TwilioAPIError {
        let reason: String
        switch error {
        case let error as HTTPClientError where [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout].contains(error):
            reason = "timed out after \(timeout)"
        case let error as HTTPClientError where error == .remoteConnectionClosed:
            reason = "the connection was closed before a response"
        case is NIOTooManyBytesError:
            reason = "the response body is over \(maxResponseSize) bytes"
        default:
            reason = String(describing: error)
        }
        return TwilioAPIError(
            kind: .transport,
            status: 0,
            code: 0,
            message: "could not reach \(request.url): \(reason)",
            method: request.method,
            url: request.url
        )
    }

    /// `http://host…` or `https://host…` with a non-empty host.
    static func isAbsoluteHTTPURL(_ url: String) -> Bool {
        for scheme in ["http://", "https://"] where url.hasPrefix(scheme) {
            let rest = url.dropFirst(scheme.count)
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty && !host.contains(" ")
        }
        return false
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
