import Foundation
import FunctionsServer
import Testing

/// One hostile input: the bytes a client sends and what the server must do about them.
struct HostileCase: Sendable, CustomTestStringConvertible {
    /// What the server must do.
    enum Expected: Sendable, CustomStringConvertible {
        /// One answer with this status.
        case status(Int)
        /// These answers, in order, on the one connection (pipelining).
        case statuses([Int])
        /// The connection is closed without any answer.
        case closedWithoutAnswer

        var description: String {
            switch self {
            case .status(let status): "\(status)"
            case .statuses(let statuses): "\(statuses)"
            case .closedWithoutAnswer: "closed without an answer"
            }
        }
    }

    let name: String
    let steps: [RawStep]
    let expected: Expected
    /// Text the (last) answer's body must hold, such as the part at fault.
    let bodyContains: String?
    /// Whether the server must also close the connection after its answer.
    let closes: Bool

    var testDescription: String { "\(name) → \(expected)" }

    init(_ name: String, _ steps: [RawStep], _ expected: Expected, bodyContains: String? = nil, closes: Bool = false) {
        self.name = name
        self.steps = steps
        self.expected = expected
        self.bodyContains = bodyContains
        self.closes = closes
    }

    /// A case that sends `text` in one write (`\n` is sent as CRLF unless `rawNewlines`).
    init(_ name: String, _ text: String, _ expected: Expected, bodyContains: String? = nil, closes: Bool = false) {
        self.init(name, [.send(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))], expected, bodyContains: bodyContains, closes: closes)
    }

    /// A case that sends `bytes` in one write.
    init(_ name: String, bytes: [UInt8], _ expected: Expected, bodyContains: String? = nil, closes: Bool = false) {
        self.init(name, [.send(bytes)], expected, bodyContains: bodyContains, closes: closes)
    }

    /// Whether the case ends only when the server's header timeout closes the connection.
    var waitsForTimeout: Bool {
        guard case .closedWithoutAnswer = expected else { return false }
        return !steps.contains {
            switch $0 {
            case .shutdownWrite, .reset: true
            case .send, .pause: false
            }
        }
    }

    /// The bytes the case sends.
    var size: Int {
        steps.reduce(0) { total, step in
            if case .send(let bytes) = step { return total + bytes.count }
            return total
        }
    }

    /// How many answers to wait for.
    var answerCount: Int {
        switch expected {
        case .status: 1
        case .statuses(let statuses): statuses.count
        case .closedWithoutAnswer: 0
        }
    }

    /// Runs the case against `client` and checks the outcome.
    func check(with client: RawHTTPClient, sourceLocation: SourceLocation = #_sourceLocation) async {
        let waitsForClose: Bool
        if case .closedWithoutAnswer = expected { waitsForClose = true } else { waitsForClose = closes }
        let exchange = await client.exchange(steps, responses: max(answerCount, 1), untilClosed: waitsForClose)
        switch expected {
        case .status(let status):
            #expect(exchange.statuses == [status], "\(name): \(exchange)", sourceLocation: sourceLocation)
        case .statuses(let statuses):
            #expect(exchange.statuses == statuses, "\(name): \(exchange)", sourceLocation: sourceLocation)
        case .closedWithoutAnswer:
            #expect(exchange.responses.isEmpty && exchange.closed, "\(name): \(exchange)", sourceLocation: sourceLocation)
        }
        if let bodyContains {
            let text = exchange.responses.last?.text ?? ""
            #expect(text.contains(bodyContains), "\(name): body \(text.prefix(300))", sourceLocation: sourceLocation)
        }
        if closes {
            #expect(exchange.closed, "\(name): the connection was left open", sourceLocation: sourceLocation)
            // Closed by the server's decision, not by its header timeout.
            #expect(exchange.elapsed < LiveServer.hostileConfiguration.headerTimeout, "\(name): closed only after \(exchange.elapsed)", sourceLocation: sourceLocation)
        }
    }
}

/// Request text builders.
enum Wire {
    /// `POST path` with `contentType` and `body`, Content-Length set to the body's length.
    static func post(_ path: String, contentType: String?, body: [UInt8]) -> [UInt8] {
        var head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        return Array(head.utf8) + body
    }

    static func post(_ path: String, contentType: String?, _ body: String) -> [UInt8] {
        post(path, contentType: contentType, body: Array(body.utf8))
    }

    static func form(_ body: String) -> [UInt8] {
        post("/echo", contentType: "application/x-www-form-urlencoded", body)
    }

    static func json(_ body: String) -> [UInt8] {
        post("/echo", contentType: "application/json", body)
    }

    /// `GET target` with extra header lines (each without CRLF).
    static func get(_ target: String, headers: [String] = []) -> [UInt8] {
        Array(("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8)
    }

    /// A GET of `target` whose request target holds `raw` bytes after `prefix`.
    static func get(prefix: String, raw: [UInt8], suffix: String = "") -> [UInt8] {
        Array("GET \(prefix)".utf8) + raw + Array("\(suffix) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
    }
}
