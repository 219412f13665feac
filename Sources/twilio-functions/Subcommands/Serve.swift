import ArgumentParser
import Functions
import FunctionsRuntime
import FunctionsServer
import Foundation
import Logging

extension TwilioFunctionsCommand {
    /// `serve`: the local Functions server.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the Functions listed in the manifest over HTTP.",
            discussion: """
                Reads functions.json, environment and the assets folder from the current folder, then \
                answers each manifest path and each asset's path on http://127.0.0.1:3000. Stop it with \
                Ctrl-C.
                """
        )

        @OptionGroup var project: ProjectOptions

        @OptionGroup(title: "Twilio services") var twilioOptions: TwilioOptions

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
        }

        /// The server configuration these options describe.
        var serverConfiguration: ServerConfiguration {
            limits.applied(
                to: ServerConfiguration(
                    host: host,
                    port: port,
                    apiPort: twilioOptions.apiPort,
                    timeout: .seconds(timeout),
                    publicBaseURL: publicURL
                )
            )
        }

        func run() async throws {
            let loaded = try project.load()
            // Before binding, so the warnings show even when the port is taken.
            for reason in loaded.assets.skipped {
                FileHandle.standardError.write(Data("warning: \(reason)\n".utf8))
            }
            let configuration = serverConfiguration
            let (backend, twilioNote) = try twilioOptions.makeBackend(environment: loaded.environment, host: host)
            var logger = Logger(label: "twilio-functions") { label in ConsoleLogHandler(label: label) }
            logger.logLevel = logLevel
            do {
                try await runServer(
                    project: loaded,
                    configuration: configuration,
                    twilio: backend,
                    logger: logger,
                    onServerRunning: { address in
                        print(RouteListing.text(for: loaded, baseURL: address.baseURL))
                        if case .live = twilioOptions.twilio { print(twilioNote) }
                        // Flushed now: standard output may be a pipe or a file, which buffers.
                        fflush(nil)
                    },
                    onAPIServerRunning: { address in
                        print("Emulated Twilio API (Sync, Media): \(address.baseURL) (\(twilioNote))")
                        fflush(nil)
                    }
                )
            } catch {
                throw fail(error.message)
            }
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
