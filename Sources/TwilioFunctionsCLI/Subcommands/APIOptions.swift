import ArgumentParser
import FunctionsHost
import FunctionsRuntime
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// How the `sync` and `media` commands reach the emulated services: the emulator's database,
/// opened in this process (beside a running server, if any), or with `--api-url` a server's REST
/// port. Either way requests carry the environment's credentials and take the API's route, exactly
/// as an SDK's would.
struct APIOptions: ParsableArguments {
    @Option(name: .customLong("api-url"), help: "Use the emulated Twilio API served at this URL (e.g. http://127.0.0.1:3001) instead of the database.")
    var apiURL: String?

    @OptionGroup var data: EmulatorDataOptions

    @Option(name: .customLong("env-file"), help: "The file with ACCOUNT_SID, API_KEY and API_SECRET (and SYNC_SERVICE_SID).")
    var environmentPath = "environment"

    func environment() throws -> EnvironmentFile {
        try EnvironmentFile.loadForCommand(path: environmentPath)
    }

    /// A client for the database (or the API at `--api-url`), with the environment file's credentials.
    func client() throws -> TwilioClient {
        let environment = try environment()
        let values = try ["ACCOUNT_SID", "API_KEY", "API_SECRET"].map { key in
            guard let value = environment[key], !value.isEmpty else {
                throw fail("\(key) is not set in \(environment.path); the emulated API authenticates with API_KEY and API_SECRET.")
            }
            return value
        }
        let credentials = TwilioCredentials.apiKey(values[1], secret: values[2], accountSid: values[0])
        guard let apiURL else {
            do {
                let emulator = try data.setup(environment: environment, serving: false).makeEmulator().emulator
                return TwilioClient(credentials: credentials, transport: EmulatorTransport(emulator))
            } catch {
                throw fail(error.message)
            }
        }
        return TwilioClient(
            credentials: credentials,
            endpoints: .local(baseURL: apiURL.hasSuffix("/") ? String(apiURL.dropLast()) : apiURL),
            transport: HTTPClientTransport(timeout: .seconds(10))
        )
    }

    /// Runs a call, turning a failure into one line: a server that is not running says so.
    func perform<Value>(_ call: () async throws -> Value) async throws -> Value {
        do {
            return try await call()
        } catch let error as TwilioAPIError where error.kind == .transport {
            throw fail("cannot reach the emulated Twilio API at \(apiURL ?? "?"). Start `twilio-functions serve` first, or leave out --api-url to use the database.")
        } catch let error as TwilioAPIError {
            throw fail("Twilio error \(error.code) (HTTP \(error.status)): \(error.message)")
        }
    }

    /// Runs `call` with a ``client()`` as ``perform(_:)`` does, and prints the resource it returns
    /// as Twilio sent it.
    func printResource<Resource: TwilioResource>(_ call: (TwilioClient) async throws -> Resource) async throws {
        let client = try client()
        let resource = try await perform { try await call(client) }
        print(resource.jsonValue.prettyJSONString)
    }
}
