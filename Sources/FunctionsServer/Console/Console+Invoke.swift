import Foundation
import FunctionsRuntime
import HTTPTypes
import Hummingbird
import TwilioAccessToken
import TwilioJSON

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
        let generation = live.generation
        let project = generation.project
        var incoming = IncomingRequest(
            method: invocation.method,
            path: invocation.path,
            query: invocation.query.isEmpty ? nil : FormEncoding.encode(invocation.query),
            headers: [("Host", host)] + invocation.headers.map { (name: $0.0, value: $0.1) },
            authority: host
        )
        if let form = invocation.form {
            incoming.body = Array(FormEncoding.encode(form).utf8)
            incoming.headers.append(("Content-Type", "application/x-www-form-urlencoded"))
        } else if let json = invocation.json {
            incoming.body = Array(json.utf8)
            incoming.headers.append(("Content-Type", "application/json"))
        }
        let signed = project.routes.first { $0.path == invocation.path }?.visibility == .protected
        if signed, let authToken = project.environment["AUTH_TOKEN"], !authToken.isEmpty {
            sign(&incoming, host: host, invocation: invocation, authToken: authToken)
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
        answer["headers"] = .array(outcome.result.headers.map { .array([.string($0.name), .string(redactor.redact($0.value))]) })
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

    /// Adds the X-Twilio-Signature Twilio would send: over the URL and the form parameters, or,
    /// for a JSON body, over the URL with the body's `bodySHA256`.
    private func sign(_ incoming: inout IncomingRequest, host: String, invocation: ConsoleInvocation, authToken: String) {
        if invocation.json != nil {
            let hash = "bodySHA256=" + RequestValidator.bodySHA256(incoming.body)
            incoming.query = incoming.query.map { $0 + "&" + hash } ?? hash
        }
        let base = configuration.publicBaseURL ?? "http://\(host)"
        let url = base + incoming.path + (incoming.query.map { "?" + $0 } ?? "")
        let validator = RequestValidator(authToken: authToken)
        let signature = invocation.json != nil ? validator.signature(url: url) : validator.signature(url: url, parameters: invocation.form ?? [])
        incoming.headers.append(("X-Twilio-Signature", signature))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}
