import ServiceLifecycle
import UnixSignals

/// Calls `onSignal` on every SIGHUP until the server shuts down: the conventional "reread your
/// configuration" signal, which `serve` answers by reloading the project in place.
struct ReloadSignalService: Service {
    let onSignal: @Sendable () async -> Void

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        for await _ in signals.cancelOnGracefulShutdown() {
            await onSignal()
        }
    }
}
