import Hummingbird
import HummingbirdCore
import Logging

extension ServerConfiguration {
    /// Hummingbird's configuration for a server of this configuration on `port`.
    ///
    /// The connection limit uses Hummingbird's ``MaximumAvailableConnections``: at the limit the
    /// server stops accepting, so further clients wait in the kernel's listen queue and are
    /// served, in order, as connections close, rather than being reset. A burst accepted in one
    /// go may pass the limit by a few; the limit bounds the server's work and file descriptors,
    /// it is not a quota.
    func application(port: Int, logger: Logger) -> ApplicationConfiguration {
        ApplicationConfiguration(
            address: .hostname(host, port: port),
            serverName: nil,
            availableConnectionsDelegate: MaximumAvailableConnections(maxConnections, logger: logger)
        )
    }
}
