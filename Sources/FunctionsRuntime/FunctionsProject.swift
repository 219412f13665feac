import Logging

/// A loaded project: its manifest, its environment and the handlers the manifest names, checked
/// against each other once, when the server starts.
///
/// ```swift
/// let project = try FunctionsProject.load(
///     manifestPath: "functions.json", environmentPath: "environment", registry: Functions.registry)
/// ```
public struct FunctionsProject: Sendable {
    /// The manifest.
    public let manifest: FunctionsManifest
    /// The environment file's values.
    public let environment: EnvironmentFile
    /// The routes in manifest order.
    public let routes: [FunctionRoute]

    /// Builds a project; every manifest entry must name a handler of `registry`.
    public init(manifest: FunctionsManifest, environment: EnvironmentFile, registry: FunctionRegistry) throws(FunctionsError) {
        var routes: [FunctionRoute] = []
        for (index, entry) in manifest.entries.enumerated() {
            guard let handler = registry[entry.handler] else {
                throw FunctionsError(
                    .unknownHandler,
                    "\(manifest.file): functions[\(index)].handler \"\(entry.handler)\" is not registered. Registered handlers: \(registry.names.joined(separator: ", "))."
                )
            }
            routes.append(FunctionRoute(entry: entry, handler: handler))
        }
        self.manifest = manifest
        self.environment = environment
        self.routes = routes
    }

    /// Reads the manifest and the environment file and checks them against `registry`.
    public static func load(manifestPath: String, environmentPath: String, registry: FunctionRegistry) throws(FunctionsError) -> FunctionsProject {
        let manifest = try FunctionsManifest.load(path: manifestPath, handlerNames: registry.names)
        let environment = try EnvironmentFile.load(path: environmentPath)
        return try FunctionsProject(manifest: manifest, environment: environment, registry: registry)
    }

    /// What every request's context shares: the environment, the Twilio connection, and the
    /// project's Functions with the invoker that runs them when a handler calls another.
    public func makeContextStorage(twilio: TwilioConnection? = nil, invoker: FunctionInvoker = FunctionInvoker()) -> ContextStorage {
        ContextStorage(environment: environment, twilio: twilio, functions: routes, invoker: invoker)
    }
}

/// The part of a ``FunctionContext`` shared by every request of a server: built once.
public struct ContextStorage: Sendable {
    let storage: FunctionContext.Storage

    /// Shares these environment values, Twilio connection and Functions.
    public init(
        environment: EnvironmentFile,
        twilio: TwilioConnection? = nil,
        functions: [FunctionRoute] = [],
        invoker: FunctionInvoker = FunctionInvoker()
    ) {
        storage = FunctionContext.Storage(
            values: environment.values,
            environmentFile: environment.path,
            twilio: twilio,
            functions: functions,
            invoker: invoker
        )
    }

    /// A context for one request.
    public func context(path: String, domainName: String, logger: Logger) -> FunctionContext {
        FunctionContext(storage: storage, domainName: domainName, path: path, logger: logger)
    }
}
