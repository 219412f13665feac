import Foundation
import FunctionsHost
import FunctionsRuntime
import HTTPTypes
import Hummingbird
import TwilioAccessToken
import TwilioWire

extension Console {
    /// Runs a Function as the form describes, through the same pipeline as HTTP requests, and
    /// answers its status, headers, body, duration and the tokens in its body, decoded.
    /// Protected Functions are signed here with AUTH_TOKEN, which never reaches the page.
    func invoke(_ request: Request, host: String) async -> Response {
        var request = request
        let invocation: ConsoleInvocation
        do {
            let body = try await request.collectBody(upTo: 1024 * 1024)
            invocation = try ConsoleInvocation(body: Array(buffer: body))
        } catch let error as ConsoleInputError {
            return Self.error(.badRequest, error.message)
        } catch {
            return Self.error(.contentTooLarge, "The invoke request is larger than 1 MB.")
        }
        let generation = reloadable.generation
        let project = generation.project
        let signed = project.routes.first { $0.path == invocation.path }?.visibility == .protected
        var incoming = IncomingRequest(
            method: invocation.method,
            target: invocation.path,
            query: invocation.query,
            form: invocation.form,
            json: invocation.json.map { Array($0.utf8) },
            headers: HeaderList([(name: "Host", value: host)] + invocation.headers.map { (name: $0.0, value: $0.1) }),
            authority: host
        )
        if signed, let authToken = project.environment["AUTH_TOKEN"], !authToken.isEmpty {
            // Signed over the URL Twilio would call: the public URL when one is set.
            incoming.url = (configuration.publicBaseURL ?? "http://\(host)") + incoming.path + (incoming.query.map { "?" + $0 } ?? "")
            incoming = incoming.signed(authToken: authToken)
        }
        let start = ContinuousClock.now
        let outcome = await generation.pipeline.handle(incoming, domainName: domainName.value)
        let elapsed = Self.milliseconds(ContinuousClock.now - start)
        log.record(
            RequestLogEntry(
                time: Date().timeIntervalSince1970, method: incoming.method, path: incoming.path, query: incoming.query,
                result: outcome.result, durationMilliseconds: elapsed, event: outcome.event
            )
        )
        let redactor = generation.pipeline.redactor
        var answer = JSONObject()
        answer["status"] = .int(outcome.result.status)
        answer["headers"] = .array(outcome.result.headers.map { line -> JSONValue in .array([.string(line.name), .string(redactor.redact(line.value))]) })
        if let text = String(validating: outcome.result.body, as: UTF8.self) {
            answer["body"] = .string(redactor.redact(text))
            answer["bodyBase64"] = .null
        } else {
            answer["body"] = .null
            answer["bodyBase64"] = .string(Data(outcome.result.body).base64EncodedString())
        }
        answer["durationMs"] = .double((elapsed * 100).rounded() / 100)
        answer["signed"] = .bool(signed)
        let secret = project.environment["API_SECRET"]
        answer["tokens"] = .array(Self.tokens(in: outcome.result.body).compactMap { try? Self.decoded($0, secret: secret).get() })
        return Self.json(.ok, .object(answer))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
