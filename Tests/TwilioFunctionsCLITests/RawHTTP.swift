import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 request on its own loopback connection (`Connection: close`), spoken over a plain
/// socket so that each request really opens a new connection: what a switch of server builds
/// must not refuse.
enum RawHTTP {
    /// What came back: the status and the body, or `nil` if the connection was refused or reset.
    struct Answer: Sendable {
        var status: Int
        var body: String
    }

    static func get(port: Int, path: String) async -> Answer? {
        await send("GET", port: port, path: path)
    }

    /// A request with extra header lines (`Name: value`).
    static func send(_ method: String, port: Int, path: String, headers: [String] = []) async -> Answer? {
        // On a thread of its own: blocking socket calls on the few threads that run Swift tasks
        // would stall every other test running in parallel.
        await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: request(method, port: port, path: path, headers: headers))
            }.start()
        }
    }

    private static func request(_ method: String, port: Int, path: String, headers: [String]) -> Answer? {
        let socket = connectedSocket(port: port)
        guard socket >= 0 else { return nil }
        defer { close(socket) }
        let head = ([method + " " + path + " HTTP/1.1", "Host: 127.0.0.1:\(port)", "Connection: close"] + headers).joined(separator: "\r\n")
        let request = Array((head + "\r\n\r\n").utf8)
        guard Glibc.send(socket, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else { return nil }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else {
                if count < 0 { return nil }
                break
            }
            received += buffer[..<count]
        }
        let text = String(decoding: received, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n"),
            let status = Int(text.split(separator: " ", maxSplits: 2).dropFirst().first ?? "")
        else { return nil }
        return Answer(status: status, body: String(text[headEnd.upperBound...]))
    }

    /// A GET whose answer is read as it arrives (a server-sent event stream), on a thread of its own.
    final class Stream: Sendable {
        private let received = SharedText()
        private let closed = SharedList<Bool>()

        init(port: Int, path: String) {
            let received = self.received
            let closed = self.closed
            Thread {
                let socket = RawHTTP.connectedSocket(port: port)
                defer {
                    if socket >= 0 { close(socket) }
                    closed.append(true)
                }
                guard socket >= 0 else { return }
                let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
                guard Glibc.send(socket, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else { return }
                var buffer = [UInt8](repeating: 0, count: 16_384)
                while true {
                    let count = recv(socket, &buffer, buffer.count, 0)
                    guard count > 0 else { return }
                    received.append(String(decoding: buffer[..<count], as: UTF8.self))
                }
            }.start()
        }

        /// What arrived so far.
        var text: String { received.value }
        /// Whether the server closed the stream.
        var isClosed: Bool { closed.count > 0 }

        /// Waits until the stream holds `marker`; `false` after `timeout`.
        func waitFor(_ marker: String, timeout: Duration = .seconds(10)) async -> Bool {
            let deadline = ContinuousClock.now + timeout
            while !text.contains(marker), ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(20))
            }
            return text.contains(marker)
        }
    }

    /// A socket connected to the loopback port (receive timeout 30 s), or -1.
    static func connectedSocket(port: Int) -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return -1 }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            return -1
        }
        return socket
    }
}
