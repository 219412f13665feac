import ArgumentParser
import Foundation
import FunctionsHost
import FunctionsRuntime
import Logging
import TwilioAccessToken
import TwilioAPI
import TwilioEmulator
import TwilioWire

extension TwilioFunctionsCommand {
    /// `invoke PATH`: one request through the server's request flow, without opening a port.
    struct Invoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run one Function as the server would, without opening a port, and print its answer.",
            discussion: """
                The request takes the server's path: manifest route and visibility, signature check, \
                event from query, form or JSON body, handler with a deadline. The method is GET \
                unless --json (POST) or --method says otherwise. --param values go into the query of \
                a GET and into a form body of a POST (into the query when --json is the body). \
                Prints HTTP <status>, the header lines, a blank line and the body. Exit status 0 for \
                2xx, 1 otherwise. Handlers use the same emulated Twilio data as serve (its \
                database, which a running server shares), or --in-memory.
                """
        )

        @Argument(help: "The Function's path, e.g. /token; a query may follow (/token?identity=alice).")
        var path: String

        @Option(name: [.customShort("X"), .long], help: "The HTTP method (default GET, or POST with --json).")
        var method: String?

        @Option(name: [.customShort("p"), .customLong("param")], help: "A parameter name=value (repeatable).")
        var parameters: [String] = []

        @Option(name: [.customShort("H"), .customLong("header")], help: "A header \"Name: value\" (repeatable).")
        var headers: [String] = []

        @Option(help: "A JSON body, sent as application/json.")
        var json: String?

        @Flag(help: "Add the X-Twilio-Signature Twilio would send, made with AUTH_TOKEN, for protected Functions.")
        var sign = false

        @Option(help: "The URL the request claims to be for, which --sign covers (default http://localhost:3000 + PATH + query).")
        var url: String?

        @Option(help: "Seconds the Function has to call back before the answer is a 504.")
        var timeout: Double = 10

        @OptionGroup var project: ProjectOptions

        @OptionGroup(title: "Twilio services") var twilioOptions: TwilioOptions

        func validate() throws {
            guard path.hasPrefix("/") else {
                throw ValidationError("\(path) is not a path; Function paths start with /, e.g. /token.")
            }
            if let method, method.isEmpty || !method.allSatisfy({ $0.isLetter }) {
                throw ValidationError("--method \(method) is not an HTTP method such as GET or POST.")
            }
            guard timeout >= 0.001, timeout <= 3600 else {
                throw ValidationError("--timeout \(timeout) must be at least 0.001 and at most 3600 seconds.")
            }
            if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
                throw ValidationError("--url \(url) must start with http:// or https://.")
            }
            _ = try pairs()
            _ = try headerLines()
        }

        func run() async throws {
            let invocation = try await invoke()
            print(invocation.text)
            if !invocation.succeeded { throw ExitCode.failure }
        }

        /// Loads the project, builds the services `serve` would use, and runs the request.
        func invoke() async throws -> Invocation {
            let loaded = try project.load()
            let connection = try twilioOptions.makeBackend(environment: loaded.environment, host: "127.0.0.1", serving: false).0.connection
            let request = try makeRequest(authToken: loaded.environment["AUTH_TOKEN"], environmentPath: loaded.environment.path)
            let logger = Logger(label: "twilio-functions") { label in TerminalLogHandler(label: label) }
            let pipeline = FunctionsPipeline(
                project: loaded,
                configuration: PipelineConfiguration(timeout: .seconds(timeout)),
                twilio: connection,
                logger: logger
            )
            let outcome = await pipeline.handle(request)
            if let failure = outcome.failure {
                // The detail the body leaves out, as the server's request line gives it.
                logger.error("\(outcome.result.status) \(request.method) \(request.path) — \(failure)")
            }
            return Invocation(result: outcome.result)
        }

        /// The request these options describe, signed when --sign is given.
        func makeRequest(authToken: String?, environmentPath: String) throws -> IncomingRequest {
            let method = method?.uppercased() ?? (json == nil ? "GET" : "POST")
            let parameters = try pairs()
            // --param goes into a POST's form body, or into the query beside a JSON body or of a GET.
            let isForm = json == nil && method == "POST"
            var request = IncomingRequest(
                method: method,
                target: path,
                query: isForm ? [] : parameters,
                form: isForm ? parameters : nil,
                json: json.map { Array($0.utf8) },
                headers: try headerLines()
            )
            request.url = url ?? "http://localhost:3000" + request.path + (request.query.map { "?" + $0 } ?? "")
            guard sign else { return request }
            guard let authToken, !authToken.isEmpty else {
                throw fail("--sign needs AUTH_TOKEN, which \(environmentPath) does not set.")
            }
            return request.signed(authToken: authToken)
        }

        func pairs() throws -> [(String, String)] {
            try parameters.map { parameter in
                guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                    throw ValidationError("--param \(parameter) is not name=value.")
                }
                return (String(parameter[..<equals]), String(parameter[parameter.index(after: equals)...]))
            }
        }

        func headerLines() throws -> HeaderList {
            HeaderList(try headers.map { header -> HeaderList.Element in
                guard let colon = header.firstIndex(of: ":"), colon != header.startIndex else {
                    throw ValidationError("--header \(header) is not \"Name: value\".")
                }
                let name = header[..<colon].trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, !name.contains(" ") else {
                    throw ValidationError("--header \(header) has no valid name before the colon.")
                }
                return (name, header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            })
        }
    }
}

/// What `invoke` prints: the status line, the header lines, a blank line and the body.
struct Invocation {
    let result: FunctionResult

    /// Whether the status is 2xx (exit status 0).
    var succeeded: Bool { (200..<300).contains(result.status) }

    var text: String {
        var lines = ["HTTP \(result.status)"]
        for (name, value) in result.headers { lines.append("\(name): \(value)") }
        lines.append("")
        lines.append(result.bodyText)
        return lines.joined(separator: "\n")
    }
}
