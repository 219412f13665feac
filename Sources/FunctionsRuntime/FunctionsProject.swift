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

    /// What every request's context shares: the environment and the Twilio connection.
    public func makeContextStorage(twilio: TwilioConnection? = nil) -> ContextStorage {
        ContextStorage(environment: environment, twilio: twilio)
    }
}

/// The part of a ``FunctionContext`` shared by every request of a server: built once.
public struct ContextStorage: Sendable {
    let storage: FunctionContext.Storage

    /// Shares these environment values and Twilio connection.
    public init(environment: EnvironmentFile, twilio: TwilioConnection? = nil) {
        storage = FunctionContext.Storage(values: environment.values, environmentFile: environment.path, twilio: twilio)
    }

    /// A context for one request.
    public func context(path: String, domainName: String, logger: Logger) -> FunctionContext {
        FunctionContext(storage: storage, domainName: domainName, path: path, logger: logger)
    }
}
