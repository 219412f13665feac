import Foundation
import TwilioAccessToken
import TwilioWire

/// `Vectors/vectors.json`: tokens minted by twilio-python with a pinned clock, and the same
/// inputs laid out as twilio-node lays them out.
struct TokenVectors: Sendable {
    /// `access_tokens[]` by name.
    let accessTokens: [String: JSONObject]
    /// `node_shape_reconstructions[]` by name.
    let nodeShapes: [String: JSONObject]

    /// Parsed once for the whole run.
    static func shared() throws -> TokenVectors { try cached.get() }

    private static let cached = Result { () throws -> TokenVectors in try load() }

    private static func load() throws -> TokenVectors {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Vectors/vectors.json")
        let root = try JSONParser.parse([UInt8](try Data(contentsOf: url)))
        func byName(_ key: String) throws -> [String: JSONObject] {
            guard let entries = root[key]?.arrayValue else { throw VectorError("vectors.json has no \(key) array") }
            var named: [String: JSONObject] = [:]
            for entry in entries {
                guard let object = entry.objectValue, let name = object["name"]?.stringValue else {
                    throw VectorError("\(key) has an entry without a name")
                }
                named[name] = object
            }
            return named
        }
        return TokenVectors(accessTokens: try byName("access_tokens"), nodeShapes: try byName("node_shape_reconstructions"))
    }

    /// The `inputs` of the `access_tokens` entry called `name`.
    func inputs(_ name: String) throws -> TokenInputs {
        guard let inputs = accessTokens[name]?["inputs"]?.objectValue else { throw VectorError("no access_tokens entry \(name)") }
        return try TokenInputs(inputs)
    }
}

/// One vector's constructor arguments, mapped onto this library's API.
struct TokenInputs {
    /// How the vector passed `nbf` to twilio-python.
    enum NotBefore: Equatable {
        /// Not passed: Python writes `nbf = now`, Node writes none.
        case libraryDefault
        /// Passed `None`: no `nbf` claim.
        case omitted
        case value(Int)
    }

    let accountSid: String
    let apiKey: String
    let apiSecret: String
    /// Python's identity as text: an integer becomes its digits, as twilio-node's `String(identity)`.
    let identity: String?
    let ttl: Int
    let nbf: NotBefore
    let validUntil: Int?
    let region: String?
    let grants: [(className: String, kwargs: JSONObject)]
    let now: Int

    init(_ inputs: JSONObject) throws {
        func string(_ key: String) throws -> String {
            guard let value = inputs[key]?.stringValue else { throw VectorError("inputs.\(key) is not a string") }
            return value
        }
        func integer(_ key: String) throws -> Int {
            guard let value = inputs[key]?.intValue else { throw VectorError("inputs.\(key) is not an integer") }
            return value
        }
        accountSid = try string("account_sid")
        apiKey = try string("api_key")
        apiSecret = try string("api_secret")
        switch inputs["identity"] {
        case .string(let text): identity = text
        case .int(let number): identity = String(number)
        case .null, nil: identity = nil
        case let other?: throw VectorError("inputs.identity has an unexpected type: \(other)")
        }
        ttl = try integer("ttl")
        switch inputs["nbf"] {
        case .string("DEFAULT"): nbf = .libraryDefault
        case .null, nil: nbf = .omitted
        case .int(let seconds): nbf = .value(seconds)
        case let other?: throw VectorError("inputs.nbf has an unexpected value: \(other)")
        }
        validUntil = inputs["valid_until"]?.intValue
        region = inputs["region"]?.stringValue
        now = try integer("now")
        grants = try (inputs["grants"]?.arrayValue ?? []).map { grant in
            guard let className = grant["class"]?.stringValue, let kwargs = grant["kwargs"]?.objectValue else {
                throw VectorError("a grant has no class or kwargs: \(grant)")
            }
            return (className, kwargs)
        }
    }

    /// The token twilio-node would build from these inputs. `valid_until` has no Node option; it
    /// becomes the equivalent ttl.
    func makeToken() throws -> AccessToken {
        var nodeNbf: Int?
        if case .value(let seconds) = nbf { nodeNbf = seconds }
        var token = AccessToken(
            accountSid,
            apiKey,
            apiSecret,
            identity: identity,
            ttl: validUntil.map { $0 - now } ?? ttl,
            nbf: nodeNbf,
            region: region,
            clock: .fixed(now)
        )
        for grant in grants {
            token.addGrant(try Self.makeGrant(grant.className, grant.kwargs))
        }
        return token
    }

    /// Maps a twilio-python grant class and its snake_case kwargs to this library's grant.
    static func makeGrant(_ className: String, _ kwargs: JSONObject) throws -> any AccessTokenGrant {
        let known: Set<String>
        let grant: any AccessTokenGrant
        func string(_ key: String) -> String? { kwargs[key]?.stringValue }
        switch className {
        case "SyncGrant":
            known = ["service_sid", "endpoint_id"]
            grant = SyncGrant(serviceSid: string("service_sid"), endpointId: string("endpoint_id"))
        case "PlaybackGrant":
            known = ["grant"]
            grant = PlaybackGrant(grant: kwargs["grant"]?.objectValue)
        case "VideoGrant":
            known = ["room"]
            grant = VideoGrant(room: string("room"))
        case "VoiceGrant":
            known = ["incoming_allow", "outgoing_application_sid", "outgoing_application_params", "push_credential_sid", "endpoint_id"]
            grant = VoiceGrant(
                incomingAllow: kwargs["incoming_allow"]?.boolValue ?? false,
                outgoingApplicationSid: string("outgoing_application_sid"),
                outgoingApplicationParams: kwargs["outgoing_application_params"]?.objectValue,
                pushCredentialSid: string("push_credential_sid"),
                endpointId: string("endpoint_id")
            )
        case "ChatGrant":
            known = ["service_sid", "endpoint_id", "deployment_role_sid", "push_credential_sid"]
            grant = ChatGrant(
                serviceSid: string("service_sid"),
                endpointId: string("endpoint_id"),
                deploymentRoleSid: string("deployment_role_sid"),
                pushCredentialSid: string("push_credential_sid")
            )
        case "TaskRouterGrant":
            known = ["workspace_sid", "worker_sid", "role"]
            grant = TaskRouterGrant(workspaceSid: string("workspace_sid"), workerSid: string("worker_sid"), role: string("role"))
        default:
            throw VectorError("unknown grant class \(className)")
        }
        // A kwarg the mapping does not know would be dropped silently and the comparison would
        // test less than it claims.
        let unknown = Set(kwargs.keys).subtracting(known)
        guard unknown.isEmpty else { throw VectorError("\(className) kwargs not mapped: \(unknown.sorted())") }
        return grant
    }
}

struct VectorError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Test-side JWT helpers built on Foundation, independent of the library's own base64url code.
enum JWTText {
    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func base64URL(_ text: String) -> String { base64URL(Array(text.utf8)) }

    static func decodeSegment(_ segment: some StringProtocol) throws -> [UInt8] {
        var text = segment.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.count % 4) % 4)
        guard let data = Data(base64Encoded: text) else { throw VectorError("not base64url: \(segment)") }
        return [UInt8](data)
    }

    static func segments(_ jwt: String) -> [Substring] {
        jwt.split(separator: ".", omittingEmptySubsequences: false)
    }
}

extension JSONValue {
    /// The value with every object's keys sorted, so two objects compare as unordered maps.
    var unordered: JSONValue {
        switch self {
        case .object(let object):
            return .object(JSONObject(object.entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value.unordered) }))
        case .array(let values):
            return .array(values.map(\.unordered))
        default:
            return self
        }
    }
}
