import FunctionsHost
import FunctionsRuntime
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import TwilioEmulator
import UnixSignals

/// Where a running server answers.
public struct BoundAddress: Sendable {
    /// The host it is bound to.
    public let host: String
    /// The real port (useful when port 0 was asked for).
    public let port: Int

    /// An address.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

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
///   - twilio: what the handlers' Twilio clients talk to; `nil` leaves them without a connection.
///   - logger: receives one line per request.
///   - onServerRunning: called once the server is bound, with the real address.
public func buildApplication(
    project: FunctionsProject,
    configuration: ServerConfiguration = ServerConfiguration(),
    twilio: TwilioBackend? = nil,
    logger: Logger = Logger(label: "twilio-functions"),
    onServerRunning: @escaping @Sendable (BoundAddress) async -> Void = { _ in }
) -> some ApplicationProtocol {
    buildApplication(
        reloading: ReloadableProject(project: project, configuration: configuration, twilio: twilio, logger: logger),
        configuration: configuration,
        logger: logger,
        onServerRunning: onServerRunning
    )
}

/// Builds the Functions server around a ``ReloadableProject``, whose project can be replaced while the
/// server runs.
///
/// ```swift
/// let reloadable = ReloadableProject(project: project, configuration: configuration)
/// let app = buildApplication(reloading: reloadable, configuration: configuration)
/// ```
public func buildApplication(
    reloading reloadable: ReloadableProject,
    configuration: ServerConfiguration = ServerConfiguration(),
    logger: Logger = Logger(label: "twilio-functions"),
    onServerRunning: @escaping @Sendable (BoundAddress) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let domainName = DomainName(configuration.domainName ?? "localhost:\(configuration.port)")
    let requestLog = configuration.console.isServed(boundTo: configuration.host) ? RequestLog() : nil
    let responder = FunctionsResponder(reloadable: reloadable, configuration: configuration, domainName: domainName, requestLog: requestLog, logger: logger)
    return Application(
        responder: responder,
        server: .functions(configuration),
        configuration: configuration.application(port: configuration.port, logger: logger),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? configuration.port
            if configuration.domainName == nil { domainName.set("localhost:\(port)") }
            await onServerRunning(BoundAddress(host: configuration.host, port: port))
        },
        logger: logger
    )
}

/// Builds the emulated Twilio REST API server, on `configuration.host` and `configuration.apiPort`.
///
/// ```swift
/// let api = buildEmulatorApplication(emulator: emulator, configuration: ServerConfiguration(apiPort: 3001))
/// ```
public func buildEmulatorApplication(
    emulator: TwilioEmulator,
    configuration: ServerConfiguration = ServerConfiguration(),
    logger: Logger = Logger(label: "twilio-functions-api"),
    onServerRunning: @escaping @Sendable (BoundAddress) async -> Void = { _ in }
) -> some ApplicationProtocol {
    Application(
        responder: EmulatorResponder(emulator: emulator, maxBodySize: configuration.maxBodySize, logger: logger),
        server: .functions(configuration),
        configuration: configuration.application(port: configuration.apiPort, logger: logger),
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? configuration.apiPort
            emulator.bindPublicBaseURLs(toPort: port)
            await onServerRunning(BoundAddress(host: configuration.host, port: port))
        },
        logger: logger
    )
}

/// Runs the Functions server (and, with an emulated backend, the emulated Twilio API on the API
/// port) until SIGINT or SIGTERM, which stop both cleanly.
///
/// - Throws: ``ServerError`` saying in one line why a server could not start (a port in use...).
public func runServer(
    project: FunctionsProject,
    configuration: ServerConfiguration = ServerConfiguration(),
    twilio: TwilioBackend? = nil,
    logger: Logger = Logger(label: "twilio-functions"),
    onServerRunning: @escaping @Sendable (BoundAddress) async -> Void = { _ in },
    onAPIServerRunning: @escaping @Sendable (BoundAddress) async -> Void = { _ in }
) async throws(ServerError) {
    try await runServer(
        reloading: ReloadableProject(project: project, configuration: configuration, twilio: twilio, logger: logger),
        configuration: configuration,
        emulator: twilio?.emulator,
        logger: logger,
        onServerRunning: onServerRunning,
        onAPIServerRunning: onAPIServerRunning
    )
}

/// Runs the Functions server for a ``ReloadableProject`` (and `emulator`, if given, on the API port)
/// until SIGINT or SIGTERM; `onReloadSignal`, if given, is called on each SIGHUP.
///
/// - Throws: ``ServerError`` saying in one line why a server could not start (a port in use...).
public func runServer(
    reloading reloadable: ReloadableProject,
    configuration: ServerConfiguration = ServerConfiguration(),
    emulator: TwilioEmulator? = nil,
    logger: Logger = Logger(label: "twilio-functions"),
    onServerRunning: @escaping @Sendable (BoundAddress) async -> Void = { _ in },
    onAPIServerRunning: @escaping @Sendable (BoundAddress) async -> Void = { _ in },
    onReloadSignal: (@Sendable () async -> Void)? = nil
) async throws(ServerError) {
    var services: [any Service] = [
        AddressedService(
            buildApplication(reloading: reloadable, configuration: configuration, logger: logger) { address in
                // Webhooks of messages and calls that come in go to this server's Functions.
                emulator?.connectWebhooks(functionsBaseURL: address.baseURL)
                await onServerRunning(address)
            },
            host: configuration.host,
            port: configuration.port
        )
    ]
    if let emulator {
        services.append(MessageDeliveryService(emulator: emulator))
        services.append(
            AddressedService(
                buildEmulatorApplication(emulator: emulator, configuration: configuration, logger: logger) { address in
                    reloadable.apiBaseURL = address.baseURL
                    await onAPIServerRunning(address)
                },
                host: configuration.host,
                port: configuration.apiPort
            )
        )
    }
    if let onReloadSignal {
        services.append(ReloadSignalService(onSignal: onReloadSignal))
    }
    let group = ServiceGroup(
        configuration: ServiceGroupConfiguration(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
    )
    do {
        try await group.run()
    } catch {
        throw ServerError(running: error, host: configuration.host, port: configuration.port)
    }
}

/// A server whose failures name its own address, so a taken API port is not reported as the
/// Functions port.
private struct AddressedService<App: ApplicationProtocol>: Service {
    let app: App
    let host: String
    let port: Int

    init(_ app: App, host: String, port: Int) {
        self.app = app
        self.host = host
        self.port = port
    }

    func run() async throws {
        do {
            try await app.run()
        } catch {
            throw ServerError(running: error, host: host, port: port)
        }
    }
}
