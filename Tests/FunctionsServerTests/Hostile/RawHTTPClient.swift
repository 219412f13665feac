import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One step of a raw exchange.
enum RawStep: Sendable {
    /// Writes these bytes as they are.
    case send([UInt8])
    /// Waits before the next step.
    case pause(milliseconds: Int)
    /// Half-closes: the server reads end of input, the client can still read answers.
    case shutdownWrite
    /// Resets the connection (SO_LINGER 0) and stops: a client that vanishes.
    case reset
}

/// An answer as read off the wire.
struct RawResponse: Sendable {
    let status: Int
    let headers: [(name: String, value: String)]
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// What one raw exchange saw.
struct RawExchange: Sendable {
    /// The complete answers, in order.
    var responses: [RawResponse] = []
    /// The server closed (or reset) the connection.
    var closed = false
    /// The read deadline passed with the connection still open.
    var timedOut = false
    /// How long the exchange took, from the connection to its end.
    var elapsed: Duration = .zero
    /// When the exchange ended (the client closed its side).
    var finishedAt = ContinuousClock.now

    var statuses: [Int] { responses.map(\.status) }
}

/// A client that writes bytes exactly as given to 127.0.0.1, so nothing cleans the input first.
///
/// Every exchange runs on a thread of its own with blocking sockets and `poll` deadlines, so a
/// test waiting on a silent server never holds a thread of Swift's cooperative pool, which the
/// server's handlers need.
struct RawHTTPClient: Sendable {
    let port: Int

    /// Connects, runs `steps`, then reads until `responses` complete answers arrived, the server
    /// closed the connection, or `timeout` passed. With `untilClosed`, reads on after the answers
    /// until the server closes (or the deadline).
    func exchange(
        _ steps: [RawStep],
        responses expected: Int = 1,
        untilClosed: Bool = false,
        timeout: Duration = .seconds(40)
    ) async -> RawExchange {
        let port = port
        return await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: Self.run(port: port, steps: steps, expected: expected, untilClosed: untilClosed, timeout: timeout))
            }
            thread.start()
        }
    }

    /// `GET path` on a fresh connection.
    func get(_ path: String) async -> RawExchange {
        await exchange([.send(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))])
    }

    private static func run(port: Int, steps: [RawStep], expected: Int, untilClosed: Bool, timeout: Duration) -> RawExchange {
        let start = ContinuousClock.now
        var exchange = talk(port: port, steps: steps, expected: expected, untilClosed: untilClosed, deadline: start + timeout)
        exchange.finishedAt = ContinuousClock.now
        exchange.elapsed = exchange.finishedAt - start
        return exchange
    }

    private static func talk(port: Int, steps: [RawStep], expected: Int, untilClosed: Bool, deadline: ContinuousClock.Instant) -> RawExchange {
        var exchange = RawExchange()
        guard let socket = RawSocket(port: port) else {
            exchange.closed = true
            return exchange
        }
        defer { socket.close() }
        for step in steps {
            switch step {
            case .send(let bytes): socket.send(bytes)
            case .pause(let milliseconds): usleep(UInt32(milliseconds) * 1000)
            case .shutdownWrite: socket.shutdownWrite()
            case .reset:
                socket.reset()
                exchange.closed = true
                return exchange
            }
        }
        var received: [UInt8] = []
        while true {
            exchange.responses = RawResponseParser.parse(received)
            if exchange.responses.count >= expected, !untilClosed { return exchange }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else {
                exchange.timedOut = true
                return exchange
            }
            guard let chunk = socket.receive(timeoutMilliseconds: Int32(remaining.components.seconds * 1000 + 1)) else {
                exchange.timedOut = true
                return exchange
            }
            if chunk.isEmpty {
                exchange.closed = true
                exchange.responses = RawResponseParser.parse(received)
                return exchange
            }
            received += chunk
        }
    }
}

/// A blocking TCP socket to 127.0.0.1.
private struct RawSocket {
    let descriptor: Int32

    init?(port: Int) {
        descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            Glibc.close(descriptor)
            return nil
        }
    }

    /// Writes everything it can; a server that closed early just ends the writing.
    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { return }
            offset += written
        }
    }

    func shutdownWrite() {
        Glibc.shutdown(descriptor, Int32(SHUT_WR))
    }

    func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
    }

    /// The next bytes; empty at end of stream or on a reset, `nil` when nothing came in time.
    func receive(timeoutMilliseconds: Int32) -> [UInt8]? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard Glibc.poll(&poller, 1, timeoutMilliseconds) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { Glibc.recv(descriptor, $0.baseAddress, $0.count, 0) }
        return count > 0 ? Array(buffer[..<count]) : []
    }

    func close() {
        Glibc.close(descriptor)
    }
}
