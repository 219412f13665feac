import Testing

/// `Expect: 100-continue`: the interim answer comes at once, so a client (curl, for bodies over
/// 1 MB) sends its body without waiting a second for it.
@Suite("Expect: 100-continue")
struct ExpectContinueTests {
    static let head = Array(
        "POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\nExpect: 100-continue\r\n\r\n"
            .utf8
    )

    @Test func theInterimAnswerComesBeforeTheBodyIsSent() async throws {
        let client = try await LiveServer.hostile.value
        // Without an interim answer the server would wait for the body until its header timeout
        // (20 s here); the deadline leaves room for a machine busy with the other suites.
        let waiting = await client.exchange([.send(Self.head)], responses: 1, timeout: .seconds(8))
        #expect(waiting.statuses == [100], "the server answered \(waiting.statuses), timed out: \(waiting.timedOut)")
    }

    @Test func theBodySentAfterItIsAnsweredAsUsual() async throws {
        let client = try await LiveServer.hostile.value
        let exchange = await client.exchange([.send(Self.head), .pause(milliseconds: 100), .send(Array("a=1&b=2".utf8))], responses: 2)
        #expect(exchange.statuses == [100, 200])
        #expect(exchange.responses.last?.text.contains(#""a":"1""#) == true)
    }

    @Test func aRequestWithoutExpectGetsNoInterimAnswer() async throws {
        let client = try await LiveServer.hostile.value
        let plain = Array("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\na=1".utf8)
        #expect(await client.exchange([.send(plain)]).statuses == [200])
    }
}
