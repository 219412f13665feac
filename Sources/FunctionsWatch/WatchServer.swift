import FunctionsHost
import FunctionsServer
import Logging
import ServiceLifecycle
import Synchronization
import TwilioEmulator
import UnixSignals

/// Runs watch mode until SIGINT or SIGTERM: the proxy on the public port, the emulated Twilio API
/// (if `emulator` is given) on `apiConfiguration`'s API port, and the supervisor that keeps a
/// current server build behind the proxy and acts on every save.
///
/// The emulator runs in this process, not in the server builds, so its state (even in memory)
/// carries over every rebuild.
///
/// ```swift
/// try await runWatchServer(configuration: watch, emulator: emulator, apiConfiguration: server)
/// ```
/// - Throws: ``WatchError`` when the first build does not start or the port is taken.
public func runWatchServer(
    configuration: WatchConfiguration,
    emulator: TwilioEmulator? = nil,
    apiConfiguration: ServerConfiguration = ServerConfiguration(),
    output: WatchOutput = .standard,
    logger: Logger = Logger(label: "twilio-functions"),
    onAPIServerRunning: @escaping @Sendable (BoundAddress) async -> Void = { _ in },
    onServerRunning: @escaping @Sendable (BoundAddress) async -> Void = { _ in }
) async throws {
    let target = UpstreamProxy.Target()
    let publicPort = Eventual<Int>()
    let apiURL = Eventual<String?>()
    var services: [any Service] = [
        UpstreamProxy(host: configuration.host, port: configuration.port, target: target) { port in
            // Webhooks of messages and calls that come in go to the current build, through the proxy.
            emulator?.connectWebhooks(functionsBaseURL: BoundAddress(host: configuration.host, port: port).baseURL)
            publicPort.resolve(port)
        }
    ]
    if let emulator {
        services.append(MessageDeliveryService(emulator: emulator))
        services.append(
            buildEmulatorApplication(emulator: emulator, configuration: apiConfiguration, logger: logger) { address in
                await onAPIServerRunning(address)
                apiURL.resolve(address.baseURL)
            }
        )
    } else {
        apiURL.resolve(nil)
    }
    let supervisor = WatchSupervisor(configuration: configuration, target: target, output: output)
    services.append(
        SupervisorService(supervisor: supervisor, configuration: configuration) {
            let addresses = WatchAddresses(publicPort: await publicPort.value, apiBaseURL: await apiURL.value)
            return addresses
        } onStarted: { addresses in
            await onServerRunning(BoundAddress(host: configuration.host, port: addresses.publicPort))
        }
    )
    let group = ServiceGroup(
        configuration: ServiceGroupConfiguration(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
    )
    try await group.run()
}

/// Starts the first build once the addresses are known, then polls the watched paths and hands
/// each change to the debouncing scheduler until shutdown, when it stops the running build.
private struct SupervisorService: Service {
    let supervisor: WatchSupervisor
    let configuration: WatchConfiguration
    let addresses: @Sendable () async -> WatchAddresses
    let onStarted: @Sendable (WatchAddresses) async -> Void

    func run() async throws {
        let addresses = await addresses()
        try await supervisor.start(addresses: addresses)
        await onStarted(addresses)
        let scheduler = RebuildScheduler(quietPeriod: configuration.quietPeriod) { [supervisor] changed in
            await supervisor.handle(changed)
        }
        try? await cancelWhenGracefulShutdown { [configuration] in
            try await Self.poll(configuration, into: scheduler)
        }
        await supervisor.stop()
    }

    private static func poll(_ configuration: WatchConfiguration, into scheduler: RebuildScheduler<ContinuousClock>) async throws {
        let watched = configuration.sourcePaths + configuration.projectPaths
        var snapshot = FileSnapshot(paths: watched, in: configuration.directory)
        while !Task.isCancelled {
            try await Task.sleep(for: configuration.pollInterval)
            let next = FileSnapshot(paths: watched, in: configuration.directory)
            let changed = next.changes(since: snapshot)
            snapshot = next
            await scheduler.notify(changed)
        }
    }
}

/// A value known later, awaited by any number of tasks.
final class Eventual<Value: Sendable>: Sendable {
    private struct State {
        var value: Value?
        var waiters: [CheckedContinuation<Value, Never>] = []
    }

    private let state = Mutex(State())

    /// Sets the value (the first time only) and wakes the waiters.
    func resolve(_ value: Value) {
        let waiters = state.withLock { state -> [CheckedContinuation<Value, Never>] in
            guard state.value == nil else { return [] }
            state.value = value
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: value) }
    }

    /// The value, once set.
    var value: Value {
        get async {
            await withCheckedContinuation { continuation in
                let known: Value? = state.withLock { state in
                    if let value = state.value { return value }
                    state.waiters.append(continuation)
                    return nil
                }
                if let known { continuation.resume(returning: known) }
            }
        }
    }
}
