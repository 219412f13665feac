import ArgumentParser
import FunctionsServer

/// The options of `serve` that bound what one client can take: body and header sizes, the
/// header read timeout and the number of connections. (The handler deadline is `--timeout`.)
struct LimitOptions: ParsableArguments {
    @Option(help: "The largest request body in bytes; a larger one gets a 413.")
    var maxBodySize = ServerConfiguration().maxBodySize

    @Option(help: "The largest request head (URL and headers) in bytes; a larger one gets a 431.")
    var maxHeaderSize = ServerConfiguration().maxHeaderSize

    @Option(help: "Seconds a client has to send a request's headers (and the longest pause in its body) before the connection is closed.")
    var headerTimeout = Double(ServerConfiguration().headerTimeout.components.seconds)

    @Option(help: "The most connections served at once; more wait until one closes.")
    var maxConnections = ServerConfiguration().maxConnections

    func validate() throws {
        guard (1...1024 * 1024 * 1024).contains(maxBodySize) else {
            throw ValidationError("--max-body-size \(maxBodySize) must be between 1 and 1073741824 bytes (1 GiB).")
        }
        guard (1024...1024 * 1024).contains(maxHeaderSize) else {
            throw ValidationError("--max-header-size \(maxHeaderSize) must be between 1024 and 1048576 bytes (1 MiB).")
        }
        guard headerTimeout >= 0.001, headerTimeout <= 3600 else {
            throw ValidationError("--header-timeout \(headerTimeout) must be at least 0.001 and at most 3600 seconds.")
        }
        guard (1...100_000).contains(maxConnections) else {
            throw ValidationError("--max-connections \(maxConnections) must be between 1 and 100000.")
        }
    }

    /// `configuration` with these limits.
    func applied(to configuration: ServerConfiguration) -> ServerConfiguration {
        var configuration = configuration
        configuration.maxBodySize = maxBodySize
        configuration.maxHeaderSize = maxHeaderSize
        configuration.headerTimeout = .seconds(headerTimeout)
        configuration.maxConnections = maxConnections
        return configuration
    }
}
