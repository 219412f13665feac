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
    /// The static files served beside the Functions.
    public let assets: AssetCatalog

    /// Builds a project; every manifest entry must name a handler of `registry`, and no asset may
    /// share a path with a Function (Twilio refuses such a deployment).
    public init(
        manifest: FunctionsManifest,
        environment: EnvironmentFile,
        registry: FunctionRegistry,
        assets: AssetCatalog = AssetCatalog()
    ) throws(FunctionsError) {
        var routes: [FunctionRoute] = []
        for (index, entry) in manifest.entries.enumerated() {
            guard let handler = registry[entry.handler] else {
                throw FunctionsError(
                    .unknownHandler,
                    "\(manifest.file): functions[\(index)].handler \"\(entry.handler)\" is not registered. Registered handlers: \(registry.names.joined(separator: ", "))."
                )
            }
            if let asset = assets[path: entry.path] {
                throw FunctionsError(
                    .duplicatePath,
                    "\(asset.file) and \(manifest.file): functions[\(index)] both use the path \(entry.path). Rename the file or change the manifest path."
                )
            }
            routes.append(FunctionRoute(entry: entry, handler: handler))
        }
        self.manifest = manifest
        self.environment = environment
        self.routes = routes
        self.assets = assets
    }

    /// Reads the manifest, the environment file and the assets folder (a missing folder means no
    /// assets) and checks them against `registry` and each other; `reserved` are the paths the
    /// server keeps for itself, which no Function or asset may take.
    public static func load(
        manifestPath: String,
        environmentPath: String,
        registry: FunctionRegistry,
        assetsPath: String = "assets",
        reserved: ReservedPaths = .none
    ) throws(FunctionsError) -> FunctionsProject {
        let manifest = try FunctionsManifest.load(path: manifestPath, handlerNames: registry.names, reserved: reserved)
        let environment = try EnvironmentFile.load(path: environmentPath)
        let assets = try AssetCatalog.load(folder: assetsPath, reserved: reserved)
        return try FunctionsProject(manifest: manifest, environment: environment, registry: registry, assets: assets)
    }

    /// What every request's context shares: the environment, the Twilio connection, the
    /// project's Functions with the invoker that runs them when a handler calls another, and its
    /// assets.
    public func makeContextStorage(twilio: TwilioConnection? = nil, invoker: FunctionInvoker = FunctionInvoker()) -> ContextStorage {
        ContextStorage(environment: environment, twilio: twilio, functions: routes, invoker: invoker, assets: assets)
    }
}

/// The part of a ``FunctionContext`` shared by every request of a server: built once.
public struct ContextStorage: Sendable {
    let storage: FunctionContext.Storage

    /// Shares these environment values, Twilio connection, Functions and assets.
    public init(
        environment: EnvironmentFile,
        twilio: TwilioConnection? = nil,
        functions: [FunctionRoute] = [],
        invoker: FunctionInvoker = FunctionInvoker(),
        assets: AssetCatalog = AssetCatalog()
    ) {
        storage = FunctionContext.Storage(
            values: environment.values,
            environmentFile: environment.path,
            twilio: twilio,
            functions: functions,
            invoker: invoker,
            assets: assets
        )
    }

    /// A context for one request.
    public func context(path: String, domainName: String, logger: Logger) -> FunctionContext {
        FunctionContext(storage: storage, domainName: domainName, path: path, logger: logger)
    }
}
