import NIOCore
import NIOPosix
import Synchronization

/// Where Swift concurrency runs a server process's tasks, handlers included. Chosen once per
/// process, before the server starts (`serve --executor`).
///
/// ```swift
/// ConcurrencyExecutor.eventLoops.install()
/// ```
public enum ConcurrencyExecutor: String, Sendable, CaseIterable {
    /// SwiftNIO's event loop threads, which already read and write the sockets: a request does
    /// not hop from the loop to another thread and back. A handler that blocks its thread holds up
    /// the other connections of that loop until it returns, as Node's one thread does.
    case eventLoops = "event-loops"
    /// Swift's global concurrency pool: each request hops from its event loop to the pool and
    /// back, and a blocking handler holds up only a pool thread.
    case pool

    /// Makes this the process's executor. The first call decides; later calls change nothing.
    /// - Returns: Whether tasks run on the event loops now.
    @discardableResult
    public func install() -> Bool {
        Self.installed.withLock { installed in
            if installed == nil {
                installed = self == .eventLoops && NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
            }
            return installed ?? false
        }
    }

    // NIO's hook may be installed once per process, so the first choice is kept here.
    private static let installed = Mutex<Bool?>(nil)
}
