import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing
import TwilioWire

/// Errors, throws, the deadline and double callbacks: the invoker's rules seen over HTTP.
@Suite("Handler errors and the deadline over HTTP")
struct ErrorHandlingTests {
    private struct DescribedError: Error, CustomStringConvertible {
        let description: String
    }

    // MARK: - Errors become 500s with the message as text

    @Test("callback(HandlerError(\"nope\")) → 500, body nope")
    func callbackWithFunctionError() async throws {
        let harness = try Harness(handler: { _, _, callback in callback(HandlerError("nope")) })
        let response = try await harness.run { client in try await client.get("/test") }
        #expect(response.status == .internalServerError)
        #expect(response.text == "nope")
        #expect(response.header("Content-Type") == "text/plain; charset=utf-8")
    }

    @Test("callback(\"oops\") → 500, body oops, even with a payload")
    func callbackWithString() async throws {
        let harness = try Harness(handler: { _, _, callback in callback("oops", "ignored payload") })
        let response = try await harness.run { client in try await client.get("/test") }
        #expect(response.status == .internalServerError)
        #expect(response.text == "oops")
    }

    @Test("a handler that throws → 500 with the error's message")
    func handlerThrows() async throws {
        let harness = try Harness(handler: { _, _, _ in throw HandlerError("the database is down") })
        let response = try await harness.run { client in try await client.get("/test") }
        #expect(response.status == .internalServerError)
        #expect(response.text == "the database is down")
        let line = try #require(harness.recorder.requestLines.first)
        #expect(line.hasPrefix("500 GET /test"))
        #expect(line.contains("the database is down"), "full detail goes to the log")
        #expect(harness.recorder.entries(at: .error).contains { $0.message == line }, "a 5xx is logged as an error")
    }

    @Test("a thrown error of another type → 500 with its description")
    func handlerThrowsOtherError() async throws {
        let harness = try Harness(handler: { _, _, _ in throw DescribedError(description: "custom failure") })
        let response = try await harness.run { client in try await client.get("/test") }
        #expect(response.status == .internalServerError)
        #expect(response.text == "custom failure")
    }

    @Test("an error after a successful callback does not change the answer")
    func throwAfterCallback() async throws {
        let harness = try Harness(handler: { _, _, callback in
            callback(nil, "fine")
            throw HandlerError("too late")
        })
        let response = try await harness.run { client in try await client.get("/test") }
        #expect(response.status == .ok)
        #expect(response.text == "fine")
    }

    // MARK: - Secrets never leave in an error

    enum SecretKey: String, CaseIterable, Sendable {
        case apiSecret = "API_SECRET"
        case authToken = "AUTH_TOKEN"

        var value: String { self == .apiSecret ? Fake.apiSecret : Fake.authToken }
    }

    enum Reporting: String, CaseIterable, Sendable {
        case callbackError, callbackString, thrown
    }

