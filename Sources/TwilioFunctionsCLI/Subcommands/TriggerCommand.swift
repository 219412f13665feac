import ArgumentParser
import Foundation
import FunctionsRuntime
import TwilioAPI
import TwilioEmulator
import TwilioWire

extension TwilioFunctionsCommand {
    /// `trigger`: make the emulated Twilio call your Functions, as Twilio would.
    struct TriggerCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "trigger",
            abstract: "Send your Functions what Twilio would: an incoming text message or call.",
            discussion: "Talks to a running `twilio-functions serve` through its API port (--api-url, http://127.0.0.1:3001 by default): the server sends the webhook, signed with AUTH_TOKEN, to the number's SmsUrl or VoiceUrl (or PATH). A text's TwiML <Message>s go to the outbox; a call's TwiML is followed verb by verb.",
            subcommands: [SMS.self, Call.self]
        )
    }
}

extension TwilioFunctionsCommand.TriggerCommand {
    struct SMS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sms",
            abstract: "A text message arrives at one of the account's numbers; print the webhook, the answer and the replies' statuses."
        )
        @Option(help: "The number the message comes from (E.164).") var from: String
        @Option(help: "The account's number it arrives at; the first of its IncomingPhoneNumbers by default.") var to: String?
        @Option(help: "The text.") var body: String = ""
        @Option(name: .customLong("media-url"), help: "A media URL; repeat for more.") var mediaURLs: [String] = []
        @Argument(help: "A Function path (/sms) or URL to send the webhook to instead of the number's SmsUrl.") var path: String?
        @Flag(help: "Print the replies as queued instead of waiting the three seconds until they are delivered.") var noWait = false
        @Option(name: .customLong("api-url"), help: "The running server's emulated Twilio API.") var apiURL = "http://127.0.0.1:3001"
        @Option(name: .customLong("env-file"), help: "The file with the credentials the API accepts.") var environmentPath = "environment"

        func run() async throws {
            let api = try TriggerAPI(apiURL: apiURL, environmentPath: environmentPath)
            var parameters = [("From", from), ("Body", body)] + mediaURLs.map { ("MediaUrl", $0) }
            if let to { parameters.append(("To", to)) } else { parameters.append(("To", try await api.firstNumber())) }
            if let path { parameters.append(("Url", path)) }
            let answer = try await api.send("POST", "/_emulator/Trigger/Sms", form: parameters)
            for line in Self.lines(answer) { print(line) }
            let replies = (answer["replies"]?.arrayValue ?? []).compactMap { $0["sid"]?.stringValue }
            guard !replies.isEmpty, !noWait else { return }
            for line in try await api.settled(replies) { print(line) }
        }

        /// What `trigger sms` prints of the emulator's answer: the message, the webhook and its
        /// answer, the replies and any problem; text from elsewhere is escaped.
        static func lines(_ answer: JSONValue) -> [String] {
            var lines: [String] = []
            if let message = answer["message"] {
                let field = { (name: String) in message[name]?.stringValue?.terminalSafe ?? "?" }
                lines.append("→ \(field("sid")) from \(field("from")) to \(field("to")): \(JSONValue.string(field("body")).jsonString)")
            }
            if let webhook = answer["webhook"] {
                let target = "\(webhook["method"]?.stringValue ?? "POST") \(webhook["url"]?.stringValue?.terminalSafe ?? "?")"
                if let error = webhook["error"]?.stringValue {
                    lines.append("  \(target): not sent (\(error.terminalSafe))")
                } else {
                    lines.append("  \(target): \(webhook["status"]?.intValue.map(String.init) ?? "?") \(webhook["content_type"]?.stringValue?.terminalSafe ?? "")")
                    if let body = webhook["body"]?.stringValue, !body.isEmpty { lines.append("  " + body.terminalSafe) }
                }
            }
            for reply in answer["replies"]?.arrayValue ?? [] {
                let field = { (name: String) in reply[name]?.stringValue?.terminalSafe ?? "?" }
                lines.append("← \(field("sid")) to \(field("to")): \(JSONValue.string(field("body")).jsonString) (\(field("status")))")
            }
            if let problem = answer["problem"]?.stringValue { lines.append("problem: " + problem.terminalSafe) }
            return lines
        }
    }
}

extension TwilioFunctionsCommand.TriggerCommand {
    struct Call: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "call",
            abstract: "A call comes in to one of the account's numbers; print what its TwiML makes it do, step by step."
        )
        @Option(help: "The number the call comes from (E.164).") var from: String
        @Option(help: "The account's number it comes in to; the first of its IncomingPhoneNumbers by default.") var to: String?
        @Option(help: "What the caller presses at each <Gather>, in order: --digits 1 --digits 2, or --digits 1,2.") var digits: [String] = []
        @Argument(help: "A Function path (/voice) or URL to send the webhook to instead of the number's VoiceUrl.") var path: String?
        @Option(name: .customLong("api-url"), help: "The running server's emulated Twilio API.") var apiURL = "http://127.0.0.1:3001"
        @Option(name: .customLong("env-file"), help: "The file with the credentials the API accepts.") var environmentPath = "environment"

        func run() async throws {
            let api = try TriggerAPI(apiURL: apiURL, environmentPath: environmentPath)
            var parameters = [("From", from), ("Digits", digits.joined(separator: ","))]
            if let to { parameters.append(("To", to)) } else { parameters.append(("To", try await api.firstNumber())) }
            if let path { parameters.append(("Url", path)) }
            for line in Self.lines(try await api.send("POST", "/_emulator/Trigger/Call", form: parameters)) { print(line) }
        }

        /// What `trigger call` prints: the call, each step, how it ended; text from elsewhere is escaped.
        static func lines(_ answer: JSONValue) -> [String] {
            let call = answer["call"]
            let field = { (name: String) in call?[name]?.stringValue?.terminalSafe ?? "?" }
            var lines = ["→ \(field("sid")) from \(field("from")) to \(field("to"))"]
            for step in answer["steps"]?.arrayValue ?? [] {
                let value = { (name: String) in step[name]?.stringValue?.terminalSafe }
                switch value("verb") ?? "?" {
                case "request":
                    let outcome = step["status"]?.intValue.map(String.init) ?? value("error") ?? "?"
                    lines.append("  \(value("method") ?? "POST") \(value("url") ?? "?"): \(outcome)")
                case "Say": lines.append("  Say\(value("voice").map { " (\($0))" } ?? ""): \(value("text") ?? "")")
                case "Play": lines.append("  Play \(value("url") ?? value("text") ?? "")")
                case "Gather":
                    lines.append("  Gather → " + (value("digits").map { "pressed \($0), " } ?? "no input, ") + "action \(value("action") ?? "?")")
                case let verb:
                    let detail = [value("text"), value("to"), value("url"), value("length"), value("note")].compactMap { $0 }.joined(separator: " ")
                    lines.append("  \(verb)\(detail.isEmpty ? "" : " " + detail)")
                }
            }
            lines.append("  call \(field("status")), \(field("duration")) s")
            if let problem = answer["problem"]?.stringValue { lines.append("problem: " + problem.terminalSafe) }
            return lines
        }
    }
}

/// Requests to a running server's emulated API, with the environment's credentials.
struct TriggerAPI {
    let apiURL: String
    let authorization: String
    let accountSid: String
    let transport = URLSessionTransport(timeout: .seconds(20))

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
