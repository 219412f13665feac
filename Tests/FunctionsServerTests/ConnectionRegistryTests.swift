import Testing

@testable import FunctionsServer

/// The registry's rule without sockets: members are names, and the test plays the event loops
/// (confirming evictions and disconnecting as a closed connection would).
@Suite("ConnectionRegistry: which connection makes room")
struct ConnectionRegistryTests {
    typealias Registry = ConnectionRegistry<String>

    /// Registers `names` in order; each gets a place (the registry must have room).
    func open(_ names: [String], in registry: Registry) -> [String: Registry.ID] {
        var ids: [String: Registry.ID] = [:]
        for name in names {
            let joined = registry.connect(name)
            #expect(joined.isOpen && joined.evict.isEmpty, "\(name) did not get a place")
            ids[name] = joined.id
        }
        return ids
    }

    /// One request and its answer: the connection is idle since now.
    func answer(_ id: Registry.ID, in registry: Registry) {
        #expect(registry.requestStarted(id).isEmpty)
        #expect(registry.responseEnded(id).isEmpty)
    }

    @Test("at the limit the connection idle longest is picked, and the new one is let in once it closed")
    func idleLongestMakesRoom() {
        let registry = Registry(maxConnections: 3)
        let ids = open(["a", "b", "c"], in: registry)
        // Idle order: b (answered first), c, then a (answered last).
        for name in ["b", "c", "a"] { answer(ids[name]!, in: registry) }

        let newcomer = registry.connect("d")
        #expect(!newcomer.isOpen)
        #expect(newcomer.evict == ["b"])
        #expect(registry.counts == (open: 3, waiting: 1))
        #expect(registry.confirmEviction(ids["b"]!))
        #expect(registry.disconnect(ids["b"]!) == ["d"])
        #expect(registry.counts == (open: 3, waiting: 0))
    }

    @Test("a connection that has sent nothing counts as idle since it connected")
    func silentConnectionIsIdle() {
        let registry = Registry(maxConnections: 2)
        let ids = open(["silent", "answered"], in: registry)
        answer(ids["answered"]!, in: registry)
        #expect(registry.connect("new").evict == ["silent"])
    }

    @Test("busy connections are never picked; the first to end its answer is")
    func busyConnectionsStay() {
        let registry = Registry(maxConnections: 2)
        let ids = open(["a", "b"], in: registry)
        for name in ["a", "b"] { #expect(registry.requestStarted(ids[name]!).isEmpty) }

        let newcomer = registry.connect("c")
        #expect(!newcomer.isOpen && newcomer.evict.isEmpty)
        #expect(registry.responseEnded(ids["b"]!) == ["b"])
        #expect(registry.confirmEviction(ids["b"]!))
        #expect(registry.disconnect(ids["b"]!) == ["c"])
        // "a" answers with nobody waiting: it stays open.
        #expect(registry.responseEnded(ids["a"]!).isEmpty)
    }

    @Test("pipelined requests keep a connection busy until the last answer ends")
    func pipelinedRequests() {
        let registry = Registry(maxConnections: 1)
        let id = open(["a"], in: registry)["a"]!
        #expect(registry.requestStarted(id).isEmpty)
        #expect(registry.requestStarted(id).isEmpty)
        #expect(registry.connect("b").evict.isEmpty)
        #expect(registry.responseEnded(id).isEmpty, "picked after the first of two answers")
        #expect(registry.responseEnded(id) == ["a"])
    }

    @Test("a request read before the close is confirmed keeps the connection; another one is picked")
    func requestBeforeConfirmation() {
        let registry = Registry(maxConnections: 2)
        let ids = open(["a", "b"], in: registry)
        answer(ids["a"]!, in: registry)
        answer(ids["b"]!, in: registry)
        #expect(registry.connect("c").evict == ["a"])
        #expect(registry.requestStarted(ids["a"]!) == ["b"])
        #expect(!registry.confirmEviction(ids["a"]!))
        #expect(registry.confirmEviction(ids["b"]!))
        #expect(registry.disconnect(ids["b"]!) == ["c"])
    }

    @Test("when the waiting client goes away, the picked connection is not closed")
    func waitingClientLeaves() {
        let registry = Registry(maxConnections: 1)
        let id = open(["a"], in: registry)["a"]!
        let newcomer = registry.connect("b")
        #expect(newcomer.evict == ["a"])
        #expect(registry.disconnect(newcomer.id).isEmpty)
        #expect(!registry.confirmEviction(id))
        #expect(registry.counts == (open: 1, waiting: 0))
    }

    @Test("an answer to no request (a parse error's) does not make a busy count negative")
    func unmatchedAnswer() {
        let registry = Registry(maxConnections: 1)
        let id = open(["a"], in: registry)["a"]!
        #expect(registry.responseEnded(id).isEmpty)
        #expect(registry.requestStarted(id).isEmpty)
        #expect(registry.connect("b").evict.isEmpty, "a connection with a request in flight was picked")
    }
}
