import ArgumentParser
import FunctionsHost
import FunctionsRuntime
import TwilioWire

extension TwilioFunctionsCommand {
    /// `sign`: makes the X-Twilio-Signature Twilio would send, to call a protected Function by hand.
    struct Sign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign a request to a protected Function and print a curl command that sends it.",
            discussion: """
                The signature is an HMAC of the URL and the POST parameters keyed with AUTH_TOKEN \
                from --env-file. With --json, the body's SHA-256 is added to the URL as bodySHA256 \
                and the URL alone is signed, as Twilio does for JSON webhooks.
                """
        )

        @Argument(help: "The full URL, as the client will call it (e.g. http://127.0.0.1:3000/voice?x=1).")
        var url: String

        @Option(name: [.customShort("d"), .customLong("param")], help: "A POST parameter name=value (repeatable).")
        var parameters: [String] = []

        @Option(help: "A JSON body to send instead of form parameters.")
        var json: String?

        @Option(name: .customLong("env-file"), help: "The file whose AUTH_TOKEN signs the request.")
        var environmentPath = "environment"

        func validate() throws {
            guard url.contains("://") else {
                throw ValidationError("\(url) is not a full URL; include the scheme and host, e.g. http://127.0.0.1:3000/path.")
            }
            if json != nil, !parameters.isEmpty {
                throw ValidationError("use either --param or --json, not both.")
            }
            _ = try pairs()
        }

        func pairs() throws -> [(String, String)] {
            try parameters.map { parameter in
                guard let equals = parameter.firstIndex(of: "=") else {
                    throw ValidationError("--param \(parameter) is not name=value.")
                }
                return (String(parameter[..<equals]), String(parameter[parameter.index(after: equals)...]))
            }
        }

        func run() throws {
            let environment = try EnvironmentFile.loadForCommand(path: environmentPath)
            guard let authToken = environment["AUTH_TOKEN"], !authToken.isEmpty else {
                throw fail("\(environmentPath) does not set AUTH_TOKEN, which signs requests to protected Functions.")
            }
            print(SignedRequest(url: url, parameters: try pairs(), json: json, authToken: authToken).text)
        }
    }
}

/// A signed request and the curl command that sends it.
struct SignedRequest {
    let url: String
    let signature: String
    let curl: String

    init(url: String, parameters: [(String, String)], json: String?, authToken: String) {
        let isPost = json != nil || !parameters.isEmpty
        let request = IncomingRequest(
            method: isPost ? "POST" : "GET",
            target: "/",
            form: json == nil && isPost ? parameters : nil,
            json: json.map { Array($0.utf8) },
            url: url
        ).signed(authToken: authToken)
        self.url = request.url
        signature = request.header("X-Twilio-Signature") ?? ""
        if let json {
            curl = "curl -X POST \(Self.quoted(self.url)) -H \(Self.quoted("X-Twilio-Signature: " + signature)) "
                + "-H 'Content-Type: application/json' --data-raw \(Self.quoted(json))"
        } else {
            var command = "curl \(parameters.isEmpty ? "" : "-X POST ")\(Self.quoted(url)) -H \(Self.quoted("X-Twilio-Signature: " + signature))"
            for (name, value) in parameters {
                command += " --data-urlencode \(Self.quoted(name + "=" + value))"
            }
            curl = command
        }
    }

    var text: String {
        "X-Twilio-Signature: \(signature)\n\(curl)"
    }

    /// Single-quoted for a POSIX shell.
    static func quoted(_ text: String) -> String {
        "'" + text.replacing("'", with: #"'\''"#) + "'"
    }
}
