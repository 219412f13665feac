import Hummingbird
import HummingbirdCore
import Logging

extension ServerConfiguration {
    /// Hummingbird's configuration for a server of this configuration on `port`.
    ///
    /// The connection limit is kept by ``ConnectionRegistry`` (see ``maxConnections``): a client
    /// that arrives at the limit is accepted and waits while the connection idle longest is closed
    /// for it. Hummingbird's ``MaximumAvailableConnections`` stops accepting one past the limit, so
    /// while that client waits (every connection busy) further clients wait in the kernel's listen
    /// queue and are accepted, in order, as connections close, rather than being reset. A burst
    /// accepted in one go may pass that by a few (they wait too); the limit bounds the server's work
    /// and file descriptors, it is not a quota.
    func application(port: Int, logger: Logger) -> ApplicationConfiguration {
        ApplicationConfiguration(
            address: .hostname(host, port: port),
            serverName: nil,
            availableConnectionsDelegate: MaximumAvailableConnections(maxConnections + 1, logger: logger)
        )
    }
}
