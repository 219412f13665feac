import ArgumentParser
import FunctionsRuntime
import TwilioAPI
import TwilioEmulator
import TwilioWire

extension TwilioFunctionsCommand {
    /// `verify`: read what the emulated Verify service sent.
    struct VerifyCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Read the codes of the emulated Verify service's verifications.",
            discussion: "Works on the emulator's database (.twilio-functions/emulator.sqlite, or --database), beside a running server if there is one; --api-url asks a server's REST port instead.",
            subcommands: [Codes.self]
        )
    }
}

extension TwilioFunctionsCommand.VerifyCommand {
    struct Codes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the latest verifications, newest first: SID, to, channel, code, status, when started."
        )
        @Option(help: "Only verifications to this phone number (E.164) or email address.") var to: String?
        @Flag(help: "Only pending verifications, the ones a code can still approve.") var pending = false
        @OptionGroup var api: APIOptions

        func run() async throws {
            let client = try api.client()
            let environment = try api.environment()
            let authorization = EmulatorCredentials(environment: { environment[$0] }).authorizationHeader ?? ""
            let request = TwilioHTTPRequest(
                method: "GET", baseURL: client.endpoints.sync, path: "/_emulator/VerifyCodes",
                headers: [(name: "Authorization", value: authorization)]
            )
            let response = try await api.perform { try await client.transport.send(request) }
            guard response.status == 200, let entries = response.parsedJSON?["verifications"]?.arrayValue else {
                throw fail("the emulated API answered HTTP \(response.status) to \(request.path); is it this version's?")
            }
            let lines = Self.lines(entries, to: to, pendingOnly: pending)
            print(lines.isEmpty ? "No verifications\(to.map { " to \($0.terminalSafe)" } ?? "")." : lines.joined(separator: "\n"))
        }

        /// A line per verification, as `verify codes` prints them; text is escaped as `sync get`'s is.
        static func lines(_ entries: [JSONValue], to: String?, pendingOnly: Bool) -> [String] {
            entries.compactMap { entry in
                let field = { (name: String) in entry[name]?.stringValue ?? "?" }
                if let to, field("to") != to { return nil }
                if pendingOnly, field("status") != "pending" { return nil }
                return [field("sid"), field("to"), field("channel"), "code " + field("code"), field("status"), field("date_created")]
                    .map(\.terminalSafe).joined(separator: "  ")
            }
        }
    }
}
