import ArgumentParser
import TwilioAPI
import TwilioWire

extension TwilioFunctionsCommand {
    /// `sync`: look at and change the emulated Sync documents of the emulator's database.
    struct SyncCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: "Look at and change the emulated Sync service: documents, lists, maps and streams.",
            discussion: "`list`, `get`, `set` and `delete` work on documents; `lists`, `maps` and `streams` on the other Sync objects. Works on the emulator's database (.twilio-functions/emulator.sqlite, or --database), beside a running server if there is one; --api-url sends the requests to a server's REST port instead.",
            subcommands: [List.self, Get.self, Set.self, Delete.self, Lists.self, Maps.self, Streams.self]
        )
    }
}

extension TwilioFunctionsCommand.SyncCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the documents of the service.")
        @OptionGroup var options: SyncOptions

        func run() async throws {
            let documents = try options.documents()
            let listed = try await options.api.perform { try await documents.list() }
            for line in Self.lines(listed, serviceSid: documents.serviceSid) { print(line) }
        }

        /// What `sync list` prints: a line per document, with the SID, unique name and revision
        /// escaped as `sync get`'s JSON is, since they come from the service.
        static func lines(_ listed: [SyncDocument], serviceSid: String) -> [String] {
            guard !listed.isEmpty else { return ["No documents in \(serviceSid.terminalSafe)."] }
            return listed.map { document in
                let name = document.uniqueName?.terminalSafe ?? "-"
                let revision = document.revision?.terminalSafe ?? "?"
                return "\(document.sid.terminalSafe)  \(name)  revision \(revision)  \(JSONValue.object(document.data).jsonString.terminalSafe)"
            }
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a document as Twilio returns it.")
        @Argument(help: "The document's unique name or SID.") var name: String
        @OptionGroup var options: SyncOptions

        func run() async throws {
            try await options.printDocument { documents in try await documents(name).fetch() }
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a document, or replace its data if it exists.")
        @Argument(help: "The document's unique name (or SID, to update).") var name: String
        @Argument(help: "The data, a JSON object such as '{\"playerStreamerSid\": \"VJ...\"}'.") var data: String
        @Option(help: "Seconds until the document expires.") var ttl: Int?
        @OptionGroup var options: SyncOptions

        func validate() throws { _ = try parsedData() }

        func parsedData() throws -> JSONObject { try SyncOptions.object(data) }

        func run() async throws {
            try await options.printDocument { documents in
                let object = try parsedData()
                do {
                    return try await documents(name).update(data: object, ttl: ttl)
                } catch let error as TwilioAPIError where error.status == 404 {
                    return try await documents.create(uniqueName: name, data: object, ttl: ttl)
                }
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a document.")
        @Argument(help: "The document's unique name or SID.") var name: String
        @OptionGroup var options: SyncOptions

        func run() async throws {
            let documents = try options.documents()
            try await options.api.perform { try await documents(name).remove() }
            print("Deleted \(name) from \(documents.serviceSid).")
        }
    }
}
