import FunctionsRuntime
import NIOCore
import ServiceLifecycle
import TwilioWire

/// The request log as server-sent events, with a bound on what waits for a slow reader.
///
/// Each subscriber has a buffer of ``limit`` events. One that falls that far behind (a page that
/// stopped reading, a client that never reads) is dropped: its stream ends, its subscription to
/// the log is cancelled, and the page reconnects and catches up from the entries the log keeps.
/// Without the bound, a console that never read grew the server by megabytes a second under load.
enum RequestStream {
    /// Events a subscriber may fall behind by before it is dropped.
    static let limit = 256

    /// The kept entries of `log`, then each new one, as SSE events, with a comment every
    /// `keepAlive` so proxies keep the connection open. It ends when the server shuts down, or
    /// when the reader falls ``limit`` events behind.
    static func events(
        from log: RequestLog,
        redactor: SecretRedactor,
        limit: Int = limit,
        keepAlive: Duration = .seconds(15)
    ) -> AsyncStream<ByteBuffer> {
        let entries = log.subscribe()
        let (stream, continuation) = AsyncStream.makeStream(of: ByteBuffer.self, bufferingPolicy: .bufferingOldest(limit))
        /// Queues one event; a full buffer ends the stream instead of growing.
        @Sendable func send(_ text: String) -> Bool {
            guard case .enqueued = continuation.yield(ByteBuffer(string: text)) else {
                continuation.finish()
                return false
            }
            return true
        }
        let feeder = Task {
            guard send("retry: 2000\n\n") else { return }
            for await entry in entries.cancelOnGracefulShutdown() {
                guard send("event: request\ndata: \(entry.json(redactor: redactor).jsonString)\n\n") else { return }
            }
            continuation.finish()
        }
        let keepAliveTask = Task {
            while (try? await Task.sleep(for: keepAlive)) != nil {
                guard send(": keep-alive\n\n") else { return }
            }
        }
        continuation.onTermination = { _ in
            feeder.cancel()
            keepAliveTask.cancel()
        }
        return stream
    }
}
