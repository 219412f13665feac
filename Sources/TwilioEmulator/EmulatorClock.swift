import Foundation
import Synchronization

/// Where the emulator reads the time: resource dates, Sync Document expiry and playback grants.
///
/// Inject a fixed or manual clock in tests so dates and TTL expiry are exact.
///
/// ```swift
/// let manual = EmulatorClock.Manual(Date(timeIntervalSince1970: 1_438_286_400))
/// let emulator = TwilioEmulator(credentials: credentials, store: .inMemory(), clock: manual.clock)
/// manual.advance(by: 61)   // a document with Ttl=60 has now expired
/// ```
public struct EmulatorClock: Sendable {
    private let read: @Sendable () -> Date

    /// A clock that asks `now` for the time on every read.
    public init(_ now: @escaping @Sendable () -> Date) {
        self.read = now
    }

    /// The current time.
    public var now: Date { read() }

    /// The system's wall clock.
    public static var system: EmulatorClock { EmulatorClock { Date() } }

    /// A clock that always reads `date`.
    public static func fixed(_ date: Date) -> EmulatorClock {
        EmulatorClock { date }
    }
}

extension EmulatorClock {
    /// A clock that tests set and advance by hand; ``clock`` is the ``EmulatorClock`` reading it.
    public final class Manual: Sendable {
        private let current: Mutex<Date>

        /// A clock that starts at `start`.
        public init(_ start: Date) {
            self.current = Mutex(start)
        }

        /// The time the clock reads now.
        public var now: Date {
            current.withLock { $0 }
        }

        /// Moves the clock forward by `seconds` (backward when negative).
        public func advance(by seconds: TimeInterval) {
            current.withLock { $0 = $0.addingTimeInterval(seconds) }
        }

        /// Sets the clock to `date`.
        public func set(_ date: Date) {
            current.withLock { $0 = date }
        }

        /// An ``EmulatorClock`` that reads this clock.
        public var clock: EmulatorClock {
            EmulatorClock { [self] in self.now }
        }
    }
}
