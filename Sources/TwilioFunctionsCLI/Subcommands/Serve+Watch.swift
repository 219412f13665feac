import Foundation
import FunctionsHost
import FunctionsRuntime
import FunctionsServer
import FunctionsWatch
import Logging

extension TwilioFunctionsCommand.Serve {
    /// `serve --watch`: this process keeps the port and the emulated services, and runs the
    /// server itself as a child process, rebuilt and replaced after each source change.
    func runWatching() async throws {
        // Loaded here only to report a broken project before anything starts.
        let loaded = try project.load()
        guard let executable = Self.currentExecutable() else {
            throw fail("cannot find this program's own executable (/proc/self/exe) to run it again after a rebuild.")
        }
        if let refusal = Self.watchRefusal(runtimeIsShared: HandlersLibrary.swiftRuntimeIsShared, buildCommand: buildCommand) {
            throw fail(refusal)
        }
        let (backend, twilioNote) = try twilioOptions.makeBackend(
            environment: loaded.environment, host: host, serving: true, importPath: importPath
        )
        var logger = Logger(label: "twilio-functions") { label in TerminalLogHandler(label: label) }
        logger.logLevel = logLevel
        let directory = FileManager.default.currentDirectoryPath
        // The handlers alone are rebuilt with the flags of the default command's build, never of another command.
        let handlers = buildCommand == nil ? FunctionsCommandLine.current.handlersModule.map { HandlersTarget($0) } : nil
        let command = buildCommand ?? Self.defaultBuildCommand(for: executable)
        let configuration = WatchConfiguration(
            directory: directory,
            projectPaths: [project.manifestPath, project.environmentPath, project.assetsPath],
            build: BuildCommand(command, directory: directory),
            handlers: handlers,
            buildConfiguration: Self.isReleaseBuild(executable) ? "release" : "debug",
            serverExecutable: executable,
            serverArguments: { addresses in serverArguments(for: addresses) },
            onProjectChange: { [project] changed in
                guard changed.contains(project.environmentPath),
                    let environment = try? EnvironmentFile.load(path: project.environmentPath)
                else { return }
                TwilioOptions.update(backend.emulator, from: environment)
            },
            host: host,
            port: port
        )
        do {
            try await runWatchServer(
                configuration: configuration,
                emulator: backend.emulator,
                apiConfiguration: serverConfiguration,
                logger: logger,
                onAPIServerRunning: { address in
                    say("Emulated Twilio API (Sync, Media, Verify, Lookups): \(address.baseURL) (\(twilioNote))")
                },
                onServerRunning: { _ in
                    say("Watching Sources/, Package.swift, \(project.manifestPath), \(project.environmentPath) and \(project.assetsPath)/; rebuilding with: \(command)")
                    if let handlers {
                        say(
                            HandlersLibrary.executableExportsSymbols
                                ? "Saves that touch only the Swift files of \(handlers.module) rebuild that target alone, into a library"
                                : "Every save rebuilds the whole product: to rebuild \(handlers.module) alone, link the executable target with "
                                    + #"linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"], .when(platforms: [.linux]))]"#
                        )
                    }
                }
            )
        } catch let error as WatchError {
            throw fail(error.message)
        }
        try exportOnExit(backend.emulator)
    }

    /// The arguments of each server build: this command's options, on a free loopback port,
    /// announcing itself to this process, and using its emulated Twilio API.
    func serverArguments(for addresses: WatchAddresses) -> [String] {
        var arguments = [
            "serve",
            "--manifest", project.manifestPath,
            "--env-file", project.environmentPath,
            "--assets", project.assetsPath,
            "--host", "127.0.0.1",
            "--port", "0",
            "--timeout", String(timeout),
            "--executor", executor.rawValue,
            "--log-level", logLevel.rawValue,
            // The server builds listen on loopback; whether users reach a console depends on this address.
            "--console", console.isServed(boundTo: host) ? ConsoleAvailability.always.rawValue : ConsoleAvailability.off.rawValue,
            "--supervised-by", "http://\(host.contains(":") ? "[\(host)]" : host):\(addresses.publicPort)",
        ]
        arguments += [
            "--max-body-size", String(limits.maxBodySize),
            "--max-header-size", String(limits.maxHeaderSize),
            "--header-timeout", String(limits.headerTimeout),
            "--max-connections", String(limits.maxConnections),
        ]
        if let publicURL { arguments += ["--public-url", publicURL] }
        if let apiBaseURL = addresses.apiBaseURL {
            arguments += ["--twilio-url", twilioOptions.twilioURL ?? apiBaseURL]
        } else if let twilioURL = twilioOptions.twilioURL {
            arguments += ["--twilio-url", twilioURL]
        } else {
            arguments += ["--twilio", twilioOptions.twilio.rawValue]
        }
        return arguments
    }

    /// `swift build` for this program's product (the running executable's name, so a package's
    /// own command line rebuilds itself), in the configuration it was built with.
    static func defaultBuildCommand(for executable: String) -> String {
        let configuration = isReleaseBuild(executable) ? " -c release" : ""
        let product = executable.split(separator: "/").last.map(String.init) ?? "twilio-functions"
        return "swift build\(configuration) --product \(product)"
    }

    /// Why watch mode does not start from this executable, or nil when it does. A build with the
    /// Swift runtime linked in (`scripts/build-release`) loads no handlers library, and its default
    /// rebuild, a plain `swift build -c release`, would compile every module again with other flags
    /// and replace it with a build of another kind.
    static func watchRefusal(runtimeIsShared: Bool, buildCommand: String?) -> String? {
        guard !runtimeIsShared, buildCommand == nil else { return nil }
        return "this executable has the Swift runtime linked into it (a scripts/build-release or --static-swift-stdlib build), "
            + "which watch mode cannot rebuild in place: watch with `swift run twilio-functions serve --watch`, "
            + "or give the build to run with --build-command 'scripts/build-release'."
    }

    /// Whether `executable` is in a release build folder.
    static func isReleaseBuild(_ executable: String) -> Bool {
        executable.split(separator: "/").contains("release")
    }

    /// The path of the running executable, which a rebuild writes anew.
    static func currentExecutable() -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first.map {
            URL(fileURLWithPath: $0).standardizedFileURL.path
        }
    }
}
