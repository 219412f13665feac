/// Turns a burst of file changes into as few builds as possible: it waits until no change has
/// arrived for a quiet period, then runs its action once for everything that changed. A change
/// that arrives while the action runs is kept, and the action runs exactly once more afterwards,
/// for all such changes together.
///
/// ```swift
/// let scheduler = RebuildScheduler(quietPeriod: .milliseconds(300)) { paths in
///     await rebuild(because: paths)
/// }
/// await scheduler.notify(["Sources/Functions/Hello.swift"])
/// ```
public actor RebuildScheduler<C: Clock> where C.Duration == Duration {
    private let quietPeriod: Duration
    private let clock: C
    private let action: @Sendable ([String]) async -> Void
    private var pending: Set<String> = []
    /// Bumped by each notification, so only the last one's timer fires.
    private var latest = 0
    private var running = false

    /// A scheduler that runs `action` with the sorted changed paths.
    /// - Parameters:
    ///   - quietPeriod: how long no change must arrive before the action runs.
    ///   - clock: the time source; tests may pass their own.
    ///   - action: the work for a set of changes; never runs twice at once.
    public init(quietPeriod: Duration, clock: C, action: @escaping @Sendable ([String]) async -> Void) {
        self.quietPeriod = quietPeriod
        self.clock = clock
        self.action = action
    }

    /// Records changed paths and (re)starts the quiet period.
    public func notify(_ paths: [String]) {
        guard !paths.isEmpty else { return }
        pending.formUnion(paths)
        latest += 1
        let ticket = latest
        // The deadline is taken now, not when the task first runs, so a busy machine cannot
        // stretch the quiet period.
        let deadline = clock.now.advanced(by: quietPeriod)
        Task {
            try? await clock.sleep(until: deadline, tolerance: nil)
            await fire(ticket)
        }
    }

    /// Whether the action is running now.
    public var isRunning: Bool { running }

    private func fire(_ ticket: Int) async {
        // A newer notification owns the timer; a running action picks the changes up when it ends.
        guard ticket == latest, !running, !pending.isEmpty else { return }
        running = true
        while !pending.isEmpty {
            let batch = pending.sorted()
            pending.removeAll()
            await action(batch)
        }
        running = false
    }
}

extension RebuildScheduler where C == ContinuousClock {
    /// A scheduler on the continuous clock.
    public init(quietPeriod: Duration, action: @escaping @Sendable ([String]) async -> Void) {
        self.init(quietPeriod: quietPeriod, clock: ContinuousClock(), action: action)
    }
}
