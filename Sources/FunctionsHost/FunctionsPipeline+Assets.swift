import FunctionsRuntime
import TwilioWire

extension FunctionsPipeline {
    /// Answers a path no Function has: an asset, the `/` fallback page, or the 404.
    ///
    /// The lookup is exact on the paths found when the project loaded, so `..`, percent-encoded
    /// dots or doubled slashes in the request name no asset and nothing outside the assets folder
    /// is reachable; links out of the folder were dropped at load and are checked again at read.
    func assetOutcome(for request: IncomingRequest) -> FunctionOutcome {
        let path = request.path
        if let problem = RequestTarget.problem(query: request.query).map(redactor.redact) {
            return FunctionOutcome(result: .text(400, problem), failure: problem)
        }
        // Private assets get the unknown-path answer, not Twilio's local 403, so a client cannot
        // learn that they exist; production says only that they are "not accessible by URL".
        guard let asset = assets[path: path] ?? (path == "/" ? assets.rootFallback : nil), asset.visibility != .private else {
            return Self.notFound(redactor.redact(path))
        }
        // POST is let through too: Twilio fetches a static TwiML asset with the webhook's method.
        if let early = admission(of: request, visibility: asset.visibility, kind: "assets") {
            return early
        }
        do {
            let body = try asset.bytes()
            return FunctionOutcome(result: FunctionResult(status: 200, headers: [("Content-Type", asset.contentType)], body: body), failure: nil)
        } catch {
            // Gone or unreadable since start-up: to the client it is simply not there; the reason
            // goes to the request's log line.
            return FunctionOutcome(result: Self.notFound(redactor.redact(path)).result, failure: redactor.redact(error.message))
        }
    }

    /// The answer for a path nothing serves (and for private Functions and assets, which must look
    /// the same): Twilio's 404 text.
    static func notFound(_ path: String) -> FunctionOutcome {
        FunctionOutcome(result: .text(404, "Could not find requested resource \(path)"), failure: nil)
    }
}
