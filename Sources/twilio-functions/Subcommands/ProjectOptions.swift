import ArgumentParser
import Functions
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
    func load() throws -> FunctionsProject {
        do {
            return try loadProject()
        } catch {
            throw fail(error.message)
        }
    }

    /// Reads and checks the project, reporting a problem as the error it is (for reloads, which
    /// report and carry on).
    func loadProject() throws(FunctionsError) -> FunctionsProject {
        try FunctionsProject.load(
            manifestPath: manifestPath,
            environmentPath: environmentPath,
            registry: Functions.registry,
            assetsPath: assetsPath,
            reserved: .server
        )
    }
}
