import ArgumentParser
import FunctionsRuntime
import TwilioAPI

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
