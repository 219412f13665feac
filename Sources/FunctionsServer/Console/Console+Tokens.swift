import Foundation
import FunctionsHost
import FunctionsRuntime
import HTTPTypes
import Hummingbird
import TwilioAccessToken
import TwilioWire

extension Console {
    /// Decodes the token in `{"token": …}` and checks its signature with the environment's
    /// API_SECRET, here on the server.
    func decodeToken(_ request: Request) async -> Response {
        var request = request
        guard let body = try? await request.collectBody(upTo: 64 * 1024),
            case .object(let object)? = try? JSONParser.parse(Array(buffer: body)),
            case .string(let token)? = object["token"]
        else {
            return Self.error(.badRequest, #"Send {"token": "eyJ…"}: a JSON object with the token as a string."#)
        }
        switch Self.decoded(token.trimmingCharacters(in: .whitespacesAndNewlines), secret: reloadable.project.environment["API_SECRET"]) {
        case .success(let decoded): return Self.json(.ok, decoded)
        case .failure(let error): return Self.error(.badRequest, "The token cannot be decoded: \(error.message)")
        }
    }

    /// A token's header, claims, grants and times, and whether `secret` signed it.
    static func decoded(_ jwt: String, secret: String?) -> Result<JSONValue, AccessTokenError> {
        let token: DecodedAccessToken
        do {
            token = try DecodedAccessToken(jwt: jwt)
        } catch {
            return .failure(error)
        }
        var object = JSONObject()
        object["token"] = .string(jwt)
        object["header"] = .object(token.header)
        object["payload"] = .object(token.payload)
        object["identity"] = token.identity.map { .string($0) } ?? .null
        object["grants"] = token.grants.map { .object($0) } ?? .null
        object["issuedAt"] = token.issuedAt.map { .int($0) } ?? .null
        object["expiresAt"] = token.expiresAt.map { .int($0) } ?? .null
        if let secret, !secret.isEmpty {
            let valid = token.verifySignature(secret: secret)
            object["signature"] = .string(valid ? "valid" : "invalid")
            object["signatureNote"] = .string(valid ? "verified with API_SECRET from the environment" : "not signed with API_SECRET from the environment")
        } else {
            object["signature"] = .string("unverified")
            object["signatureNote"] = .string("no API_SECRET in the environment to verify it with")
        }
        return .success(.object(object))
    }

    /// The JWTs in a body: runs of base64url text in three dot-separated parts starting `eyJ`
    /// (a JSON object's base64), at most five.
    static func tokens(in body: [UInt8]) -> [String] {
        var found: [String] = []
        var index = body.startIndex
        let marker = Array("eyJ".utf8)
        while index + 3 <= body.endIndex, found.count < 5 {
            guard body[index..<index + 3].elementsEqual(marker) else {
                index += 1
                continue
            }
            var end = index
            var dots = 0
            while end < body.endIndex, Self.isTokenByte(body[end]) {
                if body[end] == UInt8(ascii: ".") { dots += 1 }
                end += 1
            }
            if dots == 2 { found.append(String(decoding: body[index..<end], as: UTF8.self)) }
            index = max(end, index + 1)
        }
        return found
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }
}
