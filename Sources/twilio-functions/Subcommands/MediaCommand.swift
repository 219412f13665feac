import ArgumentParser
import TwilioAPI
import TwilioWire

extension TwilioFunctionsCommand {
    /// `media`: look at and create the emulated Live player streamers of a running server.
    struct MediaCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "media",
            abstract: "Create, list and read player streamers in the emulated services.",
            discussion: "Talks to the REST port of a running `twilio-functions serve` (default http://127.0.0.1:3001).",
            subcommands: [Create.self, List.self, Get.self, End.self]
        )
    }
}

extension TwilioFunctionsCommand.MediaCommand {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a player streamer and print it.")
        @Option(help: "The longest the stream may run, in seconds.") var maxDuration: Int?
        @OptionGroup var api: APIOptions

        func run() async throws {
            try await api.printResource { client in try await client.media.playerStreamer.create(maxDuration: maxDuration) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the player streamers, newest first.")
        @OptionGroup var api: APIOptions

        func run() async throws {
            let client = try api.client()
            let streamers = try await api.perform { try await client.media.playerStreamer.list() }
            if streamers.isEmpty { print("No player streamers.") }
            for streamer in streamers {
                print("\(streamer.sid.terminalSafe)  \(streamer.status?.rawValue.terminalSafe ?? "?")  created \(streamer.json["date_created"]?.stringValue?.terminalSafe ?? "?")")
            }
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a player streamer as Twilio returns it.")
        @Argument(help: "The streamer's SID (VJ...).") var sid: String
        @OptionGroup var api: APIOptions

        func run() async throws {
            try await api.printResource { client in try await client.media.playerStreamer(sid).fetch() }
        }
    }

    struct End: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End a player streamer (status ended).")
        @Argument(help: "The streamer's SID (VJ...).") var sid: String
        @OptionGroup var api: APIOptions

        func run() async throws {
            try await api.printResource { client in try await client.media.playerStreamer(sid).update(status: .ended) }
        }
    }
}
