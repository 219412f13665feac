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
