import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Bytes written to a loopback port as they are, and everything read back until the server
/// closes: for what an HTTP client library would not send (another Host header, say).
enum RawSocket {
    static func exchange(port: Int, _ request: String) async -> String {
        // A thread of its own: blocking socket calls would hold one of the few threads that run
        // Swift tasks, and the server under test needs them.
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: blockingExchange(port: port, Array(request.utf8))) }.start()
        }
    }

    private static func blockingExchange(port: Int, _ request: [UInt8]) -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return "" }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0, Glibc.send(socket, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else { return "" }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            received += buffer[..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }
}
