import ArgumentParser
import FunctionsRuntime
import TwilioAPI
import TwilioWire

/// How the `sync` and `media` commands reach the emulated services: through a running server's
/// REST port, with the environment's credentials, exactly as an SDK would.
struct APIOptions: ParsableArguments {
    @Option(name: .customLong("api-url"), help: "The emulated Twilio API of a running `twilio-functions serve`.")
    var apiURL = "http://127.0.0.1:3001"

    @Option(name: .customLong("env-file"), help: "The file with ACCOUNT_SID, API_KEY and API_SECRET (and SYNC_SERVICE_SID).")
    var environmentPath = "environment"

    func environment() throws -> EnvironmentFile {
        do {
            return try EnvironmentFile.load(path: environmentPath)
        } catch {
            throw fail(error.message)
        }
    }

    /// A client for the running server's API port, with the environment file's credentials.
    func client() throws -> TwilioClient {
        let environment = try environment()
        let values = try ["ACCOUNT_SID", "API_KEY", "API_SECRET"].map { key in
            guard let value = environment[key], !value.isEmpty else {
                throw fail("\(key) is not set in \(environment.path); the emulated API authenticates with API_KEY and API_SECRET.")
            }
            return value
        }
        return TwilioClient(
            credentials: .apiKey(values[1], secret: values[2], accountSid: values[0]),
            endpoints: .local(baseURL: apiURL.hasSuffix("/") ? String(apiURL.dropLast()) : apiURL),
            transport: URLSessionTransport(timeout: .seconds(10))
        )
    }

    /// Runs a call, turning a failure into one line: a server that is not running says so.
    func perform<Value>(_ call: () async throws -> Value) async throws -> Value {
        do {
            return try await call()
        } catch let error as TwilioAPIError where error.kind == .transport {
            throw fail("cannot reach the emulated Twilio API at \(apiURL). Start `twilio-functions serve` first, or pass --api-url.")
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
