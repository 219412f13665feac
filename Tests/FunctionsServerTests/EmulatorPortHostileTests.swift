import Foundation
import FunctionsServer
import HummingbirdTesting
import Testing
import TwilioEmulator
import TwilioWire

/// The emulated API port against raw, broken HTTP: a body it cannot read is a 400 naming the
/// fault (413 only for a body over the limit), and a request without credentials is refused
/// before its body is read.
@Suite("Hostile input on the emulated API port")
struct EmulatorPortHostileTests {
    static let authorization = "Authorization: " + EmulatorCredentials.basic(username: Fake.apiKey, password: Fake.apiSecret) + "\r\n"

    /// Runs `body` with a raw client of a live API port.
    func withAPIPort(maxBodySize: Int = 1024, _ body: @Sendable (RawHTTPClient) async throws -> Void) async throws {
        let twilio = try EmulatedTwilio()
        let app = buildEmulatorApplication(emulator: twilio.emulator, configuration: ServerConfiguration(apiPort: 0, maxBodySize: maxBodySize))
        try await app.test(.live) { client in
            try await body(RawHTTPClient(port: try #require(client.port)))
        }
    }

    static func post(_ headers: String, _ body: String) -> [UInt8] {
        Array("POST /v1/PlayerStreamers HTTP/1.1\r\nHost: 127.0.0.1\r\n\(authorization)\(headers)\r\n\(body)".utf8)
    }

    @Test(arguments: [
        ("Transfer-Encoding: chunked\r\n", "zz\r\nVideo=true\r\n0\r\n\r\n", "invalid chunk size"),
        ("Transfer-Encoding: chunked\r\n", "FFFFFFFFFFFFFFFFFFFF\r\nVideo=true\r\n0\r\n\r\n", "chunk"),
    ])
    func aBrokenChunkIs400NamingTheFault(headers: String, body: String, fault: String) async throws {
        try await withAPIPort { client in
            let exchange = await client.exchange([.send(Self.post(headers, body))], timeout: .seconds(10))
            let response = try #require(exchange.responses.first, "no answer; closed: \(exchange.closed), timed out: \(exchange.timedOut)")
            #expect(response.status == 400, "\(response.text)")
            #expect(response.text.contains(fault), "\(response.text)")
            #expect(try JSONParser.parse(response.body)["code"] == 20001)
        }
    }

    @Test func aBodyShorterThanItsLengthIs400() async throws {
        try await withAPIPort { client in
            let exchange = await client.exchange(
                [.send(Self.post("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 50\r\n", "Video=true")), .shutdownWrite],
                timeout: .seconds(10)
            )
            let response = try #require(exchange.responses.first, "no answer; closed: \(exchange.closed)")
            #expect(response.status == 400, "\(response.text)")
            #expect(response.text.contains("could not be read"))
        }
    }

    @Test func aBodyOverTheLimitIsStill413() async throws {
        try await withAPIPort(maxBodySize: 64) { client in
            let body = "Video=true&StatusCallback=" + String(repeating: "x", count: 200)
            let exchange = await client.exchange(
                [.send(Self.post("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n", body))]
            )
            #expect(exchange.statuses == [413])
        }
    }

    @Test func noCredentialsIs401WithoutWaitingForTheBody() async throws {
        try await withAPIPort { client in
            let head = "POST /v1/PlayerStreamers HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n"
            let exchange = await client.exchange([.send(Array(head.utf8))], timeout: .seconds(8))
            #expect(exchange.statuses == [401], "timed out: \(exchange.timedOut)")
            #expect(exchange.responses.first?.header("WWW-Authenticate") == #"Basic realm="Twilio API""#)
        }
    }
}
