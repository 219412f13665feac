import ArgumentParser
import TwilioAPI
import TwilioWire

extension TwilioFunctionsCommand {
    /// `media`: look at and create the emulated Live player streamers of the emulator's database.
    struct MediaCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "media",
            abstract: "Create, list and read player streamers in the emulated services.",
            discussion: "Works on the emulator's database (.twilio-functions/emulator.sqlite, or --database), beside a running server if there is one; --api-url sends the requests to a server's REST port instead.",
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
