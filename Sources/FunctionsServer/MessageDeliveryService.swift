import ServiceLifecycle
import TwilioEmulator

/// Keeps the emulated Messages moving while a server runs: a few times a second, every outbound
/// message whose next status is due moves on and its status callback is sent.
///
/// ```swift
/// services.append(MessageDeliveryService(emulator: emulator))
/// ```
public struct MessageDeliveryService: Service {
    /// The emulator whose messages move.
    public let emulator: TwilioEmulator
    /// How often due messages are looked for.
    public let interval: Duration

    /// A service for `emulator`, looking every `interval` (250 ms by default, a quarter of the
    /// second between two statuses).
    public init(emulator: TwilioEmulator, interval: Duration = .milliseconds(250)) {
        self.emulator = emulator
        self.interval = interval
    }

    public func run() async throws {
        try? await cancelWhenGracefulShutdown { [emulator, interval] in
            while !Task.isCancelled {
                await emulator.deliverMessages()
                try await Task.sleep(for: interval)
            }
        }
    }
}
