import ArgumentParser
import Foundation
import FunctionsHost
import FunctionsRuntime
import FunctionsServer
import FunctionsWatch
import Logging
import TwilioEmulator

extension TwilioFunctionsCommand {
    /// `serve`: the local Functions server.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the Functions listed in the manifest over HTTP.",
            discussion: """
                Reads functions.json, environment and the assets folder from the current folder, then \
                answers each manifest path and each asset's path on http://127.0.0.1:3000. Stop it with \
                Ctrl-C. SIGHUP rereads the manifest, environment and assets in place.

                The emulated Twilio services keep their data in .twilio-functions/emulator.sqlite \
                (--database, or --in-memory); one server serves a database at a time, while invoke, \
                sync and media use it beside the server. --import FILE loads an export before serving; \
                --export-on-exit FILE writes one when the server stops.

                With --watch, saving a file is enough: changes to functions.json, environment and \
                assets/ apply in place, and changes to Sources/ or Package.swift rebuild the server \
                and switch to the new build once it answers, on the same port.
                """
        )

        @OptionGroup var project: ProjectOptions

        @OptionGroup(title: "Twilio services") var twilioOptions: TwilioOptions

        @Option(name: .customLong("import"), help: "An export file whose data replaces the emulated services' data before serving.")
        var importPath: String?

        @Option(name: .customLong("export-on-exit"), help: "Write the emulated services' data to this export file when the server stops.")
        var exportPath: String?

        @OptionGroup(title: "Limits") var limits: LimitOptions

        @Option(help: "The address to listen on. Keep the default loopback address unless other machines must call in.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on; 0 picks a free port and prints it.")
        var port = 3000

        @Option(help: "Seconds a Function has to call back before the answer is a 504.")
        var timeout: Double = 10

        @Option(name: .customLong("public-url"), help: "The URL Twilio calls when requests come through a tunnel (e.g. https://abc.ngrok.app); protected Functions check signatures against it.")
        var publicURL: String?

        @Option(help: "The least severe log level shown: trace, debug, info, notice, warning, error or critical.")
        var logLevel: Logger.Level = .info

        @Option(help: "Where the developer console (/_console) is served: loopback (only when --host is a loopback address), always, or off.")
        var console: ConsoleAvailability = .loopbackOnly

        @Option(help: "Where handlers run: pool (Swift's global concurrency pool) or event-loops (SwiftNIO's threads: no thread hop per request, but a handler that blocks its thread holds up the other requests of that thread, as in Node).")
        var executor: ConcurrencyExecutor = .pool

        @Flag(help: "Watch Sources/, Package.swift, the manifest, the environment file and the assets folder; reload or rebuild on every save.")
        var watch = false

        @Option(help: "With --watch: the command that rebuilds the server (default: the swift build that built this one).")
        var buildCommand: String?

        /// Set by watch mode on the server builds it runs: the URL users call, which the route
        /// listing and DOMAIN_NAME use; the server announces itself in lines the supervisor reads.
        @Option(help: .hidden)
        var supervisedBy: String?

        /// Set by watch mode when it rebuilt the handlers alone: the library whose handlers replace
        /// the built-in ones.
        @Option(name: .customLong("handlers-library"), help: .hidden)
        var handlersLibrary: String?

        func validate() throws {
            guard (0...65_535).contains(port) else {
                throw ValidationError("--port \(port) is not a port number; use 0...65535.")
            }
            guard timeout >= 0.001, timeout <= 3600 else {
                throw ValidationError("--timeout \(timeout) must be at least 0.001 and at most 3600 seconds.")
            }
            if let publicURL, !(publicURL.hasPrefix("http://") || publicURL.hasPrefix("https://")) {
                throw ValidationError("--public-url \(publicURL) must start with http:// or https://.")
            }
            if buildCommand != nil, !watch {
                throw ValidationError("--build-command is used only with --watch.")
            }
            if watch, supervisedBy != nil {
                throw ValidationError("--watch cannot be combined with --supervised-by.")
            }
            if twilioOptions.twilio == .live || twilioOptions.twilioURL != nil {
                if importPath != nil { throw ValidationError("--import loads the emulated services; it cannot be used with --twilio live or --twilio-url.") }
                if exportPath != nil { throw ValidationError("--export-on-exit saves the emulated services; it cannot be used with --twilio live or --twilio-url.") }
            }
        }

        /// The server configuration these options describe.
        var serverConfiguration: ServerConfiguration {
            limits.applied(
                to: ServerConfiguration(
                    host: host,
                    port: port,
                    apiPort: twilioOptions.apiPort,
                    timeout: .seconds(timeout),
                    publicBaseURL: publicURL,
                    domainName: supervisor.map { "localhost:\($0.port)" },
                    console: console
                )
            )
        }

        func run() async throws {
            if watch {
                try await runWatching()
                return
            }
            executor.install()
            // Read once here: a reload runs later, on the signal handler's task.
            let registry = try handlersLibrary.map { path in
                do throws(WatchError) { return try HandlersLibrary.load(path) } catch { throw fail(error.message) }
            } ?? FunctionsCommandLine.current.registry
            let loaded = try project.load(registry: registry)
            // Before binding, so the warnings show even when the port is taken.
            for reason in loaded.assets.skipped {
                FileHandle.standardError.write(Data("warning: \(reason)\n".utf8))
            }
            let configuration = serverConfiguration
            let (backend, twilioNote) = try twilioOptions.makeBackend(
                environment: loaded.environment, host: host, serving: true, importPath: importPath
            )
            var logger = Logger(label: "twilio-functions") { label in TerminalLogHandler(label: label) }
            logger.logLevel = logLevel
            if supervisor != nil { SupervisorLink.stopWhenSupervisorExits() }
            let reloadable = ReloadableProject(project: loaded, configuration: configuration, twilio: backend, logger: logger)
            reloadable.apiBaseURL = twilioOptions.twilioURL
            let supervisor = self.supervisor
            do throws(ServerError) {
                try await runServer(
                    reloading: reloadable,
                    configuration: configuration,
                    emulator: backend.emulator,
                    logger: logger,
                    onServerRunning: { address in
                        let servesConsole = configuration.console.isServed(boundTo: configuration.host)
                        if let supervisor {
                            var listing = RouteListing.text(for: loaded, baseURL: supervisor.baseURL)
                            if servesConsole { listing += "\n" + RouteListing.consoleLine(baseURL: supervisor.baseURL) }
                            say(ServerAnnouncement(port: address.port, paths: loaded.paths, listing: listing).line)
                            return
                        }
                        say(RouteListing.text(for: loaded, baseURL: address.baseURL))
                        if servesConsole { say(RouteListing.consoleLine(baseURL: address.baseURL)) }
                        if case .live = twilioOptions.twilio, twilioOptions.twilioURL == nil { say(twilioNote) }
                    },
                    onAPIServerRunning: { address in
                        say("Emulated Twilio API (Sync, Media, Verify, Lookups): \(address.baseURL) (\(twilioNote))")
                    },
                    onReloadSignal: { reload(reloadable, emulator: backend.emulator, registry: registry) }
                )
            } catch {
                throw fail(error.message)
            }
            try exportOnExit(backend.emulator)
        }

        /// Writes `--export-on-exit`'s file once the server has stopped.
        func exportOnExit(_ emulator: TwilioEmulator?) throws {
            guard let exportPath, let emulator else { return }
            do {
                let snapshot = try emulator.store.export(to: exportPath, clock: emulator.clock)
                say("Exported the emulated services' data to \(exportPath) (\(snapshot.summary))")
            } catch {
                throw fail(error.message)
            }
        }

        /// Rereads the project and answers the next requests with it; a project that does not load
        /// is reported, and the last good one keeps serving.
        func reload(_ reloadable: ReloadableProject, emulator: TwilioEmulator?, registry: FunctionRegistry) {
            let next: FunctionsProject
            do {
                next = try project.loadProject(registry: registry)
            } catch {
                FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
                say("reload failed; still serving the last good \(project.manifestPath), \(project.environmentPath) and \(project.assetsPath)")
                return
            }
            for reason in next.assets.skipped where !reloadable.project.assets.skipped.contains(reason) {
                FileHandle.standardError.write(Data("warning: \(reason)\n".utf8))
            }
            let changes = reloadable.replace(with: next)
            if changes.files.contains(next.environment.path) { TwilioOptions.update(emulator, from: next.environment) }
            say(changes.summary)
            if supervisor != nil { say(ServerAnnouncement(paths: next.paths).line) }
        }

        /// The supervising watch process's address, for a server it runs.
        var supervisor: (baseURL: String, port: Int)? {
            guard let supervisedBy, let components = URLComponents(string: supervisedBy), let port = components.port else { return nil }
            return (supervisedBy, port)
        }
    }
}

/// Prints a line now: standard output may be a pipe or a file, which would otherwise buffer it.
func say(_ line: String) {
    print(line)
    fflush(nil)
}

extension FunctionsProject {
    /// The URL paths it answers: Functions (private ones too) and assets, in listing order.
    var paths: [String] { routes.map(\.path) + assets.assets.map(\.path) }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

extension ConsoleAvailability: ExpressibleByArgument {}

extension ConcurrencyExecutor: ExpressibleByArgument {}
