import Foundation
import Functions
import FunctionsHost
import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Synchronization
import Testing

@Suite("Replacing the project of a running server")
struct ReloadableProjectTests {
    /// A project with `/hello` and `/slow`, whose handler answers GREETING once `gate` opens.
    static func project(routes: [FunctionsManifest.Entry], greeting: String, gate: Gate) throws -> FunctionsProject {
        var registry = FunctionRegistry()
        registry.register("slow") { context, event, callback in
            let greeting = try context.GREETING
            await gate.pass()
            callback(nil, greeting)
        }
        return try FunctionsProject(
            manifest: FunctionsManifest(entries: routes),
            environment: EnvironmentFile(values: Fake.environment + [("GREETING", greeting)]),
            registry: Functions.registry.merging(registry)
        )
    }

    static let both: [FunctionsManifest.Entry] = [.init(path: "/hello", handler: "hello"), .init(path: "/slow", handler: "slow")]

    @Test("new requests see the new routes and environment; a request in flight finishes with the old ones")
    func replacesBetweenRequests() async throws {
        let gate = Gate()
        let live = ReloadableProject(project: try Self.project(routes: Self.both, greeting: "old", gate: gate))
        let app = buildApplication(reloading: live)
        try await app.test(.router) { client in
            async let inFlight = client.get("/slow")
            await gate.waitUntilEntered()

            let changes = live.replace(with: try Self.project(routes: [.init(path: "/slow", handler: "slow"), .init(path: "/new", handler: "hello")], greeting: "new", gate: gate))
            #expect(changes.summary == "reloaded functions.json, environment: + /new, − /hello")
            #expect(try await client.get("/hello").status == .notFound)
            #expect(String(buffer: try await client.get("/new").body) == "Hello World")

            gate.open()
            let old = try await inFlight
            #expect(old.status == .ok)
            #expect(String(buffer: old.body) == "old")
            #expect(String(buffer: try await client.get("/slow").body) == "new")
        }
    }

    @Test func reportsWhatChanged() throws {
        let gate = Gate()
        let base = try Self.project(routes: Self.both, greeting: "a", gate: gate)
        #expect(ProjectChanges(from: base, to: base).isEmpty)
        #expect(ProjectChanges(from: base, to: base).summary == "reloaded nothing changed: routes unchanged")
        let environmentOnly = ProjectChanges(from: base, to: try Self.project(routes: Self.both, greeting: "b", gate: gate))
        #expect(environmentOnly.files == ["environment"])
        #expect(environmentOnly.routeSummary == "routes unchanged")
        let visibilityOnly = ProjectChanges(
            from: base,
            to: try Self.project(routes: [.init(path: "/hello", handler: "hello", visibility: .protected), .init(path: "/slow", handler: "slow")], greeting: "a", gate: gate)
        )
        #expect(visibilityOnly.files == ["functions.json"])
        #expect(visibilityOnly.addedPaths.isEmpty && visibilityOnly.removedPaths.isEmpty)
    }
}

/// Holds handlers at `pass()` until `open()`.
final class Gate: Sendable {
    private let state = Mutex<(open: Bool, entered: Int, waiters: [CheckedContinuation<Void, Never>])>((false, 0, []))

    func pass() async {
        await withCheckedContinuation { continuation in
            let proceed = state.withLock { state in
                state.entered += 1
                if state.open { return true }
                state.waiters.append(continuation)
                return false
            }
            if proceed { continuation.resume() }
        }
    }

    func open() {
        let waiters = state.withLock { state in
            state.open = true
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    func waitUntilEntered() async {
        while state.withLock({ $0.entered }) == 0 {
            try? await Task.sleep(for: .milliseconds(5))
        }
    }
}
