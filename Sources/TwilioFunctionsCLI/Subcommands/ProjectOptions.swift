import ArgumentParser
import FunctionsRuntime
import FunctionsServer

/// The files that make up a project, shared by every command that loads one.
struct ProjectOptions: ParsableArguments {
    @Option(name: .customLong("manifest"), help: "The manifest of routes and handler names.")
    var manifestPath = "functions.json"

    @Option(name: .customLong("env-file"), help: "The dotenv file whose values become the Functions' context.")
    var environmentPath = "environment"

    @Option(name: .customLong("assets"), help: "The folder of static files served at their own path (assets/index.html at /index.html); a missing folder means none.")
    var assetsPath = "assets"

    /// Reads and checks the manifest, environment and assets against the project's handlers.
    /// - Parameter registry: The handlers; by default the running command line's.
    func load(registry: FunctionRegistry = FunctionsCommandLine.current.registry) throws -> FunctionsProject {
        do {
            return try loadProject(registry: registry)
        } catch {
            throw fail(error.message)
        }
    }

    /// Reads and checks the project, reporting a problem as the error it is (for reloads, which
    /// report and carry on).
    func loadProject(registry: FunctionRegistry) throws(FunctionsError) -> FunctionsProject {
        try FunctionsProject.load(
            manifestPath: manifestPath,
            environmentPath: environmentPath,
            registry: registry,
            assetsPath: assetsPath,
            reserved: .server
        )
    }
}
