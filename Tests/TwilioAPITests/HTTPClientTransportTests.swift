import AsyncHTTPClient
import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("HTTPClientTransport on loopback")
struct HTTPClientTransportTests {
    private func response(_ status: String, headers: [String] = [], body: String) -> String {
        let head = ["HTTP/1.1 \(status)", "Content-Length: \(body.utf8.count)", "Connection: close"] + headers
        return head.joined(separator: "\r\n") + "\r\n\r\n" + body
    }

    @Test func sendsTheBuiltRequestAndDecodesTheResponse() async throws {
        let server = try LoopbackHTTPServer()
        let answer = response("201 Created", headers: ["Content-Type: application/json"], body: Fixtures.playbackGrant())
        async let received = server.serveOne(answer)
        let client = Fixtures.client(HTTPClientTransport(timeout: .seconds(30)), endpoints: server.endpoints)

        let grant = try await client.media.playerStreamer(Fixtures.playerStreamerSid).playbackGrant().create(ttl: 60)

        let request = try await received
        #expect(request.requestLine == "POST /v1/PlayerStreamers/\(Fixtures.playerStreamerSid)/PlaybackGrant HTTP/1.1")
        #expect(request.header("Authorization") == Fixtures.apiKeyAuthorization)
        #expect(request.header("Accept") == "application/json")
        #expect(request.header("Accept-Charset") == "utf-8")
        #expect(request.header("User-Agent") == "twilio-functions-swift/0.1")
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(String(decoding: request.body, as: UTF8.self) == "Ttl=60")
        #expect(JSONValue.object(grant.grant).jsonString == Fixtures.grant)
    }

    @Test func aGivenClientIsKeptAndTheDefaultIsTheSharedOne() async throws {
        let own = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
        #expect(HTTPClientTransport(client: own).client === own)
        #expect(HTTPClientTransport().client === HTTPClientTransport.defaultClient)
        try await own.shutdown()
    }

    @Test func errorStatusesComeBackAsResponses() async throws {
        let server = try LoopbackHTTPServer()
        let answer404 = response("404 Not Found", headers: ["Content-Type: application/json"], body: Fixtures.notFound)
        async let received = server.serveOne(answer404)
        let url = "http://127.0.0.1:\(server.port)/v1/Services/\(Fixtures.serviceSid)/Documents/foo%20bar"
        let request = TwilioHTTPRequest(method: "GET", baseURL: "http://127.0.0.1:\(server.port)",
                                        path: "/v1/Services/\(Fixtures.serviceSid)/Documents/foo%20bar")

        let answer = try await HTTPClientTransport().send(request)

        #expect(try await received.requestLine == "GET /v1/Services/\(Fixtures.serviceSid)/Documents/foo%20bar HTTP/1.1")
        #expect(answer.status == 404)
        #expect(answer.header("content-type") == "application/json")
        #expect(try JSONParser.parse(answer.body)["code"] == 20404)
        #expect(request.url == url)
    }

    @Test func redirectsAreNotFollowed() async throws {
        let server = try LoopbackHTTPServer()
        async let received = server.serveOne(response("302 Found", headers: ["Location: http://127.0.0.1:1/elsewhere"], body: ""))
        let client = Fixtures.client(HTTPClientTransport(timeout: .seconds(30)), endpoints: server.endpoints)

        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await client.sync.services(Fixtures.serviceSid).documents("streaming_info").fetch()
        }
        _ = try await received
        #expect(error.kind == .rest)
        #expect(error.status == 302)
    }

    @Test func aClosedPortIsATransportError() async throws {
        let closed = try LoopbackHTTPServer(listening: false)
        let base = "http://127.0.0.1:\(closed.port)"
        let client = Fixtures.client(HTTPClientTransport(timeout: .seconds(5)), endpoints: .local(baseURL: base))

        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await client.sync.services(Fixtures.serviceSid).documents("streaming_info").fetch()
        }
        let url = "\(base)/v1/Services/\(Fixtures.serviceSid)/Documents/streaming_info"
        #expect(error.kind == .transport)
        #expect(error.status == 0)
        #expect(error.url == url)
        #expect(error.message.hasPrefix("could not reach \(url): "))
        #expect(error.description.contains(url))
        #expect(!error.description.contains(Fixtures.apiSecret))
    }

    @Test func aSilentServerTimesOut() async throws {
        let server = try LoopbackHTTPServer()
        async let received = server.serveOne(nil)
        let client = Fixtures.client(HTTPClientTransport(timeout: .seconds(1)), endpoints: server.endpoints)

        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await client.sync.services(Fixtures.serviceSid).documents("streaming_info").fetch()
        }
        _ = try await received
        #expect(error.kind == .transport)
        #expect(error.status == 0)
        #expect(error.message.contains("timed out after 1"))
    }

    @Test func aBodyOverTheLimitIsATransportErrorNotAPartialAnswer() async throws {
        let server = try LoopbackHTTPServer()
        async let received = server.serveOne(response("200 OK", headers: ["Content-Type: application/json"], body: Fixtures.notFound))
        let request = TwilioHTTPRequest(method: "GET", baseURL: "http://127.0.0.1:\(server.port)", path: "/v1/Services")

        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await HTTPClientTransport(timeout: .seconds(10), maxResponseSize: 16).send(request)
        }
        _ = try? await received
        #expect(error.kind == .transport)
        #expect(error.message == "could not reach http://127.0.0.1:\(server.port)/v1/Services: the response body is over 16 bytes")
    }

    @Test func anInvalidURLIsRefused() async throws {
        let request = TwilioHTTPRequest(method: "GET", baseURL: "not a url", path: "/v1/x")
        let error = try await #require(throws: TwilioAPIError.self) {
            _ = try await HTTPClientTransport().send(request)
        }
        #expect(error.kind == .invalidRequest)
        #expect(error.message.contains("not a url"))
    }
}
