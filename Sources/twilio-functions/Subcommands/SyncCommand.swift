import ArgumentParser
import FunctionsRuntime
import TwilioAPI
import TwilioJSON

extension TwilioFunctionsCommand {
    /// `sync`: look at and change the emulated Sync documents of a running server.
    struct SyncCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: "List, read, write and delete Sync documents in the emulated services.",
            discussion: "Talks to the REST port of a running `twilio-functions serve` (default http://127.0.0.1:3001).",
            subcommands: [List.self, Get.self, Set.self, Delete.self]
        )
    }
}

/// The service option shared by the `sync` subcommands.
struct SyncServiceOption: ParsableArguments {
    @Option(help: "The Sync service SID; defaults to SYNC_SERVICE_SID from the environment file.")
    var service: String?

    func resolve(_ api: APIOptions) throws -> String {
        if let service { return service }
        let environment = try api.environment()
        guard let sid = environment["SYNC_SERVICE_SID"], !sid.isEmpty else {
            throw fail("SYNC_SERVICE_SID is not set in \(environment.path); pass --service IS...")
        }
        return sid
    }
}

extension TwilioFunctionsCommand.SyncCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the documents of the service.")
        @OptionGroup var api: APIOptions
        @OptionGroup var service: SyncServiceOption

        func run() async throws {
            let client = try api.client(try api.environment())
            let serviceSid = try service.resolve(api)
            let documents = try await api.perform { try await client.sync.services(serviceSid).documents.list() }
            if documents.isEmpty { print("No documents in \(serviceSid).") }
            for document in documents {
                print("\(document.sid)  \(document.uniqueName ?? "-")  revision \(document.revision ?? "?")  \(JSONValue.object(document.data).jsonString)")
            }
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a document as Twilio returns it.")
        @Argument(help: "The document's unique name or SID.") var name: String
        @OptionGroup var api: APIOptions
        @OptionGroup var service: SyncServiceOption

        func run() async throws {
            let client = try api.client(try api.environment())
            let serviceSid = try service.resolve(api)
            let document = try await api.perform { try await client.sync.services(serviceSid).documents(name).fetch() }
            print(JSONValue.object(document.json).prettyJSONString)
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a document, or replace its data if it exists.")
        @Argument(help: "The document's unique name (or SID, to update).") var name: String
        @Argument(help: "The data, a JSON object such as '{\"playerStreamerSid\": \"VJ...\"}'.") var data: String
        @Option(help: "Seconds until the document expires.") var ttl: Int?
        @OptionGroup var api: APIOptions
        @OptionGroup var service: SyncServiceOption

        func validate() throws { _ = try parsedData() }

        func parsedData() throws -> JSONObject {
            let value: JSONValue
            do {
                value = try JSONParser.parse(data)
            } catch {
                throw ValidationError("the data is not valid JSON (\(error)).")
            }
            guard let object = value.objectValue else { throw ValidationError("the data must be a JSON object, e.g. '{\"key\": \"value\"}'.") }
            return object
        }

        func run() async throws {
            let client = try api.client(try api.environment())
            let serviceSid = try service.resolve(api)
            let object = try parsedData()
            let documents = client.sync.services(serviceSid).documents
            let document = try await api.perform { () async throws -> SyncDocument in
                do {
                    return try await documents(name).update(data: object, ttl: ttl)
                } catch let error as TwilioAPIError where error.status == 404 {
                    return try await documents.create(uniqueName: name, data: object, ttl: ttl)
                }
            }
            print(JSONValue.object(document.json).prettyJSONString)
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a document.")
        @Argument(help: "The document's unique name or SID.") var name: String
        @OptionGroup var api: APIOptions
        @OptionGroup var service: SyncServiceOption

        func run() async throws {
            let client = try api.client(try api.environment())
            let serviceSid = try service.resolve(api)
            try await api.perform { try await client.sync.services(serviceSid).documents(name).remove() }
            print("Deleted \(name) from \(serviceSid).")
        }
    }
}
