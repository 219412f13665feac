import FunctionsRuntime
import Synchronization
import Testing
import TwilioAPI
import TwilioWire

@Suite("context.getSync()")
struct GetSyncTests {
    /// Records each request and answers with a Sync Map.
    final class Recorder: TwilioTransport {
        private let sent = Mutex<[TwilioHTTPRequest]>([])

        var requests: [TwilioHTTPRequest] { sent.withLock { $0 } }

        func send(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse {
            sent.withLock { $0.append(request) }
            return TwilioHTTPResponse(status: 200, json: ["sid": "MP1", "unique_name": "players"])
        }
    }

    private let credentials = [("ACCOUNT_SID", "AC1"), ("AUTH_TOKEN", "token")]

    private func context(_ extra: [(String, String)] = [], transport: any TwilioTransport = Recorder()) -> FunctionContext {
        FunctionContext(
            environment: EnvironmentFile(path: "my.env", values: credentials + extra),
            twilio: TwilioConnection(endpoints: .local(), transport: transport)
        )
    }

    @Test(arguments: [
        (nil, nil, "default"),
        (nil, "", "default"),
        (nil, "ISconfigured", "ISconfigured"),
        ("ISgiven", nil, "ISgiven"),
        ("ISgiven", "ISconfigured", "ISgiven"),
        ("default", "ISconfigured", "default"),
        ("", "ISconfigured", "ISconfigured"),
    ] as [(String?, String?, String)])
    func theServiceIsTheNamedOneElseSyncServiceSidElseDefault(serviceName: String?, syncServiceSid: String?, expected: String) throws {
        let extra = syncServiceSid.map { [("SYNC_SERVICE_SID", $0)] } ?? []
        let service = try context(extra).getSync(serviceName: serviceName)
        #expect(service.sid == expected)
    }

    @Test func withoutAnArgumentItReadsSyncServiceSid() throws {
        #expect(try context([("SYNC_SERVICE_SID", "IS123")]).getSync().sid == "IS123")
        #expect(try context().getSync().sid == "default")
    }

    @Test func theServiceSendsThroughTheContextsConnectionAndCredentials() async throws {
        let recorder = Recorder()
        let map = try await context([("SYNC_SERVICE_SID", "IS123")], transport: recorder)
            .getSync()
            .syncMaps("players")
            .fetch()

        #expect(map.uniqueName == "players")
        let request = try #require(recorder.requests.first)
        #expect(recorder.requests.count == 1)
        #expect(request.url == "http://127.0.0.1:3001/v1/Services/IS123/Maps/players")
        // base64("AC1:token")
        #expect(request.header("Authorization") == "Basic QUMxOnRva2Vu")
    }

    @Test func withoutATwilioConnectionItSaysSo() {
        let context = FunctionContext(environment: EnvironmentFile(path: "my.env", values: credentials))
        #expect {
            _ = try context.getSync()
        } throws: { error in
            guard let error = error as? FunctionsError else { return false }
            return error.code == .missingEnvironmentValue && error.message.contains("no Twilio connection")
        }
    }

    @Test func withoutCredentialsItNamesTheMissingKeys() {
        let context = FunctionContext(
            environment: EnvironmentFile(path: "my.env", values: [("ACCOUNT_SID", "AC1"), ("SYNC_SERVICE_SID", "IS1")]),
            twilio: TwilioConnection(endpoints: .local(), transport: Recorder())
        )
        #expect {
            _ = try context.getSync()
        } throws: { error in
            guard let error = error as? FunctionsError else { return false }
            return error.code == .missingEnvironmentValue && error.message.contains("AUTH_TOKEN") && error.message.contains("my.env")
        }
    }
}
