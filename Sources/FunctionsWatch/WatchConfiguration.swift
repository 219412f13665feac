/// What watch mode watches, how it rebuilds and what it runs. Resolved once by `serve --watch`.
///
/// ```swift
/// let configuration = WatchConfiguration(
///     directory: ".",
///     projectPaths: ["functions.json", "environment", "assets"],
///     build: BuildCommand("swift build --product twilio-functions", directory: "."),
///     serverExecutable: ".build/debug/twilio-functions",
///     serverArguments: { addresses in ["serve", "--port", "0", "--supervised-by", String(addresses.publicPort)] }
/// )
/// ```
public struct WatchConfiguration: Sendable {
    /// The project folder: watched paths are relative to it, and commands run in it.
    public var directory: String
    /// Paths whose change needs a rebuild: the Swift sources and the package manifest.
    public var sourcePaths: [String]
    /// Paths whose change the running server applies in place (the manifest, the environment
    /// file, the assets folder).
    public var projectPaths: [String]
    /// The command that rebuilds ``serverExecutable``.
    public var build: BuildCommand
    /// The handlers target, when a save that touches only its Swift files may rebuild it alone
    /// into a library (see ``HandlersTarget``). The server executable must be linked with
    /// `-Xlinker --export-dynamic`, as the library links against it; else every save runs ``build``.
    public var handlers: HandlersTarget?
    /// `debug` or `release`: the configuration ``build`` builds, whose flags and modules a
    /// handlers library is compiled with.
    public var buildConfiguration: String
    /// The server executable, started again after each successful build.
    public var serverExecutable: String
    /// The server's arguments, given the addresses users call (its URLs and `DOMAIN_NAME` use
    /// the public port; its handlers reach the emulated Twilio API, if any, at its URL).
    public var serverArguments: @Sendable (WatchAddresses) -> [String]
    /// Called with the changed paths each time project files (not sources) change, before the
    /// running server reloads them; the watching process updates what it keeps itself.
    public var onProjectChange: @Sendable ([String]) -> Void
    /// The address users call; loopback by default.
    public var host: String
    /// The port users call; 0 picks a free one.
    public var port: Int
    /// How long no change must arrive before a save is acted on (one save often touches several files).
    public var quietPeriod: Duration
    /// How often the watched paths are checked.
    public var pollInterval: Duration
    /// How long a new server build may take to answer before it is given up.
    public var startTimeout: Duration

    /// Creates a configuration; the timing fields have defaults that suit editors and SwiftPM.
    public init(
        directory: String,
        sourcePaths: [String] = ["Sources", "Package.swift"],
        projectPaths: [String],
        build: BuildCommand,
        handlers: HandlersTarget? = nil,
        buildConfiguration: String = "debug",
        serverExecutable: String,
        serverArguments: @escaping @Sendable (WatchAddresses) -> [String],
        onProjectChange: @escaping @Sendable ([String]) -> Void = { _ in },
        host: String = "127.0.0.1",
        port: Int = 3000,
        quietPeriod: Duration = .milliseconds(150),
        pollInterval: Duration = .milliseconds(100),
        startTimeout: Duration = .seconds(60)
    ) {
        self.directory = directory
        self.sourcePaths = sourcePaths
        self.projectPaths = projectPaths
        self.build = build
        self.handlers = handlers
        self.buildConfiguration = buildConfiguration
        self.serverExecutable = serverExecutable
        self.serverArguments = serverArguments
        self.onProjectChange = onProjectChange
        self.host = host
        self.port = port
        self.quietPeriod = quietPeriod
        self.pollInterval = pollInterval
        self.startTimeout = startTimeout
    }

    /// Whether a change to `path` (relative to ``directory``) needs a rebuild.
    func needsRebuild(_ path: String) -> Bool {
        sourcePaths.contains { path == $0 || path.hasPrefix($0 + "/") }
    }
}

/// Where users reach a watched server, known once the proxy (and the emulated API) are bound.
public struct WatchAddresses: Sendable, Equatable {
    /// The port users call.
    public var publicPort: Int
    /// The emulated Twilio API's base URL, when one runs (`http://127.0.0.1:3001`).
    public var apiBaseURL: String?

    /// Addresses.
    public init(publicPort: Int, apiBaseURL: String? = nil) {
        self.publicPort = publicPort
        self.apiBaseURL = apiBaseURL
    }
}
