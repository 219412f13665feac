import ArgumentParser
import Foundation
import FunctionsRuntime
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// Requests to a running server's emulated API, with the environment's credentials.
struct TriggerAPI {
    let apiURL: String
    let authorization: String
    let accountSid: String
    let transport = HTTPClientTransport(timeout: .seconds(20))

    init(apiURL: String, environmentPath: String) throws {
        let environment = try EnvironmentFile.loadForCommand(path: environmentPath)
        guard let authorization = EmulatorCredentials(environment: { environment[$0] }).authorizationHeader,
            let accountSid = environment["ACCOUNT_SID"], !accountSid.isEmpty
        else {
            throw fail("\(environment.path) needs ACCOUNT_SID and API_KEY/API_SECRET (or AUTH_TOKEN), which the emulated API accepts.")
        }
        self.apiURL = apiURL.hasSuffix("/") ? String(apiURL.dropLast()) : apiURL
        self.authorization = authorization
        self.accountSid = accountSid
    }

    /// The JSON answer of `path`.
    /// - Throws: one line: the server is not running, or Twilio's error message.
    func send(_ method: String, _ path: String, form: [(String, String)] = []) async throws -> JSONValue {
        let request = TwilioHTTPRequest(
            method: method, baseURL: apiURL, path: path, form: form,
            headers: [(name: "Authorization", value: authorization), (name: "Content-Type", value: "application/x-www-form-urlencoded")]
        )
        let response: TwilioHTTPResponse
        do {
            response = try await transport.send(request)
        } catch {
            throw fail("cannot reach the emulated Twilio API at \(apiURL): start `twilio-functions serve` first (or pass --api-url).")
        }
        let json = response.parsedJSON ?? (try? JSONParser.parse(response.body))
        guard (200..<300).contains(response.status), let json else {
            let message = json?["message"]?.stringValue ?? String(decoding: response.body, as: UTF8.self)
            throw fail("Twilio error \(json?["code"]?.intValue ?? response.status) (HTTP \(response.status)): \(message)")
        }
        return json
    }

    /// The account's first phone number.
    func firstNumber() async throws -> String {
        let numbers = try await send("GET", "/2010-04-01/Accounts/\(accountSid)/IncomingPhoneNumbers.json")
        guard let number = numbers["incoming_phone_numbers"]?[0]?["phone_number"]?.stringValue else {
            throw fail("the account has no phone numbers; add one to emulator-seed.json (incomingPhoneNumbers) or create one, then pass --to.")
        }
        return number
    }

    /// Waits (up to 5 s) until the messages `sids` have settled, and returns a line for each:
    /// its statuses and the status callbacks made.
    func settled(_ sids: [String]) async throws -> [String] {
        var messages: [JSONValue] = []
        for _ in 0..<20 {
            let recent = try await send("GET", "/_emulator/Messages")["messages"]?.arrayValue ?? []
            messages = recent.filter { sids.contains($0["sid"]?.stringValue ?? "") }
            if messages.allSatisfy({ !["queued", "accepted", "sending", "sent"].contains($0["status"]?.stringValue ?? "") }) { break }
            try await Task.sleep(for: .milliseconds(250))
        }
        return messages.reversed().map { message in
            let statuses = (message["history"]?.arrayValue ?? []).compactMap { $0["status"]?.stringValue }.joined(separator: " → ")
            let callbacks = (message["callbacks"]?.arrayValue ?? []).map { callback in
                "\(callback["status"]?.stringValue ?? "?") \(callback["response_status"]?.intValue.map(String.init) ?? callback["error"]?.stringValue ?? "?")"
            }
            let error = message["error_code"]?.intValue.map { " (error \($0))" } ?? ""
            let calls = callbacks.isEmpty ? "" : "; callbacks: " + callbacks.joined(separator: ", ")
            return "  \(message["sid"]?.stringValue ?? "?") to \((message["to"]?.stringValue ?? "?").terminalSafe): \(statuses)\(error)\(calls)".terminalSafe
        }
    }
}
