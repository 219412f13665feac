import ArgumentParser
import FunctionsRuntime
import TwilioAPI
import TwilioWire

/// The options of the `sync` subcommands: how to reach the emulated API, and which service's
/// documents to work on.
struct SyncOptions: ParsableArguments {
    @OptionGroup var api: APIOptions

    @Option(help: "The Sync service SID; defaults to SYNC_SERVICE_SID from the environment file.")
    var service: String?

    /// The service's documents, through a client for the running server's API.
    func documents() throws -> SyncDocumentList {
        try documents(of: try api.client())
    }

    /// Runs `call` on the service's documents and prints the document it returns as Twilio sent it.
    func printDocument(_ call: (SyncDocumentList) async throws -> SyncDocument) async throws {
        try await api.printResource { client in try await call(try documents(of: client)) }
    }

    private func documents(of client: TwilioClient) throws -> SyncDocumentList {
        client.sync.services(try serviceSid()).documents
    }

    /// Runs `call` on the service, through a client for the database or the running server's
    /// API, turning Twilio's errors into one line.
    func perform<Value>(_ call: (SyncServiceContext) async throws -> Value) async throws -> Value {
        let service = try api.client().sync.services(try serviceSid())
        return try await api.perform { try await call(service) }
    }

    /// Runs `call` on the service and prints the resource it returns as Twilio sent it.
    func printResource<Resource: TwilioResource>(_ call: (SyncServiceContext) async throws -> Resource) async throws {
        let resource = try await perform(call)
        print(resource.jsonValue.prettyJSONString)
    }

    /// A data argument: the text of a JSON object.
    /// - Throws: a `ValidationError` saying what is wrong with it.
    static func object(_ text: String) throws -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw ValidationError("the data is not valid JSON (\(error)).")
        }
        guard let object = value.objectValue else { throw ValidationError("the data must be a JSON object, e.g. '{\"key\": \"value\"}'.") }
        return object
    }

    /// `--service`, or else the environment file's SYNC_SERVICE_SID.
    private func serviceSid() throws -> String {
        if let service { return service }
        let environment = try api.environment()
        guard let sid = environment["SYNC_SERVICE_SID"], !sid.isEmpty else {
            throw fail("SYNC_SERVICE_SID is not set in \(environment.path); pass --service IS...")
        }
        return sid
    }
}
