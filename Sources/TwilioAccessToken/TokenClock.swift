#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The source of "now" for ``AccessToken``, in whole unix seconds.
///
/// Tokens carry `iat`, `exp` and a `jti` built from the current second, so tests pin the clock
/// with ``fixed(_:)`` to get byte-identical tokens, while servers use ``system``.
///
/// ```swift
/// let clock = TokenClock.fixed(1_700_000_000)
/// clock.now()   // 1700000000
/// ```
public struct TokenClock: Sendable {
    private let read: @Sendable () -> Int

    /// A clock that asks `now` for the current unix time in whole seconds.
    /// - Parameter now: Returns seconds since 1970-01-01T00:00:00Z, already truncated.
    public init(_ now: @escaping @Sendable () -> Int) {
        read = now
    }

    /// The current unix time in whole seconds.
    public func now() -> Int {
        read()
    }

    /// The wall clock, truncated to the second as twilio-node's `Math.floor(Date.now() / 1000)`.
    ///
    /// `time(2)` already truncates and is served from the vDSO on Linux, so reading it on every
    /// request costs next to nothing and needs no Foundation.
    public static let system = TokenClock { Int(time(nil)) }

    /// A clock that always reads `seconds`.
    /// - Parameter seconds: The unix time, in whole seconds, to report.
    public static func fixed(_ seconds: Int) -> TokenClock {
        TokenClock { seconds }
    }
}
