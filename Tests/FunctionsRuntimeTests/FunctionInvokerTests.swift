import FunctionsRuntime
import Logging
import Synchronization
import Testing
import TwilioWire

/// Keeps every log line, so tests can check what was (and was not) logged.
final class CapturedLogs: Sendable {
    private let lines = Mutex<[(level: Logger.Level, message: String)]>([])

    var all: [(level: Logger.Level, message: String)] { lines.withLock { $0 } }

    func append(_ level: Logger.Level, _ message: String) {
        lines.withLock { $0.append((level, message)) }
    }

    var logger: Logger {
        Logger(label: "test") { _ in Handler(logs: self) }
    }

    struct Handler: LogHandler {
        let logs: CapturedLogs
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            logs.append(event.level, "\(event.message)")
        }
    }
}

struct FunctionInvokerTests {
    let logs = CapturedLogs()

    func context(path: String = "/test") -> FunctionContext {
        FunctionContext(
            environment: EnvironmentFile(values: [("API_SECRET", "super-secret-value")]),
            path: path,
            logger: logs.logger
        )
    }

    func invoke(timeout: Duration = .seconds(5), _ handler: @escaping FunctionHandler) async -> FunctionOutcome {
        let invoker = FunctionInvoker(timeout: timeout, redactor: SecretRedactor(secrets: ["super-secret-value"]))
        return await invoker.invoke(handler, context: context(), event: FunctionEvent())
    }

    @Test func firstCallbackAnswers() async {
        let outcome = await invoke { _, _, callback in callback(nil, "Hello World") }
        #expect(outcome.result.status == 200)
        #expect(outcome.result.bodyText == "Hello World")
        #expect(outcome.failure == nil)
    }

    @Test func callbackWithNothingIsAnEmpty200() async {
        let outcome = await invoke { _, _, callback in callback(nil) }
        #expect(outcome.result == FunctionResult(status: 200))
    }

    @Test func errorsAndThrowsAre500WithTheMessage() async {
        let callbackError = await invoke { _, _, callback in callback(HandlerError("not allowed")) }
        #expect(callbackError.result.status == 500)
        #expect(callbackError.result.bodyText == "not allowed")
        #expect(callbackError.result.header("Content-Type") == "text/plain; charset=utf-8")

        let stringError = await invoke { _, _, callback in callback("oops") }
        #expect(stringError.result.bodyText == "oops")

        struct Broken: Error, CustomStringConvertible { var description: String { "broken thing" } }
        let thrown = await invoke { _, _, _ in throw Broken() }
        #expect(thrown.result.status == 500)
        #expect(thrown.result.bodyText == "broken thing")
        #expect(thrown.failure?.contains("broken thing") == true)
    }

    @Test func missingEnvironmentValueIsA500NamingIt() async {
        let outcome = await invoke { context, _, callback in callback(nil, try context.SYNC_SERVICE_SID) }
        #expect(outcome.result.status == 500)
        #expect(outcome.result.bodyText.contains("SYNC_SERVICE_SID is not set in environment"))
    }

    @Test func secretsNeverReachTheAnswer() async {
        let outcome = await invoke { context, _, _ in
            throw HandlerError("failed with key \(try context.API_SECRET)")
        }
        #expect(outcome.result.bodyText == "failed with key [redacted]")
        #expect(outcome.failure?.contains("super-secret-value") == false)
    }

    @Test func noCallbackBeforeTheDeadlineIs504() async {
        let outcome = await invoke(timeout: .milliseconds(100)) { _, _, _ in }
        #expect(outcome.result.status == 504)
        #expect(outcome.result.bodyText.contains("timed out"))
        #expect(outcome.result.bodyText.contains("100 ms"))
    }

    @Test func aHandlerStillRunningAtTheDeadlineIsCancelled() async throws {
        let cancelled = Mutex(false)
        let outcome = await invoke(timeout: .milliseconds(100)) { _, _, _ in
            do {
                try await Task.sleep(for: .seconds(30))
            } catch {
                cancelled.withLock { $0 = true }
            }
        }
        #expect(outcome.result.status == 504)
        let deadline = ContinuousClock.now + .seconds(5)
        while !cancelled.withLock({ $0 }), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(cancelled.withLock { $0 })
    }

    @Test func secondCallbackIsIgnoredWithAWarning() async {
        let outcome = await invoke { _, _, callback in
            callback(nil, "first")
            callback(nil, "second")
        }
        #expect(outcome.result.bodyText == "first")
        let warnings = logs.all.filter { $0.level == .warning }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("callback called again") == true)
    }

    @Test func lateCallbackAfterTheDeadlineIsIgnored() async throws {
        let outcome = await invoke(timeout: .milliseconds(50)) { _, _, callback in
            Task.detached {
                try? await Task.sleep(for: .milliseconds(150))
                callback(nil, "too late")
            }
        }
        #expect(outcome.result.status == 504)
        let deadline = ContinuousClock.now + .seconds(5)
        while !logs.all.contains(where: { $0.level == .warning && $0.message.contains("ignored") }), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(logs.all.contains { $0.level == .warning && $0.message.contains("ignored") })
    }

    @Test func callbackFromAnotherTaskAnswers() async {
        let outcome = await invoke { _, _, callback in
            Task.detached {
                try? await Task.sleep(for: .milliseconds(20))
                callback(nil, ["late": true])
            }
        }
        #expect(outcome.result.bodyText == #"{"late":true}"#)
    }

    @Test func returningHandlersAnswerWithTheirValue() async throws {
        var registry = FunctionRegistry()
        registry.register("value", returning: { _, event in "hi \(event.name ?? "?")" })
        let handler = try #require(registry["value"])
        let invoker = FunctionInvoker()
        let outcome = await invoker.invoke(handler, context: context(), event: FunctionEvent(parameters: ["name": "Ada"]))
        #expect(outcome.result.bodyText == "hi Ada")
        #expect(registry.names == ["value"])
    }
}
