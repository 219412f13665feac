import FunctionsWatch
import Synchronization
import Testing

@Suite("Rebuild scheduling: debounce and coalescing")
struct RebuildSchedulerTests {
    /// Records each batch the scheduler runs; a batch can be held open to simulate a long build.
    final class Builds: Sendable {
        private let state = Mutex<(batches: [[String]], gate: CheckedContinuation<Void, Never>?, holding: Bool)>(([], nil, false))

        var batches: [[String]] { state.withLock { $0.batches } }

        /// Makes the next builds wait until ``release()``.
        func hold() { state.withLock { $0.holding = true } }

        func release() {
            let gate = state.withLock { state in
                state.holding = false
                defer { state.gate = nil }
                return state.gate
            }
            gate?.resume()
        }

        func run(_ batch: [String]) async {
            let holding = state.withLock { state in
                state.batches.append(batch)
                return state.holding
            }
            guard holding else { return }
            await withCheckedContinuation { continuation in
                let open = state.withLock { state in
                    guard state.holding else { return true }
                    state.gate = continuation
                    return false
                }
                if open { continuation.resume() }
            }
        }

        /// Waits until `count` batches have started (or fails after 10 s).
        func waitFor(_ count: Int) async throws {
            let deadline = ContinuousClock.now + .seconds(10)
            while batches.count < count {
                guard ContinuousClock.now < deadline else {
                    Issue.record("only \(batches.count) of \(count) builds started")
                    return
                }
                try await Task.sleep(for: .milliseconds(10))
            }
        }
    }

    /// Lets scheduled tasks run (they are woken on other threads) and checks nothing else started.
    func settle() async throws {
        try await Task.sleep(for: .milliseconds(50))
    }

    @Test("a save that touches several files builds once, with all of them")
    func debounce() async throws {
        let clock = ManualClock()
        let builds = Builds()
        let scheduler = RebuildScheduler(quietPeriod: .milliseconds(300), clock: clock) { await builds.run($0) }
        await scheduler.notify(["Sources/A.swift"])
        await scheduler.notify(["Sources/B.swift", "Sources/A.swift"])
        await scheduler.notify(["Package.swift"])
        clock.advance(by: .milliseconds(299))
        try await settle()
        #expect(builds.batches.isEmpty)
        clock.advance(by: .milliseconds(1))
        try await builds.waitFor(1)
        clock.advance(by: .seconds(5))
        try await settle()
        #expect(builds.batches == [["Package.swift", "Sources/A.swift", "Sources/B.swift"]])
    }

    @Test("changes during a build are followed by exactly one more build")
    func coalescesDuringBuild() async throws {
        let clock = ManualClock()
        let builds = Builds()
        builds.hold()
        let scheduler = RebuildScheduler(quietPeriod: .milliseconds(300), clock: clock) { await builds.run($0) }
        await scheduler.notify(["Sources/A.swift"])
        clock.advance(by: .milliseconds(300))
        try await builds.waitFor(1)
        #expect(await scheduler.isRunning)
        for change in ["Sources/B.swift", "Sources/C.swift", "Sources/B.swift"] {
            await scheduler.notify([change])
            clock.advance(by: .seconds(1))
        }
        try await settle()
        #expect(builds.batches.count == 1)
        builds.release()
        try await builds.waitFor(2)
        clock.advance(by: .seconds(5))
        try await settle()
        #expect(builds.batches == [["Sources/A.swift"], ["Sources/B.swift", "Sources/C.swift"]])
        #expect(await scheduler.isRunning == false)
    }

    @Test("a quiet period restarts with each change")
    func quietPeriodRestarts() async throws {
        let clock = ManualClock()
        let builds = Builds()
        let scheduler = RebuildScheduler(quietPeriod: .milliseconds(300), clock: clock) { await builds.run($0) }
        for index in 0..<4 {
            await scheduler.notify(["Sources/\(index).swift"])
            clock.advance(by: .milliseconds(200))
        }
        try await settle()
        #expect(builds.batches.isEmpty)
        clock.advance(by: .milliseconds(100))
        try await builds.waitFor(1)
        try await settle()
        #expect(builds.batches.count == 1)
        #expect(builds.batches.first?.count == 4)
    }

    @Test("no change, no build")
    func emptyChangeIsIgnored() async throws {
        let clock = ManualClock()
        let builds = Builds()
        let scheduler = RebuildScheduler(quietPeriod: .milliseconds(20), clock: clock) { await builds.run($0) }
        await scheduler.notify([])
        clock.advance(by: .seconds(1))
        try await settle()
        #expect(builds.batches.isEmpty)
        #expect(clock.sleeping == 0)
    }
}
