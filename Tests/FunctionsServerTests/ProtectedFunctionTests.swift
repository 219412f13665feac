import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Testing
import TwilioAccessToken

/// Protected Functions: only requests with a valid X-Twilio-Signature made with AUTH_TOKEN run.
@Suite("Protected Functions")
struct ProtectedFunctionTests {
    static let publicURL = "https://example-1234-dev.twil.io"

    static func harness(
        environment: [(String, String)] = Fake.environment,
        publicBaseURL: String? = publicURL,
        calls: Counter = Counter()
    ) throws -> Harness {
        var registry = FunctionRegistry()
        registry.register("webhook") { _, event, callback in
            calls.increment()
            callback(nil, "hello \(event.From ?? "?")")
        }
        return try Harness(
            routes: [.init(path: "/webhook", handler: "webhook", visibility: .protected)],
            handlers: registry,
            environment: environment,
            configuration: ServerConfiguration(publicBaseURL: publicBaseURL)
        )
    }

    static let validator = RequestValidator(authToken: Fake.authToken)

    static func signature(_ url: String, _ parameters: [(String, String)] = []) -> HTTPFields {
        .lines([("X-Twilio-Signature", validator.signature(url: url, parameters: parameters))])
    }

    @Test func formPostWithAValidSignatureRuns() async throws {
        let calls = Counter()
        let harness = try Self.harness(calls: calls)
        let url = Self.publicURL + "/webhook?x=1"
        let response = try await harness.run { client in
            try await client.postForm("/webhook?x=1", "From=%2B15005550006&Body=hi+there", headers: Self.signature(url, [("From", "+15005550006"), ("Body", "hi there")]))
        }
        #expect(response.status == .ok)
        #expect(response.text == "hello +15005550006")
        #expect(calls.value == 1)
    }

    @Test func getWithTheQuerySignedRuns() async throws {
        let harness = try Self.harness()
        let response = try await harness.run { client in
            try await client.get("/webhook?From=alice", headers: Self.signature(Self.publicURL + "/webhook?From=alice"))
        }
        #expect(response.status == .ok)
        #expect(response.text == "hello alice")
    }

    @Test func jsonBodyWithBodySHA256Runs() async throws {
        let body = #"{"From":"json"}"#
        let uri = "/webhook?bodySHA256=" + RequestValidator.bodySHA256(Array(body.utf8))
        let harness = try Self.harness()
        let valid = try await harness.run { client in
            try await client.postJSON(uri, body, headers: Self.signature(Self.publicURL + uri))
        }
        #expect(valid.status == .ok)
        #expect(valid.text == "hello json")
        let tampered = try await harness.run { client in
            try await client.postJSON(uri, #"{"From":"evil"}"#, headers: Self.signature(Self.publicURL + uri))
        }
        #expect(tampered.status == .unauthorized)
    }

    @Test func signatureWithTheDefaultPortStillMatches() async throws {
        let harness = try Self.harness()
        let response = try await harness.run { client in
            try await client.get("/webhook", headers: Self.signature("https://example-1234-dev.twil.io:443/webhook"))
        }
        #expect(response.status == .ok)
    }

    @Test("each refusal says what is wrong, never the expected signature", arguments: [
        ("missing", "has no X-Twilio-Signature header"),
        ("wrong", "does not match"),
        ("tampered", "does not match"),
    ])
    func refusals(kind: String, fragment: String) async throws {
        let calls = Counter()
        let harness = try Self.harness(calls: calls)
        let url = Self.publicURL + "/webhook"
        let expected = Self.validator.signature(url: url, parameters: [("From", "a")])
        let response = try await harness.run { client -> TestResponse in
            switch kind {
            case "missing": return try await client.postForm("/webhook", "From=a")
            case "wrong": return try await client.postForm("/webhook", "From=a", headers: .lines([("X-Twilio-Signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")]))
            default: return try await client.postForm("/webhook", "From=b", headers: .lines([("X-Twilio-Signature", expected)]))
            }
        }
        #expect(response.status == .unauthorized)
        #expect(response.text.contains(fragment))
        #expect(!response.text.contains(expected))
        #expect(!response.text.contains(Fake.authToken))
        #expect(calls.value == 0)
        #expect(harness.recorder.requestLines.first?.hasPrefix("401 POST /webhook") == true)
    }

    @Test func withoutAnAuthTokenNothingIsAccepted() async throws {
        let harness = try Self.harness(environment: Fake.environment(without: "AUTH_TOKEN"))
        let response = try await harness.run { client in
            try await client.get("/webhook", headers: Self.signature(Self.publicURL + "/webhook"))
        }
        #expect(response.status == .unauthorized)
        #expect(response.text.contains("no AUTH_TOKEN is set in \(Fake.environmentPath)"))
    }

    @Test func withoutAPublicURLTheHostHeaderIsUsed() async throws {
        // The test client sends `Host: localhost`.
        let harness = try Self.harness(publicBaseURL: nil)
        let (matching, otherHost) = try await harness.run(.live) { client in
            (
                try await client.get("/webhook?From=live", headers: Self.signature("http://localhost/webhook?From=live")),
                try await client.get("/webhook?From=live", headers: Self.signature("http://example.com/webhook?From=live"))
            )
        }
        #expect(matching.status == .ok)
        #expect(matching.text == "hello live")
        #expect(otherHost.status == .unauthorized)
        #expect(otherHost.text.contains("signed URL http://localhost/webhook?From=live"))
    }

    @Test func preflightIsAnsweredWithoutASignature() async throws {
        let harness = try Self.harness()
        let response = try await harness.run { client in try await client.send(.options, "/webhook") }
        #expect(response.status == .noContent)
    }
}
