import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A keep-alive connection to 127.0.0.1 that a test holds open and drives step by step: send a
/// request, read its answers, later see whether the server closed it or whether it still answers.
///
/// Like ``RawHTTPClient``, every blocking step runs on a thread of its own with `poll` deadlines,
/// so a test waiting on the server never holds a thread of Swift's cooperative pool.
final class HeldConnection: Sendable {
    private let descriptor: Int32
    private let inbox = Mutex(Inbox())

    private struct Inbox {
        var bytes: [UInt8] = []
        /// How many answers `responses` has returned so far.
        var taken = 0
        /// The server closed (or reset) the connection.
        var closed = false
        /// `close()` was called: the descriptor is not ours any more.
        var released = false
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close()
    }

    /// Connects to 127.0.0.1:`port`; `nil` if that fails.
    static func open(port: Int) async -> HeldConnection? {
        await onThread {
            let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
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
            return HeldConnection(descriptor: descriptor)
        }
    }

    /// Writes `text` as it is (a server that closed just ends the writing).
    func send(_ text: String) async {
        let bytes = Array(text.utf8)
        let descriptor = descriptor
        await Self.onThread {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                guard written > 0 else { return }
                offset += written
            }
        }
    }

    /// Sends `text`, then reads one answer.
    func request(_ text: String, timeout: Duration = .seconds(10)) async -> RawExchange {
        await send(text)
        return await responses(1, timeout: timeout)
    }

    /// Reads until `count` answers beyond those already returned arrived, the server closed the
    /// connection, or `timeout` passed; returns those answers (at most `count`).
    func responses(_ count: Int, timeout: Duration = .seconds(10)) async -> RawExchange {
        await Self.onThread { self.read(count, timeout: timeout) }
    }

    /// Whether the server closes the connection (end of stream or a reset) within `timeout`.
    func waitForClose(timeout: Duration = .seconds(10)) async -> Bool {
        await Self.onThread { self.read(.max, timeout: timeout).closed }
    }

    /// Closes the client's side (once).
    func close() {
        let release = inbox.withLock { inbox in
            defer { inbox.released = true }
            return !inbox.released
        }
        if release { Glibc.close(descriptor) }
    }

    private func read(_ count: Int, timeout: Duration) -> RawExchange {
        let start = ContinuousClock.now
        let deadline = start + timeout
        var exchange = RawExchange()
        while true {
            let (answers, closed) = inbox.withLock { inbox in
                let all = RawResponseParser.parse(inbox.bytes)
                let new = Array(all.dropFirst(inbox.taken).prefix(count))
                if new.count == count || inbox.closed { inbox.taken += new.count }
                return (new, inbox.closed)
            }
            if answers.count == count || closed {
                exchange.responses = answers
                exchange.closed = closed
                break
            }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero, let chunk = receive(timeoutMilliseconds: Int32(remaining / .milliseconds(1)) + 1) else {
                inbox.withLock { $0.taken += answers.count }
                exchange.responses = answers
                exchange.timedOut = true
                break
            }
            inbox.withLock { inbox in
                if chunk.isEmpty { inbox.closed = true } else { inbox.bytes += chunk }
            }
        }
        exchange.finishedAt = ContinuousClock.now
        exchange.elapsed = exchange.finishedAt - start
        return exchange
    }

    /// The next bytes; empty at end of stream or on a reset, `nil` when nothing came in time.
    private func receive(timeoutMilliseconds: Int32) -> [UInt8]? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard Glibc.poll(&poller, 1, timeoutMilliseconds) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { Glibc.recv(descriptor, $0.baseAddress, $0.count, 0) }
        return count > 0 ? Array(buffer[..<count]) : []
    }

    private static func onThread<Value: Sendable>(_ body: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }
}
