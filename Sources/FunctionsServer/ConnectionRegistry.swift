import Synchronization

/// The open connections of one server, and the rule that keeps a new client from waiting behind
/// idle keep-alive connections.
///
/// At most `maxConnections` connections are *open* (their requests are read and answered). A
/// connection that arrives when that many are open *waits*: its requests are not read yet. For each
/// waiting connection the registry picks the open connection that has been idle longest (no request
/// in flight: every request head read has had its answer's end written; a connection that has not
/// sent anything counts as idle since it opened) and has it closed; once that connection is gone the
/// waiting one (the longest waiting first) becomes open. A connection with a request in flight is
/// never picked: when every open connection is busy, the waiting one waits until one of them ends an
/// answer (that one is then the idle one closed) or closes. A waiting connection is never picked.
///
/// Closing happens on the connection's own event loop, which first confirms it is still idle
/// (``confirmEviction(_:)``): a request head read in between keeps it open and another is picked.
///
/// The connections' handlers report to it from their event loops; every call is a short critical
/// section, and the per-request calls (``requestStarted(_:)``, ``responseEnded(_:)``) neither
/// allocate nor scan unless a connection is waiting. The members to close or let in are returned,
/// so the caller acts on them after the lock is released.
final class ConnectionRegistry<Member: Sendable>: Sendable {
    typealias ID = Int

    /// A connection just registered.
    struct Joined {
        let id: ID
        /// Whether it is open at once; otherwise it waits until ``disconnect(_:)`` returns it.
        let isOpen: Bool
        /// The idle connections to close for it.
        let evict: [Member]
    }

    private let state: Mutex<State>

    /// - Parameter maxConnections: the most connections open at once (at least 1).
    init(maxConnections: Int) {
        state = Mutex(State(maxConnections: max(1, maxConnections)))
    }

    /// A connection opened. It is open if there is room, otherwise it waits.
    func connect(_ member: Member) -> Joined {
        state.withLock { $0.connect(member) }
    }

    /// The connection read a request head. Returns the connections to close instead of it if it
    /// was about to be closed.
    func requestStarted(_ id: ID) -> [Member] {
        state.withLock { $0.requestStarted(id) }
    }

    /// The connection wrote an answer's end. Returns the connections to close if it became idle
    /// while a connection waits.
    func responseEnded(_ id: ID) -> [Member] {
        state.withLock { $0.responseEnded(id) }
    }

    /// Called on the event loop of a connection returned to close: whether to close it now. It is
    /// not closed if a request arrived meanwhile, or if no connection waits for its place any more.
    func confirmEviction(_ id: ID) -> Bool {
        state.withLock { $0.confirmEviction(id) }
    }

    /// The connection closed. Returns the waiting connections that are now open.
    func disconnect(_ id: ID) -> [Member] {
        state.withLock { $0.disconnect(id) }
    }

    /// How many connections are open (including those being closed) and how many wait.
    var counts: (open: Int, waiting: Int) {
        state.withLock { ($0.occupied, $0.waiting) }
    }
}

extension ConnectionRegistry {
    fileprivate struct State {
        enum Status {
            /// Accepted while `maxConnections` were open; its requests are not read yet.
            case waiting
            case open
            /// Picked to make room; its event loop has not confirmed yet.
            case evicting
            /// Confirmed; closing.
            case closing
        }

        struct Entry {
            let member: Member
            var status: Status
            /// Request heads read minus answers ended: pipelined requests count one each.
            var requests = 0
            /// When it became idle (open) or began to wait (waiting); smaller is earlier.
            var since: UInt64
        }

        let maxConnections: Int
        var entries: [ID: Entry]
        var nextID = 0
        /// A counter, not a clock: only the order of events matters.
        var tick: UInt64 = 0
        /// Connections open, evicting or closing: they hold a place.
        var occupied = 0
        var waiting = 0
        /// Connections evicting or closing: places about to be freed.
        var freeing = 0

        init(maxConnections: Int) {
            self.maxConnections = maxConnections
            entries = Dictionary(minimumCapacity: min(maxConnections, 1024) + 1)
        }

        mutating func connect(_ member: Member) -> Joined {
            let id = nextID
            nextID += 1
            tick += 1
            if occupied < maxConnections {
                entries[id] = Entry(member: member, status: .open, since: tick)
                occupied += 1
                return Joined(id: id, isOpen: true, evict: [])
            }
            entries[id] = Entry(member: member, status: .waiting, since: tick)
            waiting += 1
            return Joined(id: id, isOpen: false, evict: makeRoom())
        }

        mutating func requestStarted(_ id: ID) -> [Member] {
            guard let index = entries.index(forKey: id) else { return [] }
            entries.values[index].requests += 1
            guard entries.values[index].status == .evicting else { return [] }
            // The request came before the close: the connection is busy now, so another one goes.
            entries.values[index].status = .open
            freeing -= 1
            return makeRoom()
        }

        mutating func responseEnded(_ id: ID) -> [Member] {
            // An answer to no request (a parse error's) leaves the count at 0.
            guard let index = entries.index(forKey: id), entries.values[index].requests > 0 else { return [] }
            entries.values[index].requests -= 1
            guard entries.values[index].requests == 0 else { return [] }
            tick += 1
            entries.values[index].since = tick
            return waiting > freeing ? makeRoom() : []
        }

        mutating func confirmEviction(_ id: ID) -> Bool {
            guard let index = entries.index(forKey: id), entries.values[index].status == .evicting else { return false }
            // `freeing` counts this connection: it is still needed while as many connections wait.
            if waiting >= freeing {
                entries.values[index].status = .closing
                return true
            }
            entries.values[index].status = .open
            freeing -= 1
            return false
        }

        mutating func disconnect(_ id: ID) -> [Member] {
            guard let entry = entries.removeValue(forKey: id) else { return [] }
            switch entry.status {
            case .waiting:
                waiting -= 1
                return []
            case .open:
                occupied -= 1
            case .evicting, .closing:
                occupied -= 1
                freeing -= 1
            }
            var admitted: [Member] = []
            while occupied < maxConnections, let next = earliest(.waiting, idleOnly: false) {
                tick += 1
                entries.values[next].status = .open
                entries.values[next].since = tick
                waiting -= 1
                occupied += 1
                admitted.append(entries.values[next].member)
            }
            return admitted
        }

        /// Picks an idle open connection for each waiting one that has none being closed for it.
        private mutating func makeRoom() -> [Member] {
            var victims: [Member] = []
            while waiting > freeing, let victim = earliest(.open, idleOnly: true) {
                entries.values[victim].status = .evicting
                freeing += 1
                victims.append(entries.values[victim].member)
            }
            return victims
        }

        /// The entry with `status` (and no request in flight, with `idleOnly`) whose `since` is
        /// earliest. A scan, run only while a connection waits.
        private func earliest(_ status: Status, idleOnly: Bool) -> Dictionary<ID, Entry>.Index? {
            var found: (index: Dictionary<ID, Entry>.Index, since: UInt64)?
            var index = entries.startIndex
            while index != entries.endIndex {
                let entry = entries.values[index]
                if entry.status == status, !idleOnly || entry.requests == 0, entry.since < found?.since ?? .max {
                    found = (index, entry.since)
                }
                index = entries.index(after: index)
            }
            return found?.index
        }
    }
}
