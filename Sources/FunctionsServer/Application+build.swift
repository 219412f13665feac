import FunctionsRuntime
import Hummingbird
import Logging
import NIOCore

/// Where a running server answers.
public struct BoundAddress: Sendable {
    /// The host it is bound to.
    public let host: String
    /// The real port (useful when port 0 was asked for).
    public let port: Int

    /// `http://host:port`.
    public var baseURL: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "http://\(shownHost):\(port)"
    }
}

/// Builds the Functions server: the application the CLI runs and the tests call.
///
/// ```swift
/// let project = try FunctionsProject.load(manifestPath: "functions.json", environmentPath: "environment",
///                                         registry: Functions.registry)
/// let app = buildApplication(project: project, configuration: ServerConfiguration())
/// try await app.runService()
/// ```
///
/// - Parameters:
///   - project: the manifest, environment and handlers.
///   - configuration: address, deadline and limits.
///   - logger: receives one line per request.
///   - onServerRunning: called once the server is bound, with the real address.
public func buildApplication(
    project: FunctionsProject,
    configuration: ServerConfiguration = ServerConfiguration(),
    logger: Logger = Logger(label: "twilio-functions"),
    onServerRunning: @escaping @Sendable (BoundAddress) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let domainName = DomainName("localhost:\(configuration.port)")
    let responder = FunctionsResponder(project: project, configuration: configuration, domainName: domainName, logger: logger)
    return Application(
        responder: responder,
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port),
            serverName: nil
        ),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? configuration.port
            domainName.set("localhost:\(port)")
            await onServerRunning(BoundAddress(host: configuration.host, port: port))
        },
        logger: logger
    )
}

/// Builds the Functions server with ``buildApplication(project:configuration:logger:onServerRunning:)``
/// and runs it until SIGINT or SIGTERM, which stop it cleanly.
///
/// - Throws: ``ServerError`` saying in one line why the server could not start (a port in use...).
public func runServer(
    project: FunctionsProject,
    configuration: ServerConfiguration = ServerConfiguration(),
    logger: Logger = Logger(label: "twilio-functions"),
    onServerRunning: @escaping @Sendable (BoundAddress) async -> Void = { _ in }
) async throws(ServerError) {
    let app = buildApplication(project: project, configuration: configuration, logger: logger, onServerRunning: onServerRunning)
    do {
        try await app.runService()
    } catch {
        throw ServerError(running: error, configuration: configuration)
    }
}