    @Test("a secret in an error message is redacted in the body and in every log line",
          arguments: SecretKey.allCases, Reporting.allCases)
    func secretsAreRedacted(key: SecretKey, reporting: Reporting) async throws {
        let secret = key.value
        let message = "login failed with \(secret) for the account"
        let harness = try Harness(handler: { context, _, callback in
            context.logger.debug("handler running")
            switch reporting {
            case .callbackError: callback(HandlerError(message))
            case .callbackString: callback(message)
            case .thrown: throw HandlerError(message)
            }
        })
        let response = try await harness.run { client in try await client.get("/test") }
        #expect(response.status == .internalServerError)
        #expect(!response.text.contains(secret))
        #expect(response.text == "login failed with [redacted] for the account")
        let lines = harness.recorder.allText
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(!line.contains(secret), "logged: \(line)")
        }
        #expect(harness.recorder.requestLines.first?.contains("[redacted]") == true)
    }

    @Test("a secret in a thrown error's description is redacted too")
    func secretInDescription() async throws {
        let harness = try Harness(handler: { _, _, _ in
            throw DescribedError(description: "token=\(Fake.authToken); secret=\(Fake.apiSecret)")
        })
        let response = try await harness.run { client in try await client.get("/test") }
        #expect(response.text == "token=[redacted]; secret=[redacted]")
        for line in harness.recorder.allText {
            for secret in Fake.secrets { #expect(!line.contains(secret)) }
        }
    }

    // MARK: - The deadline

    @Test("a handler that never calls back → 504 after the deadline, logged as timed out")
    func neverCallsBack() async throws {
        let harness = try Harness(
            handler: { _, _, _ in },
            configuration: ServerConfiguration(timeout: .milliseconds(200))
        )
        // Timed around the request alone, not the harness's start.
        let (response, elapsed) = try await harness.run { client in
            let start = ContinuousClock.now
            let response = try await client.get("/test")
            return (response, ContinuousClock.now - start)
        }
        #expect(response.status == .gatewayTimeout)
        #expect(response.text.contains("timed out"))
        #expect(response.text.contains("/test"))
        // The message names the deadline that applied: the configured one, not Twilio's default 10 s.
        // No upper bound on the wall clock: a loaded CI machine can stall every test for seconds.
        #expect(response.text.contains("200 ms"), "the message states the deadline")
        #expect(elapsed >= .milliseconds(180))
        let line = try #require(harness.recorder.requestLines.first)
        #expect(line.hasPrefix("504 GET /test"))
        #expect(line.contains("timed out"))
        #expect(harness.recorder.requestLines.count == 1)
    }

    @Test("after the deadline the handler's pending work is cancelled")
    func deadlineCancelsHandler() async throws {
        let cancelled = Box<Bool>()
        let harness = try Harness(
            handler: { _, _, callback in
                do {
                    try await Task.sleep(for: .seconds(30))
                    callback(nil, "woke up")
                } catch {
                    cancelled.set(Task.isCancelled)
                }
            },
            configuration: ServerConfiguration(timeout: .milliseconds(150))
        )
        let response = try await harness.run { client in try await client.get("/test") }
        #expect(response.status == .gatewayTimeout)
        #expect(await cancelled.wait() == true)
    }

    @Test("a handler that calls back twice: the first wins, one warning, the server keeps answering")
    func callsBackTwice() async throws {
        let harness = try Harness(handler: { _, _, callback in
            callback(nil, "first")
            callback(nil, "second")
            callback(HandlerError("third"))
        })
        let (first, next) = try await harness.run { client in
            let first = try await client.get("/test")
            let next = try await client.get("/hello")
            return (first, next)
        }
        #expect(first.status == .ok)
        #expect(first.text == "first")
        #expect(next.status == .ok)
        #expect(next.text == "Hello World")
        let warnings = harness.recorder.entries(at: .warning)
        #expect(warnings.count == 2, "one warning per ignored call: \(warnings.map(\.message))")
        #expect(warnings.allSatisfy { $0.message.contains("/test") && $0.message.contains("callback") })
    }

    @Test("a double callback logs exactly one warning")
    func oneWarningForOneExtraCall() async throws {
        let harness = try Harness(handler: { _, _, callback in
            callback(nil, 1)
            callback(nil, 2)
        })
        let response = try await harness.run { client in try await client.get("/test") }
        #expect(response.text == "1")
        #expect(harness.recorder.entries(at: .warning).count == 1)
    }

    @Test("a callback from a detached task after the deadline: 504, nothing crashes, later requests work")
    func lateCallbackFromDetachedTask() async throws {
        let late = Box<Task<Void, Never>>()
        let harness = try Harness(
            handler: { _, _, callback in
                late.set(Task.detached {
                    try? await Task.sleep(for: .milliseconds(250))
                    callback(nil, "too late")
                    callback(HandlerError("much too late"))
                })
            },
            configuration: ServerConfiguration(timeout: .milliseconds(100))
        )
        let (timedOut, afterwards) = try await harness.run { client in
            let timedOut = try await client.get("/test")
            await late.value?.value
            let afterwards = try await client.get("/hello")
            return (timedOut, afterwards)
        }
        #expect(timedOut.status == .gatewayTimeout)
        #expect(!timedOut.text.contains("too late"))
        #expect(late.value != nil)
        #expect(afterwards.status == .ok)
        #expect(harness.recorder.entries(at: .warning).count == 2)
        #expect(harness.recorder.requestLines.count == 2)
    }

    @Test("a handler that answers just before the deadline is not a 504")
    func answersInTime() async throws {
        let harness = try Harness(
            handler: { _, _, callback in
                try await Task.sleep(for: .milliseconds(20))
                callback(nil, "in time")
            },
            configuration: ServerConfiguration(timeout: .milliseconds(300))
        )
        let response = try await harness.run { client in try await client.get("/test") }
        #expect(response.status == .ok)
        #expect(response.text == "in time")
    }
}
