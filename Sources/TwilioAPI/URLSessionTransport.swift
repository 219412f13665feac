import Foundation
import TwilioWire

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends Twilio requests over real HTTP with `URLSession`: to Twilio, or to the emulator's REST port.
///
/// The default session does not follow redirects: Twilio's REST APIs do not redirect, and
/// following one would send the `Authorization` header to wherever the redirect points. A 3xx
/// response is returned as it is, and the client reports it as an error. A session passed in
/// follows its own delegate (`URLSession.shared` follows redirects).
///
/// ```swift
/// let transport = URLSessionTransport(timeout: .seconds(10))
/// let client = TwilioClient(credentials: credentials, transport: transport)
/// ```
public struct URLSessionTransport: TwilioTransport {
    /// The session requests are sent with.
    public let session: URLSession
    /// How long a request may wait for data before it fails with a ``TwilioAPIError``.
    public let timeout: Duration

    /// A session shared by default-configured transports: ephemeral (no cookies or cache kept
    /// between requests) and refusing redirects.
    public static let defaultSession = URLSession(
        configuration: .ephemeral,
        delegate: RefuseRedirects(),
        delegateQueue: nil
    )

    /// Creates a transport.
    /// - Parameters:
    ///   - session: The session to send with; ``defaultSession`` by default.
    ///   - timeout: The request timeout; 30 seconds by default, as in twilio-node.
    public init(session: URLSession = URLSessionTransport.defaultSession, timeout: Duration = .seconds(30)) {
        self.session = session
        self.timeout = timeout
    }

    /// Sends `request` and returns the response, whatever its status.
    /// - Throws: ``TwilioAPIError`` of kind ``TwilioAPIError/Kind/transport`` (status 0) naming the
    ///   URL when no response arrives (connection refused, timeout, TLS or DNS failure);
    ///   `CancellationError` when the task is cancelled.
    public func send(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse {
        let urlString = request.url
        guard let url = URL(string: urlString), url.scheme != nil, url.host != nil else {
            throw TwilioAPIError.invalidRequest("\(urlString) is not a valid absolute URL", request: request)
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = seconds(timeout)
        for header in request.headers {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        if request.method == "POST" {
            urlRequest.httpBody = Data(request.body)
        }

        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch let error as URLError {
            if error.code == .cancelled, Task.isCancelled { throw CancellationError() }
            throw failure(error, request: request)
        }
        guard let http = response as? HTTPURLResponse else {
            throw TwilioAPIError(
                kind: .transport, status: 0, code: 0,
                message: "\(urlString) answered with something other than HTTP",
                method: request.method, url: urlString
            )
        }
        let headers = HeaderList(http.allHeaderFields.compactMap { name, value -> HeaderList.Element? in
            guard let name = name as? String else { return nil }
            return (name: name, value: "\(value)")
        })
        return TwilioHTTPResponse(status: http.statusCode, headers: headers, body: Array(data))
    }

    private func failure(_ error: URLError, request: TwilioHTTPRequest) -> TwilioAPIError {
        let reason: String
        switch error.code {
        case .timedOut: reason = "timed out after \(timeout)"
        case .cannotConnectToHost: reason = "connection refused (\(error.localizedDescription))"
        default: reason = error.localizedDescription
        }
        return TwilioAPIError(
            kind: .transport,
            status: 0,
            code: 0,
            message: "could not reach \(request.url): \(reason) [URLError \(error.code.rawValue)]",
            method: request.method,
            url: request.url
        )
    }

    private func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}

/// Answers every redirect with "do not follow", so the 3xx response itself is returned.
private final class RefuseRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
