import Foundation
import TwilioAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-request HTTP/1.1 server on 127.0.0.1, port 0, on a plain POSIX socket: enough to see the
/// bytes `HTTPClientTransport` sends without a network or an HTTP library.
final class LoopbackHTTPServer: Sendable {
    /// One request as it arrived: the head lines and the body.
    struct Request: Sendable {
        var requestLine: String
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The port the server listens on.
    let port: Int
    private let socket: Int32

    /// Binds 127.0.0.1 on a free port; with `listening: false` nothing accepts, so connecting is refused.
    init(listening: Bool = true) throws {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(socket, address, length) == 0 && getsockname(socket, address, &length) == 0
            }
        }
        guard bound, !listening || listen(socket, 4) == 0 else {
            close(socket)
            throw Failure(description: "bind/listen on 127.0.0.1 failed: errno \(errno)")
        }
        // A test that never connects must fail instead of hanging in accept().
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        self.socket = socket
        self.port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(socket) }

    /// Both products on this server.
    var endpoints: TwilioEndpoints { .local(baseURL: "http://127.0.0.1:\(port)") }

    /// Accepts one connection, reads one request, answers with `response` (a raw HTTP response)
    /// and closes; returns what was received. With a `nil` response it never answers and waits
    /// for the client to give up.
    func serveOne(_ response: String?) async throws -> Request {
        let socket = self.socket
        let bytes = response.map { Array($0.utf8) }
        return try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try Self.handle(listening: socket, response: bytes) })
            }.start()
        }
    }

    private static func handle(listening: Int32, response: [UInt8]?) throws -> Request {
        let connection = accept(listening, nil, nil)
        guard connection >= 0 else { throw Failure(description: "accept() failed: errno \(errno)") }
        defer { close(connection) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))

        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        func readMore() throws {
            let count = read(connection, &buffer, buffer.count)
            guard count > 0 else { throw Failure(description: "the client closed or stalled before a full request") }
            received.append(contentsOf: buffer[..<count])
        }
        let separator = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            try readMore()
            headEnd = received.indices.first { received[$0...].starts(with: separator) }
        }
        let head = String(decoding: received[..<headEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        let headers = head.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (name: String(line[..<colon]), value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let bodyStart = headEnd! + separator.count
        let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        while received.count < bodyStart + length { try readMore() }

        if let response {
            _ = response.withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
        } else {
            while read(connection, &buffer, buffer.count) > 0 {}
        }
        return Request(requestLine: head[0], headers: headers, body: Array(received[bodyStart..<bodyStart + length]))
    }
}
