import ArgumentParser
import Foundation
import FunctionsRuntime

/// The `twilio-functions` command line over your own handlers: serve, watch, invoke, check, sign,
/// token, sync, media, emulator and init, exactly as this package's own executable offers them.
///
/// A Functions package's executable is a `main.swift` of three lines:
///
/// ```swift
/// import MyFunctions
/// import TwilioFunctionsCLI
/// await FunctionsCommandLine(name: "my-functions", registry: MyFunctions.registry, handlersModule: "MyFunctions").main()
/// ```
///
/// Then `swift run my-functions serve` serves `functions.json` with those handlers, and
/// `swift run my-functions serve --watch` rebuilds on every save: the `MyFunctions` target alone,
/// into a library a new server loads, when only its Swift files changed; else the `my-functions` product.
public struct FunctionsCommandLine: Sendable {
    /// The command's name in `--help` and usage lines, e.g. `my-functions`.
    public var name: String
    /// The version `--version` prints; `nil` offers no `--version`.
    public var version: String?
    /// The handlers `functions.json` can name.
    public var registry: FunctionRegistry
    /// The module that defines ``registry`` as `<module>.registry`, which `serve --watch` may
    /// rebuild alone; `nil` rebuilds the whole product on every save.
    public var handlersModule: String?

    /// A command line over `registry`.
    /// - Parameters:
    ///   - name: The executable's name, as users type it.
    ///   - version: What `--version` prints.
    ///   - registry: The package's handlers.
    ///   - handlersModule: The target whose `<module>.registry` is `registry`.
    public init(name: String, version: String? = nil, registry: FunctionRegistry, handlersModule: String? = nil) {
        self.name = name
        self.version = version
        self.registry = registry
        self.handlersModule = handlersModule
    }

    /// Runs the command `CommandLine.arguments` name and exits: 0 on success, 1 after a failure
    /// it explains on standard error, 64 for a usage error.
    public func main() async {
        await Self.$current.withValue(self) {
            await TwilioFunctionsCommand.main()
        }
    }

    /// Runs the command `arguments` name (without the program's name) and exits as ``main()``.
    public func main(_ arguments: [String]) async {
        await Self.$current.withValue(self) {
            await TwilioFunctionsCommand.main(arguments)
        }
    }

    /// Runs `body` with this command line as the one commands read: their registry, name and version.
    public func withCurrent<Result: Sendable>(_ body: () async throws -> Result) async rethrows -> Result {
        try await Self.$current.withValue(self) { try await body() }
    }

    /// The command line the running command belongs to; outside ``main()`` one with no handlers.
    @TaskLocal public static var current = FunctionsCommandLine(name: "twilio-functions", registry: FunctionRegistry())
}
