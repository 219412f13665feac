import FunctionsRuntime
import Synchronization
import TwilioWire

/// The recent requests of a server and their live stream, for the developer console.
///
/// The server records requests only while a console listens (``isObserved``), so a server nobody
/// watches does no such work. Recording keeps references (the event and the result, which are
/// copy-on-write) and a few numbers; turning them into JSON happens only when a console asks.
///
/// ```swift
/// let log = RequestLog()
/// for await entry in log.subscribe() { print(entry.path) }
/// ```
public final class RequestLog: Sendable {
    private struct State {
        /// A ring: the oldest entry is at `nextID % capacity` once it is full.
        var ring: [RequestLogEntry] = []
        var nextID = 1
        var subscribers: [Int: AsyncStream<RequestLogEntry>.Continuation] = [:]
        var nextSubscriber = 0
    }

    /// How many entries are kept for a console that reconnects.
    public let capacity: Int
    private let state = Mutex(State())
    /// The subscriber count, readable without the lock on every request.
    private let listeners = Atomic<Int>(0)

    /// A log that keeps the last `capacity` requests.
    public init(capacity: Int = 100) {
        self.capacity = max(capacity, 1)
    }

    /// Adds an entry (its id is set here) and sends it to every subscriber.
    public func record(_ entry: RequestLogEntry) {
        var entry = entry
        let subscribers = state.withLock { state -> [AsyncStream<RequestLogEntry>.Continuation] in
            entry.id = state.nextID
            if state.ring.count < capacity {
                state.ring.append(entry)
            } else {
                state.ring[(state.nextID - 1) % capacity] = entry
            }
            state.nextID += 1
            return state.subscribers.isEmpty ? [] : Array(state.subscribers.values)
        }
        for subscriber in subscribers { subscriber.yield(entry) }
    }

    /// The kept entries, oldest first.
    public var recent: [RequestLogEntry] { state.withLock { Self.ordered($0) } }

    private static func ordered(_ state: State) -> [RequestLogEntry] {
        let split = (state.nextID - 1) % max(state.ring.count, 1)
        return state.ring.count < 1 ? [] : Array(state.ring[split...] + state.ring[..<split])
    }

    /// The kept entries followed by every new one, until the stream is dropped.
    public func subscribe() -> AsyncStream<RequestLogEntry> {
        let (stream, continuation) = AsyncStream.makeStream(of: RequestLogEntry.self, bufferingPolicy: .bufferingNewest(capacity))
        let id = state.withLock { state in
            for entry in Self.ordered(state) { continuation.yield(entry) }
            defer { state.nextSubscriber += 1 }
            state.subscribers[state.nextSubscriber] = continuation
            listeners.store(state.subscribers.count, ordering: .relaxed)
            return state.nextSubscriber
        }
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            self.state.withLock { state in
                state.subscribers.removeValue(forKey: id)
                self.listeners.store(state.subscribers.count, ordering: .relaxed)
            }
        }
        return stream
    }

    /// How many consoles are listening.
    public var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// Whether a console listens: the server records requests only then.
    public var isObserved: Bool { listeners.load(ordering: .relaxed) > 0 }
}
