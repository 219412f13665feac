import ArgumentParser
import Foundation
import TwilioAPI
import TwilioWire

extension TwilioFunctionsCommand.SyncCommand {
    /// `sync lists`: the service's Sync Lists and their items.
    struct Lists: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lists",
            abstract: "Show, create and delete Sync Lists, and read and change their items.",
            subcommands: [Show.self, Create.self, Items.self, Add.self, Update.self, Remove.self],
            defaultSubcommand: Show.self
        )
    }
}

extension TwilioFunctionsCommand.SyncCommand.Lists {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a line per list of the service.")
        @OptionGroup var options: SyncOptions

        func run() async throws {
            let lists = try await options.perform { service in try await service.syncLists.list() }
            let lines = lists.map { list in SyncLines.object(sid: list.sid, uniqueName: list.uniqueName, expires: list.dateExpires) }
            print(lines.isEmpty ? "No lists." : lines.joined(separator: "\n"))
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a list and print it.")
        @Argument(help: "The list's unique name.") var name: String
        @Option(help: "Seconds until the list expires, with its items.") var ttl: Int?
        @OptionGroup var options: SyncOptions

        func run() async throws {
            try await options.printResource { service in try await service.syncLists.create(uniqueName: name, collectionTtl: ttl) }
        }
    }

    struct Items: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a line per item of a list: index, revision and data.")
        @Argument(help: "The list's unique name or SID.") var name: String
        @Flag(help: "Newest first.") var descending = false
        @Option(help: "The index to start from.") var from: Int?
        @Option(help: "The most items to print.") var limit: Int?
        @OptionGroup var options: SyncOptions

        func run() async throws {
            let items = try await options.perform { service in
                try await service.syncLists(name).syncListItems.list(order: descending ? .descending : .ascending, from: from, limit: limit)
            }
            let lines = items.map { SyncLines.item(String($0.index), revision: $0.revision, data: $0.data) }
            print(lines.isEmpty ? "No items in \(name.terminalSafe)." : lines.joined(separator: "\n"))
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Append an item to a list and print it.")
        @Argument(help: "The list's unique name or SID.") var name: String
        @Argument(help: "The item's data, a JSON object.") var data: String
        @Option(help: "Seconds until the item expires.") var ttl: Int?
        @OptionGroup var options: SyncOptions

        func validate() throws { _ = try SyncOptions.object(data) }

        func run() async throws {
            let object = try SyncOptions.object(data)
            try await options.printResource { service in try await service.syncLists(name).syncListItems.create(data: object, itemTtl: ttl) }
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Replace the data of a list item and print it.")
        @Argument(help: "The list's unique name or SID.") var name: String
        @Argument(help: "The item's index.") var index: Int
        @Argument(help: "The new data, a JSON object.") var data: String
        @Option(name: .customLong("if-match"), help: "Change it only if its revision is still this one.") var ifMatch: String?
        @OptionGroup var options: SyncOptions

        func validate() throws { _ = try SyncOptions.object(data) }

        func run() async throws {
            let object = try SyncOptions.object(data)
            try await options.printResource { service in
                try await service.syncLists(name).syncListItems(index).update(data: object, ifMatch: ifMatch)
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a list item, or with no index the whole list.")
        @Argument(help: "The list's unique name or SID.") var name: String
        @Argument(help: "The item's index; leave it out to delete the list and its items.") var index: Int?
        @OptionGroup var options: SyncOptions

        func run() async throws {
            try await options.perform { service in
                if let index { try await service.syncLists(name).syncListItems(index).remove() } else { try await service.syncLists(name).remove() }
            }
            print(index.map { "Deleted item \($0) of \(name.terminalSafe)." } ?? "Deleted the list \(name.terminalSafe).")
        }
    }
}
