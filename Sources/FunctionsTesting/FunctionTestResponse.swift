import Foundation
import FunctionsRuntime
import TwilioAccessToken
import TwilioWire

/// What a Function answered through ``FunctionsTestKit``: the status, header lines and body a
/// client would have received over HTTP.
///
/// ```swift
/// let response = await kit.get("/token", query: ["identity": "alice"])
/// #expect(response.status == 200)
/// #expect(response.header("Access-Control-Allow-Origin") == "*")
/// let token = try response.accessToken(secret: apiSecret)
/// #expect(token.identity == "alice")
/// ```
public struct FunctionTestResponse: Sendable, HeaderCarrying {
    /// The HTTP status code, e.g. 200, 500 or 504.
    public let status: Int
    /// The header lines in order; a multi-valued header (such as `Set-Cookie`) is several lines.
    public let headers: HeaderList
    /// The body bytes.
    public let body: [UInt8]

    /// A response with these parts (for tests of code that consumes responses).
    public init(status: Int, headers: HeaderList = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The response of a pipeline result.
    init(_ result: FunctionResult) {
        self.init(status: result.status, headers: result.headers, body: result.body)
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }


    /// The body as UTF-8 text (invalid bytes become U+FFFD).
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body parsed as JSON, keeping object key order.
    /// - Throws: ``FunctionTestError`` (`notJSON`) with the parser's line and column and the
    ///   start of the body.
    public func json() throws -> JSONValue {
        do {
            return try JSONParser.parse(body)
        } catch {
            throw FunctionTestError(.notJSON, "The body (HTTP \(status)) is not JSON (\(error)): \(FunctionTestError.excerpt(text)).")
        }
    }

    /// The Access Token the body carries, decoded, with its signature checked against `secret`.
    ///
    /// The token is read from a JSON body `{"token": "<JWT>"}`, as the Twilio tutorials' Functions
    /// answer, or from a body that is nothing but the JWT.
    /// - Parameter secret: The API key secret the token must be signed with (`API_SECRET`).
    /// - Throws: ``FunctionTestError``: `noToken` when the body holds no token, `malformedToken`
    ///   when it is not a JWT, `invalidSignature` when it was not signed with `secret`.
    public func accessToken(secret: String) throws -> DecodedAccessToken {
        let jwt = try tokenText()
        let token: DecodedAccessToken
        do {
            token = try DecodedAccessToken(jwt: jwt)
        } catch {
            throw FunctionTestError(.malformedToken, "The body's token is not a JWT: \(error.message).")
        }
        guard token.verifySignature(secret: secret) else {
            throw FunctionTestError(
                .invalidSignature,
                "The token's signature does not verify with the secret given: it was signed with another API_SECRET, or altered."
            )
        }
        return token
    }

    private func tokenText() throws -> String {
        if let parsed = try? JSONParser.parse(body) {
            if let jwt = parsed["token"]?.stringValue { return jwt }
            throw FunctionTestError(
                .noToken,
                "The body (HTTP \(status)) has no \"token\" string; expected {\"token\": \"<JWT>\"}, got \(FunctionTestError.excerpt(text))."
            )
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.split(separator: ".", omittingEmptySubsequences: false).count == 3, !trimmed.contains(" ") else {
            throw FunctionTestError(
                .noToken,
                "The body (HTTP \(status)) holds no token; expected {\"token\": \"<JWT>\"} or a JWT, got \(FunctionTestError.excerpt(text))."
            )
        }
        return trimmed
    }
}
