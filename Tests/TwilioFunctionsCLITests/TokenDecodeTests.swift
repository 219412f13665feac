import ArgumentParser
import Foundation
import Testing
import TwilioAccessToken
@testable import TwilioFunctionsCLI

/// `twilio-functions token decode`: the report it prints and where it takes the secret from.
@Suite("token decode", .shippedCommandLine)
struct TokenDecodeTests {
    typealias Decode = TwilioFunctionsCommand.TokenCommand.Decode

    static let issuedAt = 1_700_000_000

    /// A token minted by AccessToken at ``issuedAt`` for alice, with a Sync grant.
    static func mint(identity: String = "alice", secret: String = Fake.apiSecret, ttl: Int = 3600) throws -> String {
        var token = AccessToken(
            Fake.accountSid, Fake.apiKey, secret, identity: identity, ttl: ttl, clock: .fixed(issuedAt)
        )
        token.addGrant(SyncGrant(serviceSid: Fake.syncServiceSid))
        return try token.toJwt()
    }

    // MARK: - TokenReport

    @Test("with the right secret: the identity, the claims and `signature: valid`")
    func rightSecret() throws {
        let report = try TokenReport(jwt: Self.mint(), secret: Fake.apiSecret, now: Self.issuedAt)
        #expect(report.signatureValid == true)
        #expect(report.text.contains("alice"))
        #expect(report.text.contains("identity:  alice"))
        #expect(report.text.contains("signature: valid"))
        #expect(report.text.contains(Fake.syncServiceSid))
        #expect(report.text.contains(Fake.apiKey))
        #expect(report.text.contains("\"cty\""))
        #expect(!report.text.contains(Fake.apiSecret), "the report never prints the secret")
    }

    @Test("with a wrong secret: signatureValid is false and the text says INVALID")
    func wrongSecret() throws {
        let report = try TokenReport(jwt: Self.mint(), secret: "some-other-secret", now: Self.issuedAt)
        #expect(report.signatureValid == false)
        #expect(report.text.contains("INVALID"))
        #expect(!report.text.contains("signature: valid"))
    }

    @Test("without a secret: signatureValid is nil and the text says not checked")
    func noSecret() throws {
        let report = try TokenReport(jwt: Self.mint(), secret: nil, now: Self.issuedAt)
        #expect(report.signatureValid == nil)
        #expect(report.text.contains("not checked"))
        #expect(report.text.contains("alice"))
    }

    @Test("surrounding whitespace and a trailing newline are ignored")
    func whitespace() throws {
        let report = try TokenReport(jwt: "  \(try Self.mint())\n", secret: Fake.apiSecret, now: Self.issuedAt)
        #expect(report.signatureValid == true)
    }

    @Test("the expiry is told in words", arguments: [
        (issuedAt, "in 60 min"),
        (issuedAt + 3590, "in 10 s"),
        (issuedAt + 3610, "expired 10 s ago"),
        (issuedAt + 3600 + 7200 + 60, "expired 2 h 1 min ago"),
    ])
    func expiry(now: Int, words: String) throws {
        let report = try TokenReport(jwt: Self.mint(), secret: nil, now: now)
        #expect(report.text.contains("expires:"))
        #expect(report.text.contains(words), "\(report.text)")
        #expect(report.text.contains("2023-11-14T23:13:20Z"), "exp = 1700003600 in ISO 8601")
    }

    @Test("a malformed token throws a message starting `not an Access Token`", arguments: [
        "", "abc", "a.b", "a.b.c.d", "!!!.e30.sig", "e30.e30", "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln",
    ])
    func malformedToken(jwt: String) {
        #expect(throws: (any Error).self) { try TokenReport(jwt: jwt, secret: Fake.apiSecret, now: 0) }
        do {
            _ = try TokenReport(jwt: jwt, secret: nil, now: 0)
        } catch let error as ValidationError {
            #expect(error.message.hasPrefix("not an Access Token"), "\(error.message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    // MARK: - Where the secret comes from

    @Test("`token decode` is reachable from the root command")
    func subcommand() throws {
        let jwt = try Self.mint()
        let command = try TwilioFunctionsCommand.parseAsRoot(["token", "decode", jwt, "--secret", "s"])
        let decode = try #require(command as? Decode)
        #expect(decode.jwt == jwt)
        #expect(decode.secret == "s")
    }

    @Test("--env-file naming a file without API_SECRET is an error naming the file and the key")
    func envFileWithoutSecret() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("environment", "ACCOUNT_SID=\(Fake.accountSid)\nAPI_KEY=\(Fake.apiKey)\n")
        let decode = try Decode.parse([Self.mint(), "--env-file", path])
        #expect { try decode.resolvedSecret() } throws: { error in
            guard let error = error as? ValidationError else { return false }
            return error.message.contains(path) && error.message.contains("API_SECRET")
        }
        #expect(throws: (any Error).self) { try decode.run() }
    }

    @Test("--env-file with an empty API_SECRET is an error too")
    func envFileWithEmptySecret() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("environment", "API_SECRET=\n")
        let decode = try Decode.parse([Self.mint(), "--env-file", path])
        #expect(throws: ValidationError.self) { try decode.resolvedSecret() }
    }

    @Test("--env-file naming a missing file is an error naming the file")
    func missingEnvFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("does-not-exist.env")
        let decode = try Decode.parse([Self.mint(), "--env-file", path])
        #expect { try decode.resolvedSecret() } throws: { error in
            (error as? ValidationError)?.message.contains(path) == true
        }
    }

    @Test("--env-file with API_SECRET supplies the secret")
    func envFileSecret() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("environment", Fake.environmentText)
        let decode = try Decode.parse([Self.mint(), "--env-file", path])
        #expect(try decode.resolvedSecret() == Fake.apiSecret)
    }

    @Test("--secret wins over --env-file; neither gives no secret")
    func secretPrecedence() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("environment", Fake.environmentText)
        let both = try Decode.parse([Self.mint(), "--env-file", path, "--secret", "from-flag"])
        #expect(try both.resolvedSecret() == "from-flag")
        let neither = try Decode.parse([Self.mint()])
        #expect(try neither.resolvedSecret() == nil)
    }

    @Test("run() fails with exit status 1 when the signature does not verify, and succeeds when it does")
    func runExitStatus() throws {
        let wrong = try Decode.parse([Self.mint(ttl: 86_400), "--secret", "wrong"])
        #expect { try wrong.run() } throws: { ($0 as? ExitCode) == .failure }
        let right = try Decode.parse([Self.mint(ttl: 86_400), "--secret", Fake.apiSecret])
        try right.run()
    }
}
