import Foundation
import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import TwilioAccessToken
import TwilioWire

/// The shipped `/token` Function, served by `buildApplication`.
@Suite("/token over HTTP")
struct TokenFunctionTests {
    /// Fetches `/token?identity=...` and returns the response and the JWT it carries.
    private func mint(identity: String = "alice", harness: Harness? = nil) async throws -> (TestResponse, String) {
        let harness = try harness ?? Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run { client in
            try await client.get("/token?identity=\(identity)")
        }
        try #require(response.status == .ok, "body: \(response.text)")
        let body = try response.json()
        let jwt = try #require(body["token"]?.stringValue)
        return (response, jwt)
    }

    @Test("answers 200 with exactly {\"token\": ...}")
    func answersTokenObject() async throws {
        let (response, jwt) = try await mint()
        #expect(response.status == .ok)
        let body = try response.json()
        #expect(body.objectValue?.keys == ["token"])
        #expect(response.text == #"{"token":"\#(jwt)"}"#)
    }

    @Test("sends the tutorial's CORS headers and a JSON content type")
    func corsAndContentType() async throws {
        let (response, _) = try await mint()
        #expect(response.values("Access-Control-Allow-Origin") == ["*"])
        #expect(response.values("Access-Control-Allow-Methods") == ["GET"])
        #expect(response.values("Access-Control-Allow-Headers") == ["Content-Type"])
        #expect(response.values("Content-Type") == ["application/json; charset=utf-8"])
    }

    @Test("the token decodes, verifies with API_SECRET and carries the Sync grant")
    func tokenClaims() async throws {
        let (_, jwt) = try await mint()
        let token = try DecodedAccessToken(jwt: jwt)
        #expect(token.verifySignature(secret: Fake.apiSecret))
        #expect(!token.verifySignature(secret: Fake.apiSecret + "x"))
        #expect(token.header["alg"]?.stringValue == "HS256")
        #expect(token.header["cty"]?.stringValue == "twilio-fpa;v=1")
        #expect(token.identity == "alice")
        #expect(token.grants?["data_sync"]?["service_sid"]?.stringValue == Fake.syncServiceSid)
        #expect(token.signingKeySid == Fake.apiKey)
        #expect(token.accountSid == Fake.accountSid)
        let issuedAt = try #require(token.issuedAt)
        let expiresAt = try #require(token.expiresAt)
        #expect(expiresAt - issuedAt == 3600)
        let now = Int(Date().timeIntervalSince1970)
        #expect(abs(issuedAt - now) < 120, "iat is the time of the request")
        #expect(token.payload["jti"]?.stringValue == "\(Fake.apiKey)-\(issuedAt)")
    }

    @Test("the identity is taken from the query, percent-decoded")
    func identityIsDecoded() async throws {
        let (_, jwt) = try await mint(identity: "bob%20smith%2B1")
        #expect(try DecodedAccessToken(jwt: jwt).identity == "bob smith+1")
    }

    @Test("the identity may come from a POSTed form as well")
    func identityFromForm() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run { client in
            try await client.postForm("/token", "identity=carol")
        }
        #expect(response.status == .ok)
        let jwt = try #require(try response.json()["token"]?.stringValue)
        #expect(try DecodedAccessToken(jwt: jwt).identity == "carol")
    }

    @Test("without ?identity the answer is a 500 that names the missing identity")
    func missingIdentity() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let response = try await harness.run { client in
            try await client.get("/token")
        }
        #expect(response.status == .internalServerError)
        #expect(response.text.contains("identity"))
        #expect(response.header("Content-Type") == "text/plain; charset=utf-8")
        #expect(!response.text.contains(Fake.apiSecret))
        // No CORS headers: the handler never built its response.
        #expect(response.header("Access-Control-Allow-Origin") == nil)
    }

    @Test("a missing SYNC_SERVICE_SID is a 500 naming the key and the environment file")
    func missingSyncServiceSid() async throws {
        let harness = try Harness(
            routes: Harness.shippedRoutes,
            environment: Fake.environment(without: "SYNC_SERVICE_SID"),
            environmentPath: "config/dev.env"
        )
        let response = try await harness.run { client in
            try await client.get("/token?identity=alice")
        }
        #expect(response.status == .internalServerError)
        #expect(response.text.contains("SYNC_SERVICE_SID"))
        #expect(response.text.contains("config/dev.env"))
        #expect(!response.text.contains(Fake.apiSecret))
        let line = try #require(harness.recorder.requestLines.first)
        #expect(line.hasPrefix("500 GET /token"))
        #expect(line.contains("SYNC_SERVICE_SID"))
    }

    @Test("every request mints a fresh token for its own identity")
    func oneTokenPerIdentity() async throws {
        let harness = try Harness(routes: Harness.shippedRoutes)
        let identities = try await harness.run { client in
            var identities: [String?] = []
            for name in ["alice", "bob", "carol"] {
                let response = try await client.get("/token?identity=\(name)")
                let jwt = try #require(try response.json()["token"]?.stringValue)
                identities.append(try DecodedAccessToken(jwt: jwt).identity)
            }
            return identities
        }
        #expect(identities == ["alice", "bob", "carol"])
    }

    @Test(
        "the minted token passes vectors/verify_token.py --strict",
        .enabled(if: PythonTokenVerifier.isAvailable, "needs python3 and /work/shared/vectors/verify_token.py")
    )
    func passesPythonVerifier() async throws {
        let (_, jwt) = try await mint()
        let result = try await PythonTokenVerifier.verify(jwt: jwt, secret: Fake.apiSecret)
        #expect(result.status == 0, "verify_token.py said: \(result.output)")
        #expect(result.output.hasPrefix("OK"))

        let wrong = try await PythonTokenVerifier.verify(jwt: jwt, secret: "not-the-secret")
        #expect(wrong.status == 1, "a wrong secret must fail: \(wrong.output)")
    }
}

/// Runs the Python reference verifier shipped with the test vectors.
enum PythonTokenVerifier {
    static let script = "/work/shared/vectors/verify_token.py"

    static var python: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static var isAvailable: Bool {
        python != nil && FileManager.default.fileExists(atPath: script)
    }

    static func verify(jwt: String, secret: String) async throws -> (status: Int32, output: String) {
        let python = try #require(python)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, jwt, secret, "--strict"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { process in
                continuation.resume(returning: process.terminationStatus)
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        return (status, String(decoding: data, as: UTF8.self))
    }
}
