import FunctionsRuntime
import FunctionsServer
import Testing
import TwilioWire

@Suite("The console's request log")
struct ConsoleRequestLogTests {
    static func entry(_ path: String, body: [UInt8] = Array("ok".utf8), event: FunctionEvent? = nil) -> RequestLogEntry {
        RequestLogEntry(
            time: 1_700_000_000.5, method: "GET", path: path, query: "a=1",
            result: FunctionResult(status: 200, headers: [("Content-Type", "text/plain")], body: body),
            durationMilliseconds: 1.234, event: event
        )
    }

    @Test("a subscriber gets the kept entries, then new ones; ids count up; old entries fall off")
    func keepsAndStreams() async throws {
        let log = RequestLog(capacity: 3)
        for index in 1...4 { log.record(Self.entry("/\(index)")) }
        #expect(log.recent.map(\.path) == ["/2", "/3", "/4"])
        #expect(log.recent.map(\.id) == [2, 3, 4])
        var iterator = log.subscribe().makeAsyncIterator()
        #expect(log.subscriberCount == 1)
        for expected in ["/2", "/3", "/4"] { #expect(await iterator.next()?.path == expected) }
        log.record(Self.entry("/5"))
        #expect(await iterator.next()?.id == 5)
    }

    @Test("it is observed only while a subscriber's stream lives")
    func observedWhileSubscribed() async throws {
        let log = RequestLog()
        #expect(!log.isObserved)
        var stream: AsyncStream<RequestLogEntry>? = log.subscribe()
        #expect(log.isObserved)
        _ = stream
        stream = nil
        let deadline = ContinuousClock.now + .seconds(10)
        while log.isObserved, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(!log.isObserved)
        #expect(log.subscriberCount == 0)
    }

    @Test("an entry's JSON has the event, the response and no secret; long bodies are cut")
    func json() throws {
        let secret = "s3cr3t-value-1234"
        let event = try FunctionEvent(query: "token=\(secret)&name=ada", headers: [("X-Custom", "yes")], body: [])
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 20_000) + Array(secret.utf8)
        let json = Self.entry("/p/\(secret)", body: long, event: event).json(redactor: SecretRedactor(secrets: [secret]))
        #expect(!json.jsonString.contains(secret))
        #expect(json["event"]?["name"] == "ada")
        #expect(json["event"]?["request"]?["headers"]?["x-custom"] == "yes")
        #expect(json["response"]?["truncated"] == .bool(true))
        #expect(json["response"]?["body"]?.stringValue?.count == 16 * 1024)
        #expect(json["time"] == "2023-11-14T22:13:20.500Z")
        #expect(json["durationMs"] == .double(1.23))
        #expect(json["status"] == .int(200))
    }
}
