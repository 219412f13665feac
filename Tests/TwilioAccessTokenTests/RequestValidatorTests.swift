import Foundation
import Testing
import TwilioAccessToken
import TwilioWire

/// `request_signatures[]` of vectors.json: signatures made by twilio-python's RequestValidator.
struct SignatureVector: Sendable, CustomTestStringConvertible {
    let name: String
    let entry: JSONObject

    var testDescription: String { name }

    static func all() throws -> [SignatureVector] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Vectors/vectors.json")
        let root = try JSONParser.parse([UInt8](try Data(contentsOf: url)))
        return (root["request_signatures"]?.arrayValue ?? []).compactMap { value in
            guard let object = value.objectValue, let name = object["name"]?.stringValue else { return nil }
            return SignatureVector(name: name, entry: object)
        }
    }

    var validator: RequestValidator {
        RequestValidator(
            authToken: entry["auth_token"]?.stringValue ?? "",
            algorithm: entry["algorithm"]?.stringValue == "HMAC_SHA256" ? .sha256 : .sha1
        )
    }

    /// A vector's `params` as name/value pairs; multi-valued ones as repeated pairs.
    static func pairs(_ params: JSONValue?) -> [(String, String)] {
        guard let object = params?.objectValue else { return [] }
        return object.entries.flatMap { entry -> [(String, String)] in
            if let values = entry.value.arrayValue { return values.compactMap { $0.stringValue }.map { (entry.key, $0) } }
            return [(entry.key, entry.value.stringValue ?? "")]
        }
    }

    static let names = (try? all().map(\.name)) ?? []
}

struct RequestValidatorTests {
    @Test func everyVectorIsPresent() throws {
        #expect(try SignatureVector.all().count == 11)
    }

    @Test(arguments: SignatureVector.names)
    func signingMatchesTwilio(name: String) throws {
        let vector = try #require(try SignatureVector.all().first { $0.name == name })
        let url = try #require(vector.entry["signed_url"]?.stringValue)
        let parameters = SignatureVector.pairs(vector.entry["params"])
        #expect(RequestValidator.dataToSign(url: url, parameters: parameters) == vector.entry["data_to_sign"]?.stringValue)
        #expect(vector.validator.signature(url: url, parameters: parameters) == vector.entry["expected_signature"]?.stringValue)
    }

    @Test(arguments: SignatureVector.names)
    func everyValidateCheckHasTwiliosVerdict(name: String) throws {
        let vector = try #require(try SignatureVector.all().first { $0.name == name })
        let checks = try #require(vector.entry["validate_checks"]?.arrayValue)
        #expect(!checks.isEmpty)
        for check in checks {
            let url = try #require(check["url"]?.stringValue)
            let signature = try #require(check["signature"]?.stringValue)
            guard let expected = check["valid"]?.boolValue else {
                Issue.record("a validate_checks entry has no boolean valid: \(check)")
                continue
            }
            let verdict: Bool
            if let body = check["params"]?.stringValue {
                verdict = vector.validator.validate(signature: signature, url: url, body: Array(body.utf8))
            } else {
                verdict = vector.validator.validate(signature: signature, url: url, parameters: SignatureVector.pairs(check["params"]))
            }
            #expect(verdict == expected, "\(name): \(check["note"]?.stringValue ?? "")")
        }
    }

    @Test func wrongTokenOrTamperedURLFails() {
        let validator = RequestValidator(authToken: "12345")
        let signature = validator.signature(url: "https://example.com/hook?x=1", parameters: [("To", "+1")])
        #expect(validator.validate(signature: signature, url: "https://example.com/hook?x=1", parameters: [("To", "+1")]))
        #expect(!RequestValidator(authToken: "54321").validate(signature: signature, url: "https://example.com/hook?x=1", parameters: [("To", "+1")]))
        #expect(!validator.validate(signature: signature, url: "https://example.com/hook?x=2", parameters: [("To", "+1")]))
        #expect(!validator.validate(signature: "", url: "https://example.com/hook?x=1", parameters: [("To", "+1")]))
    }

    @Test func jsonBodyWithoutBodyHashInTheURLFails() {
        let validator = RequestValidator(authToken: "12345")
        let signature = validator.signature(url: "https://example.com/hook")
        #expect(!validator.validate(signature: signature, url: "https://example.com/hook", body: Array("{}".utf8)))
        #expect(!RequestValidator.hasBodyHash("https://example.com/hook?a=1"))
        #expect(RequestValidator.hasBodyHash("https://example.com/hook?a=1&bodySHA256=ab"))
    }

    @Test(arguments: [
        ("https://example.com/a", ["https://example.com/a", "https://example.com:443/a"]),
        ("http://example.com:8080/a?x", ["http://example.com:8080/a?x", "http://example.com/a?x"]),
        ("http://user:pw@[::1]:3000/a", ["http://user:pw@[::1]:3000/a", "http://user:pw@[::1]/a"]),
        ("http://[::1]/a", ["http://[::1]/a", "http://[::1]:80/a"]),
    ])
    func portVariants(url: String, variants: [String]) {
        let validator = RequestValidator(authToken: "t")
        for variant in variants {
            #expect(validator.validate(signature: validator.signature(url: variant), url: url), "\(variant) should verify for \(url)")
        }
    }
}
