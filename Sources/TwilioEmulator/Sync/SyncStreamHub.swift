import Synchronization

/// Hands each published Stream message to every current listener, and keeps the latest few in
/// memory for pollers (the console), numbered in publishing order. Nothing is written to the
/// store: Twilio does not keep Stream messages either.
final class SyncStreamHub: Sendable {
    /// Messages kept for one listener that has not read them yet; a listener that falls further
    /// behind loses the oldest, so a slow reader never holds memory.
    static let bufferLimit = 256
    /// Messages kept for pollers.
    static let recentLimit = 100

    private struct State {
        var nextListener = 0
        var listeners: [Int: AsyncStream<SyncStreamMessage>.Continuation] = [:]
        var published = 0
        var recent: [(sequence: Int, message: SyncStreamMessage)] = []
    }

    private let state = Mutex(State())

    /// A stream of the messages published from now on, until the listener stops iterating.
    func subscribe() -> AsyncStream<SyncStreamMessage> {
        let (stream, continuation) = AsyncStream.makeStream(of: SyncStreamMessage.self, bufferingPolicy: .bufferingNewest(Self.bufferLimit))
        let id = state.withLock { state in
            let id = state.nextListener
            state.nextListener += 1
            state.listeners[id] = continuation
            return id
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) }
        }
        return stream
    }

    /// Delivers `message` to every listener and keeps it among the recent ones.
    func publish(_ message: SyncStreamMessage) {
        let listeners = state.withLock { state in
            state.published += 1
            state.recent.append((state.published, message))
            if state.recent.count > Self.recentLimit { state.recent.removeFirst(state.recent.count - Self.recentLimit) }
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.yield(message) }
    }

    /// The kept messages numbered above `sequence`, oldest first, and the number of the latest
    /// message published (0 before the first).
    func recent(after sequence: Int) -> (messages: [(sequence: Int, message: SyncStreamMessage)], latest: Int) {
        state.withLock { state in (state.recent.filter { $0.sequence > sequence }, state.published) }
    }

    /// How many listeners there are now.
    var listenerCount: Int {
        state.withLock { $0.listeners.count }
    }
}
