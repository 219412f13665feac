import Foundation
import FunctionsRuntime
import NIOCore
import Testing

@testable import FunctionsServer

/// The console's event stream holds at most a bounded number of events for a reader; one that
/// stops reading is dropped instead of growing the server.
@Suite("The console's request stream")
struct RequestStreamTests {
    static func entry(_ n: Int) -> RequestLogEntry {
        RequestLogEntry(
            time: 0, method: "GET", path: "/live-access-token", query: "n=\(n)",
            result: .text(200, String(repeating: "x", count: 2_000)), durationMilliseconds: 1, event: nil
        )
    }

    @Test func aReaderThatNeverReadsIsDroppedWithABoundedBuffer() async throws {
        let log = RequestLog(capacity: 10)
        let stream = RequestStream.events(from: log, redactor: SecretRedactor(secrets: []), limit: 16)
        // Wait until the stream has subscribed, then flood it while nobody reads.
        for _ in 0..<200 where log.subscriberCount == 0 { try await Task.sleep(for: .milliseconds(5)) }
        #expect(log.subscriberCount == 1)
        // Entries keep coming, however slowly the stream's feeder runs on a busy machine.
        let deadline = ContinuousClock.now + .seconds(20)
        var n = 0
        while log.subscriberCount > 0, ContinuousClock.now < deadline {
            for _ in 0..<50 { log.record(Self.entry(n)); n += 1 }
            try await Task.sleep(for: .milliseconds(2))
        }
        try #require(log.subscriberCount == 0, "a reader 16 events behind is dropped, and the log stops recording for it")
        #expect(!log.isObserved)

        // What was buffered is bounded, and the stream then ends so the page reconnects.
        var received = 0
        for await _ in stream { received += 1 }
        #expect(received <= 16)
        #expect(received > 0)
    }

    @Test func aReaderThatKeepsUpStaysSubscribedAndGetsTheEventsInOrder() async throws {
        let log = RequestLog(capacity: 10)
        let stream = RequestStream.events(from: log, redactor: SecretRedactor(secrets: []), limit: 16)
        let reader = Task {
            var queries: [Int] = []
            for await buffer in stream {
                let text = String(buffer: buffer)
                if let range = text.range(of: #""query":"n="#) {
                    queries.append(Int(text[range.upperBound...].prefix { $0 != "\"" }) ?? -1)
                }
                if queries.last == 99 { break }
            }
            return queries
        }
        for n in 0..<100 {
            log.record(Self.entry(n))
            try await Task.sleep(for: .milliseconds(2))
        }
        #expect(log.subscriberCount == 1, "a reader that keeps up is not dropped")
        // The reader ends at the last entry; a machine too busy to deliver it does not hang the test.
        let watchdog = Task {
            try await Task.sleep(for: .seconds(20))
            reader.cancel()
        }
        let queries = await reader.value
        watchdog.cancel()
        #expect(queries.last == 99)
        #expect(queries == queries.sorted() && Set(queries).count == queries.count)
    }
}
