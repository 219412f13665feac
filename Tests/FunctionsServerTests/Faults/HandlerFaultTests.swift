import Foundation
import FunctionsRuntime
import FunctionsServer
import Logging
import Testing

/// Handlers that misbehave, served on a real socket: each fault gets its documented status and
/// exactly one request log line, and the server goes on answering `/hello`.
@Suite("Handler faults on a live server")
struct HandlerFaultTests {
    /// A payload whose conversion to HTTP fails.
    struct Unencodable: FunctionPayload {
        struct Failure: Error, CustomStringConvertible {
            var description: String { "the payload has no HTTP form" }
        }

        func functionResult() throws -> FunctionResult { throw Failure() }
    }

    /// One misbehaving handler and the answer it must get.
    struct Fault: Sendable, CustomTestStringConvertible {
        let name: String
        let status: Int
        let bodyContains: String
        let handler: FunctionHandler
        /// Log lines at warning level the fault must leave (ignored extra callbacks).
        var warnings = 0

        var testDescription: String { "\(name) → \(status)" }
    }

    static let deadline = Duration.milliseconds(300)

    static let faults: [Fault] = [
        Fault(name: "throws", status: 500, bodyContains: "thrown on purpose") { _, _, _ in
            throw HandlerError("thrown on purpose")
        },
        Fault(name: "throws after suspending", status: 500, bodyContains: "thrown later") { _, _, _ in
            try await Task.sleep(for: .milliseconds(10))
            throw HandlerError("thrown later")
        },
        Fault(name: "never calls back", status: 504, bodyContains: "did not call back within 300 ms") { _, _, _ in
            try await Task.sleep(for: .seconds(60))
        },
        Fault(name: "returns without calling back", status: 504, bodyContains: "timed out") { _, _, _ in },
        Fault(name: "calls back twice", status: 200, bodyContains: "first", handler: { _, _, callback in
            callback(nil, "first")
            callback(nil, "second")
        }, warnings: 1),
        Fault(name: "calls back from another task after the deadline", status: 504, bodyContains: "timed out", handler: { _, _, callback in
            Task.detached {
                try? await Task.sleep(for: deadline * 2)
                callback(nil, "too late")
            }
        }, warnings: 1),
        Fault(name: "blocks its thread past the deadline, then calls back", status: 504, bodyContains: "timed out") { _, _, callback in
            usleep(600_000)  // a synchronous call that holds the thread
            callback(nil, "too late")
        },
        Fault(name: "returns an unencodable body", status: 500, bodyContains: "could not be encoded") { _, _, callback in
            callback(nil, Unencodable())
        },
    ]

    @Test("a faulty handler gets its status, one log line, and the server keeps serving", arguments: faults)
    func fault(_ fault: Fault) async throws {
        let harness = try Harness(handler: fault.handler, configuration: ServerConfiguration(timeout: Self.deadline))
        try await LiveServer.run(harness) { client in
            let answer = await client.get("/test")
            #expect(answer.statuses == [fault.status], "\(answer)")
            let text = answer.responses.first?.text ?? ""
            #expect(text.contains(fault.bodyContains), "\(text)")
            await client.expectHelloStillAnswers(after: fault.name)
        }
        let recorder = harness.recorder
        // A late callback is logged when it comes, after the answer: wait for what is expected.
        #expect(await recorder.waitUntil(timeout: .seconds(30)) { $0.filter { $0.level == .warning }.count >= fault.warnings })
        let lines = recorder.requestLines.filter { $0.contains(" /test ") }
        #expect(lines.count == 1, "\(recorder.requestLines)")
        #expect(lines.first?.hasPrefix("\(fault.status) GET /test") == true, "\(lines)")
        #expect(recorder.entries(at: .warning).count == fault.warnings, "\(recorder.entries(at: .warning).map(\.message))")
        #expect(recorder.requestLines.filter { $0.hasPrefix("200 GET /hello") }.count == 1)
    }

    @Test("a handler past its deadline is cancelled: its pending work ends")
    func cancelledAtTheDeadline() async throws {
        let cancelled = Box<Bool>()
        let harness = try Harness(
            handler: { _, _, _ in
                do {
                    try await Task.sleep(for: .seconds(60))
                } catch {
                    cancelled.set(Task.isCancelled)
                }
            },
            configuration: ServerConfiguration(timeout: Self.deadline)
        )
        try await LiveServer.run(harness) { client in
            #expect(await client.get("/test").statuses == [504])
            #expect(await cancelled.wait(timeout: .seconds(30)) == true)
        }
    }

    @Test("a handler that holds its request: other requests are answered meanwhile")
    func longHandler() async throws {
        let started = Box<Bool>()
        let released = Box<Bool>()
        // The handler answers only once the test has had its other answers (or after a minute,
        // which would mean they waited for it).
        let harness = try Harness(handler: { _, _, callback in
            started.set(true)
            let outcome = await released.wait(timeout: .seconds(60)) == true ? "released" : "gave up waiting"
            callback(nil, outcome)
        })
        try await LiveServer.run(harness) { client in
            async let held = client.get("/test")
            #expect(await started.wait(timeout: .seconds(30)) == true)
            for _ in 0..<3 {
                #expect(await client.get("/hello").statuses == [200])
            }
            released.set(true)
            let answer = await held
            #expect(answer.statuses == [200])
            #expect(answer.responses.first?.text == "released")
        }
    }

    @Test("many handlers waiting at once do not stop /hello from answering")
    func manyWaitingHandlers() async throws {
        let harness = try Harness(
            handler: { _, _, callback in
                try await Task.sleep(for: .milliseconds(500))
                callback(nil, "waited")
            }
        )
        try await LiveServer.run(harness) { client in
            await withTaskGroup(of: [Int].self) { group in
                for _ in 0..<32 {
                    group.addTask { await client.get("/test").statuses }
                }
                await client.expectHelloStillAnswers(after: "32 waiting handlers")
                for await statuses in group {
                    #expect(statuses == [200])
                }
            }
        }
    }
}
