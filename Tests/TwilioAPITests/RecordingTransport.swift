import Synchronization
import TwilioAPI
import TwilioWire

/// A transport that records every request and answers from a script: canned responses in order,
/// or a closure that routes on the request.
final class RecordingTransport: TwilioTransport {
    private struct State {
        var requests: [TwilioHTTPRequest] = []
        var canned: [Result<TwilioHTTPResponse, any Error>] = []
    }

    private let state = Mutex(State())
    private let responder: (@Sendable (TwilioHTTPRequest) throws -> TwilioHTTPResponse)?

    /// Answers with `responses` in order, then with a 500 that names the missing script entry.
    init(_ responses: TwilioHTTPResponse...) {
        responder = nil
        state.withLock { $0.canned = responses.map { .success($0) } }
    }

    /// Throws `error` for every request, as a transport without a response does.
    init(throwing error: any Error) {
        responder = { _ in throw error }
    }

    /// Answers with whatever `respond` returns for each request.
    init(_ respond: @escaping @Sendable (TwilioHTTPRequest) throws -> TwilioHTTPResponse) {
        responder = respond
    }

    func send(_ request: TwilioHTTPRequest) async throws -> TwilioHTTPResponse {
        let next: Result<TwilioHTTPResponse, any Error>? = state.withLock { state in
            state.requests.append(request)
            return state.canned.isEmpty ? nil : state.canned.removeFirst()
        }
        if let next { return try next.get() }
        if let responder { return try responder(request) }
        return TwilioHTTPResponse(status: 500, body: Array("no scripted response for \(request)".utf8))
    }

    /// Every request sent so far, in order.
    var requests: [TwilioHTTPRequest] { state.withLock { $0.requests } }

    /// The only request sent; `nil` unless exactly one was.
    var onlyRequest: TwilioHTTPRequest? {
        let requests = requests
        return requests.count == 1 ? requests[0] : nil
    }
}

extension TwilioHTTPResponse {
    /// A JSON response whose body is exactly `text`.
    static func json(_ status: Int, _ text: String) -> TwilioHTTPResponse {
        TwilioHTTPResponse(status: status, headers: [(name: "Content-Type", value: "application/json")], body: Array(text.utf8))
    }
}

extension TwilioHTTPRequest {
    /// The form body as text.
    var bodyText: String { String(decoding: body, as: UTF8.self) }
}
