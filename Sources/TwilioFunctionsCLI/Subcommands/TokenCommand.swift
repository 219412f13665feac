import ArgumentParser
import Foundation
import FunctionsRuntime
import TwilioAccessToken
import TwilioWire

extension TwilioFunctionsCommand {
    /// `token`: work with Access Tokens.
    struct TokenCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "token",
            abstract: "Work with Twilio Access Tokens.",
            subcommands: [Decode.self]
        )
    }
}

extension TwilioFunctionsCommand.TokenCommand {
    /// `token decode`: the offline answer to "decode it at jwt.io".
    struct Decode: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print an Access Token's header and claims, and check its signature.",
            discussion: """
                With --secret, or --env-file naming a file that sets API_SECRET, the signature is \
                checked and the exit status is 1 when it does not verify.
                """
        )

        @Argument(help: "The token (JWT), or - to read it from standard input.")
        var jwt: String

        @Option(help: "The API key secret the token should be signed with.")
        var secret: String?

        @Option(name: .customLong("env-file"), help: "Take the secret from this file's API_SECRET.")
        var environmentPath: String?

        func run() throws {
            let text = jwt == "-" ? (readLine(strippingNewline: true) ?? "") : jwt
            let report = try TokenReport(jwt: text, secret: try resolvedSecret(), now: Int(Date().timeIntervalSince1970))
            print(report.text)
            if report.signatureValid == false { throw ExitCode.failure }
        }

        /// --secret wins over --env-file.
        func resolvedSecret() throws -> String? {
            if let secret { return secret }
            guard let environmentPath else { return nil }
            do {
                let file = try EnvironmentFile.load(path: environmentPath)
                guard let secret = file["API_SECRET"], !secret.isEmpty else {
                    throw ValidationError("\(environmentPath) does not set API_SECRET; pass --secret instead.")
                }
                return secret
            } catch let error as FunctionsError {
                throw ValidationError(error.message)
            }
        }
    }
}

/// What `token decode` prints: the header and claims, the times in words, and the signature verdict.
struct TokenReport {
    let text: String
    let signatureValid: Bool?

    init(jwt: String, secret: String?, now: Int) throws {
        let token: DecodedAccessToken
        do {
            token = try DecodedAccessToken(jwt: jwt.trimmingCharacters(in: .whitespacesAndNewlines))
        } catch {
            throw ValidationError("not an Access Token: \(error.message)")
        }
        var decoded = JSONObject()
        decoded["header"] = .object(token.header)
        decoded["payload"] = .object(token.payload)
        var lines = [JSONValue.object(decoded).prettyJSONString]
        if let identity = token.identity { lines.append("identity:  \(identity)") }
        if let exp = token.expiresAt {
            let left = exp - now
            lines.append("expires:   \(Self.iso8601(exp)) (\(left > 0 ? "in \(Self.span(left))" : "expired \(Self.span(-left)) ago"))")
        }
        if let secret {
            let valid = token.verifySignature(secret: secret)
            signatureValid = valid
            lines.append(valid ? "signature: valid" : "signature: INVALID (not signed with this secret)")
        } else {
            signatureValid = nil
            lines.append("signature: not checked (pass --secret or --env-file)")
        }
        text = lines.joined(separator: "\n")
    }

    static func iso8601(_ seconds: Int) -> String {
        Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(.iso8601)
    }

    static func span(_ seconds: Int) -> String {
        if seconds < 120 { return "\(seconds) s" }
        if seconds < 7200 { return "\(seconds / 60) min" }
        return "\(seconds / 3600) h \(seconds % 3600 / 60) min"
    }
}
