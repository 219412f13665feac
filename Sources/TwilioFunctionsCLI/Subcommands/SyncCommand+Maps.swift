import ArgumentParser
import TwilioAPI
import TwilioWire

extension TwilioFunctionsCommand.SyncCommand {
    /// `sync maps`: the service's Sync Maps and their items.
    struct Maps: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "maps",
            abstract: "Show, create and delete Sync Maps, and read and change their items.",
            subcommands: [Show.self, Create.self, Items.self, Get.self, Set.self, Remove.self],
            defaultSubcommand: Show.self
        )
    }
}

extension TwilioFunctionsCommand.SyncCommand.Maps {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a line per map of the service.")
        @OptionGroup var options: SyncOptions

        func run() async throws {
            let maps = try await options.perform { service in try await service.syncMaps.list() }
            let lines = maps.map { map in SyncLines.object(sid: map.sid, uniqueName: map.uniqueName, expires: map.dateExpires) }
            print(lines.isEmpty ? "No maps." : lines.joined(separator: "\n"))
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a map and print it.")
        @Argument(help: "The map's unique name.") var name: String
        @Option(help: "Seconds until the map expires, with its items.") var ttl: Int?
        @OptionGroup var options: SyncOptions

        func run() async throws {
            try await options.printResource { service in try await service.syncMaps.create(uniqueName: name, collectionTtl: ttl) }
        }
    }

    struct Items: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a line per item of a map, in key order: key, revision and data.")
        @Argument(help: "The map's unique name or SID.") var name: String
        @Flag(help: "Reverse key order.") var descending = false
        @Option(help: "The key to start from.") var from: String?
        @Option(help: "The most items to print.") var limit: Int?
        @OptionGroup var options: SyncOptions

        func run() async throws {
            let items = try await options.perform { service in
                try await service.syncMaps(name).syncMapItems.list(order: descending ? .descending : .ascending, from: from, limit: limit)
            }
            let lines = items.map { SyncLines.item($0.key, revision: $0.revision, data: $0.data) }
            print(lines.isEmpty ? "No items in \(name.terminalSafe)." : lines.joined(separator: "\n"))
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a map item as Twilio returns it.")
        @Argument(help: "The map's unique name or SID.") var name: String
        @Argument(help: "The item's key.") var key: String
        @OptionGroup var options: SyncOptions

        func run() async throws {
            try await options.printResource { service in try await service.syncMaps(name).syncMapItems(key).fetch() }
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a map item, or replace its data if the key exists.")
        @Argument(help: "The map's unique name or SID.") var name: String
        @Argument(help: "The item's key.") var key: String
        @Argument(help: "The data, a JSON object.") var data: String
        @Option(help: "Seconds until the item expires.") var ttl: Int?
        @OptionGroup var options: SyncOptions

        func validate() throws { _ = try SyncOptions.object(data) }

        func run() async throws {
            let object = try SyncOptions.object(data)
            try await options.printResource { service in
                let items = service.syncMaps(name).syncMapItems
                do {
                    return try await items(key).update(data: object, itemTtl: ttl)
                } catch let error as TwilioAPIError where error.status == 404 {
                    return try await items.create(key: key, data: object, itemTtl: ttl)
                }
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a map item, or with no key the whole map.")
        @Argument(help: "The map's unique name or SID.") var name: String
        @Argument(help: "The item's key; leave it out to delete the map and its items.") var key: String?
        @OptionGroup var options: SyncOptions

        func run() async throws {
            try await options.perform { service in
                if let key { try await service.syncMaps(name).syncMapItems(key).remove() } else { try await service.syncMaps(name).remove() }
            }
            print(key.map { "Deleted \($0.terminalSafe) from \(name.terminalSafe)." } ?? "Deleted the map \(name.terminalSafe).")
        }
    }
}
