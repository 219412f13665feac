import ArgumentParser
import TwilioAPI
import TwilioWire

extension TwilioFunctionsCommand.SyncCommand {
    /// `sync streams`: the service's Sync Streams, and publishing to them.
    struct Streams: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "streams",
            abstract: "Show, create and delete Sync Streams, and publish messages to them.",
            discussion: "Messages are published, not stored: the console's Sync panel shows them as they arrive.",
            subcommands: [Show.self, Create.self, Publish.self, Remove.self],
            defaultSubcommand: Show.self
        )
    }
}

extension TwilioFunctionsCommand.SyncCommand.Streams {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a line per stream of the service.")
        @OptionGroup var options: SyncOptions

        func run() async throws {
            let streams = try await options.perform { service in try await service.syncStreams.list() }
            let lines = streams.map { stream in SyncLines.object(sid: stream.sid, uniqueName: stream.uniqueName, expires: stream.dateExpires) }
            print(lines.isEmpty ? "No streams." : lines.joined(separator: "\n"))
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a stream and print it.")
        @Argument(help: "The stream's unique name.") var name: String
        @Option(help: "Seconds until the stream expires.") var ttl: Int?
        @OptionGroup var options: SyncOptions

        func run() async throws {
            try await options.printResource { service in try await service.syncStreams.create(uniqueName: name, ttl: ttl) }
        }
    }

    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Publish a message to a stream and print it.")
        @Argument(help: "The stream's unique name or SID.") var name: String
        @Argument(help: "The message, a JSON object of at most 4 KiB.") var data: String
        @OptionGroup var options: SyncOptions

        func validate() throws { _ = try SyncOptions.object(data) }

        func run() async throws {
            let object = try SyncOptions.object(data)
            try await options.printResource { service in try await service.syncStreams(name).streamMessages.create(data: object) }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a stream.")
        @Argument(help: "The stream's unique name or SID.") var name: String
        @OptionGroup var options: SyncOptions

        func run() async throws {
            try await options.perform { service in try await service.syncStreams(name).remove() }
            print("Deleted the stream \(name.terminalSafe).")
        }
    }
}
