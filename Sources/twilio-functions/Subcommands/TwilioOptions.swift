import ArgumentParser
import Foundation
import FunctionsRuntime
import FunctionsServer
import TwilioAPI
import TwilioEmulator

/// Where handlers' Twilio clients go: the local emulator (default) or Twilio itself.
enum TwilioMode: String, ExpressibleByArgument, CaseIterable {
    case emulated
    case live
}

/// The options of `serve` that set up the emulated (or live) Twilio services.
struct TwilioOptions: ParsableArguments {
    @Option(help: "emulated: handlers talk to local Sync and Media services (no account needed); live: to Twilio with the environment's credentials.")
    var twilio: TwilioMode = .emulated

    @Option(help: "The port of the emulated Twilio REST API, for SDKs and curl; 0 picks a free port.")
    var apiPort = 3001

    @Option(name: .customLong("state"), help: "The file that keeps the emulated services' data across restarts.")
    var statePath = ".twilio-functions/state.json"

    @Flag(help: "Keep the emulated services' data in memory only; nothing is read or written.")
    var inMemory = false

    @Option(name: .customLong("seed"), help: "Data loaded into the emulated services when their state is empty.")
    var seedPath = "emulator-seed.json"

    @Option(
        name: .customLong("twilio-url"),
        help: "Send the handlers' Twilio requests to the emulated API already served at this URL (e.g. another server's http://127.0.0.1:3001) instead of starting one."
    )
    var twilioURL: String?

    func validate() throws {
        guard (0...65_535).contains(apiPort) else {
            throw ValidationError("--api-port \(apiPort) is not a port number; use 0...65535.")
        }
        if let twilioURL, !(twilioURL.hasPrefix("http://") || twilioURL.hasPrefix("https://")) {
            throw ValidationError("--twilio-url \(twilioURL) must start with http:// or https://.")
        }
    }

    /// The backend these options describe, with the emulator's state opened, locked and seeded.
    /// - Returns: the backend and a line describing it for the start-up banner.
    func makeBackend(environment: EnvironmentFile, host: String) throws -> (TwilioBackend, String) {
        if let twilioURL {
            let connection = TwilioConnection(endpoints: .local(baseURL: twilioURL), transport: URLSessionTransport())
            return (.connection(connection), "Twilio: the emulated API at \(twilioURL)")
        }
        switch twilio {
        case .live:
            return (.live, "Twilio: live (requests go to Twilio with the credentials in \(environment.path))")
        case .emulated:
            guard let accountSid = environment["ACCOUNT_SID"], !accountSid.isEmpty else {
                throw fail("ACCOUNT_SID is not set in \(environment.path); the emulated services need it to own their resources.")
            }
            let store: EmulatorStore
            if inMemory {
                store = .inMemory()
            } else {
                try StateLock.acquire(for: statePath)
                do {
                    store = try EmulatorStore.file(at: statePath)
                } catch {
                    throw fail(error.message)
                }
            }
            var note = inMemory ? "in memory" : "state in \(statePath)"
            if let serviceSid = environment["SYNC_SERVICE_SID"], !serviceSid.isEmpty {
                do {
                    if FileManager.default.fileExists(atPath: seedPath),
                        try store.seed(from: seedPath, syncServiceSid: serviceSid, accountSid: accountSid)
                    {
                        note += ", seeded from \(seedPath)"
                    }
                    try store.ensureSyncService(serviceSid, accountSid: accountSid)
                } catch {
                    throw fail(error.message)
                }
            }
            let emulator = TwilioEmulator(
                credentials: Self.credentials(accountSid: accountSid, environment: environment),
                store: store,
                publicBaseURLs: .local("http://\(host.contains(":") ? "[\(host)]" : host):\(apiPort)")
            )
            return (.emulated(emulator), note)
        }
    }

    /// The credentials the emulated services accept: the environment's Account SID with its Auth
    /// Token, or its API key with its secret.
    static func credentials(accountSid: String, environment: EnvironmentFile) -> EmulatorCredentials {
        EmulatorCredentials(
            accountSid: accountSid,
            authToken: environment["AUTH_TOKEN"],
            apiKey: environment["API_KEY"],
            apiSecret: environment["API_SECRET"]
        )
    }

    /// After the environment file changed: the emulator accepts its new credentials, so handlers'
    /// clients (which use them from the next request on) are not refused. Resources keep the
    /// account that created them.
    static func update(_ emulator: TwilioEmulator?, from environment: EnvironmentFile) {
        guard let emulator, let accountSid = environment["ACCOUNT_SID"], !accountSid.isEmpty else { return }
        emulator.replaceCredentials(with: credentials(accountSid: accountSid, environment: environment))
    }
}
