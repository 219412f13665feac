import TwilioAccessToken
import TwilioWire

/// The hidden part of a JavaScript `AccessToken`: the signing secret, kept out of its properties
/// so that logging or serializing the token object never shows it.
struct AccessTokenSecret {
    let secret: String
}

/// `Twilio.jwt.AccessToken` and its grants over TwilioAccessToken, so a token minted by ported
/// JavaScript is byte for byte the one ``TwilioAccessToken/AccessToken`` mints from the same inputs.
///
/// The token and grant objects keep twilio-node's properties (`identity`, `ttl`, `grants`,
/// `serviceSid`, …); `toJwt()` reads them when it is called, so assignments after `addGrant`
/// count, as in JavaScript.
enum AccessTokenClass {
    /// The constructor, with the grant classes as its properties (`AccessToken.SyncGrant`).
    static func constructor(clock: TokenClock = .system) -> JSValue {
        let prototype = makePrototype(clock: clock)
        let constructor = JSObject.makeConstructor(name: "AccessToken", parameters: 4, instanceClassName: "AccessToken") { arguments, _ in
            for (index, name) in ["accountSid", "keySid", "secret"].enumerated() where !arguments[index].isTruthy {
                throw JSThrow.error("Error", "\(name) is required: new AccessToken(accountSid, keySid, secret, options)")
            }
            let token = JSObject(native: AccessTokenSecret(secret: arguments[2].toString), className: "AccessToken", prototype: prototype)
            let options = arguments[3]
            token.set("accountSid", arguments[0])
            token.set("keySid", arguments[1])
            token.set("ttl", options.ttl.isTruthy ? options.ttl : 3600)
            token.set("identity", options.identity)
            token.set("nbf", options.nbf)
            token.set("region", options.region)
            token.set("grants", .array([]))
            return .object(token)
        }
        for grant in GrantKind.allCases {
            constructor.define(grant.rawValue, grantConstructor(grant), enumerable: false)
        }
        return .object(constructor)
    }

    private static func makePrototype(clock: TokenClock) -> JSObject {
        let prototype = JSObject()
        prototype.defineMethod("addGrant", parameters: 1) { this, arguments in
            guard arguments[0].native(as: GrantKind.self) != nil else {
                throw JSThrow.typeError("addGrant() needs a grant made with new AccessToken.SyncGrant(...) or another grant class")
            }
            let grants = this.grants
            if case .object(let array) = grants, array.kind == .array {
                array.elements.append(arguments[0])
            } else {
                this.grants = .array([arguments[0]])
            }
            return .undefined
        }
        prototype.defineMethod("toJwt", parameters: 1) { this, arguments in
            if !arguments[0].isNullish, arguments[0].toString != "HS256" {
                throw JSThrow.error("Error", "toJwt('\(arguments[0].toString)'): only HS256 is supported in the Swift port; call toJwt() without an algorithm")
            }
            return .string(try jwt(of: this, clock: clock))
        }
        prototype.defineMethod("toString") { this, _ in
            .string("[AccessToken \(this.accountSid.toString)]")
        }
        return prototype
    }

    /// Signs the token from its current properties.
    private static func jwt(of this: JSValue, clock: TokenClock) throws -> String {
        guard let secret = this.native(as: AccessTokenSecret.self) else {
            throw JSThrow.typeError("toJwt() must be called on an AccessToken")
        }
        var token = AccessToken(
            this.accountSid.toString,
            this.keySid.toString,
            secret.secret,
            identity: this.identity.isTruthy ? this.identity.toString : nil,
            ttl: this.ttl.isTruthy ? wholeSeconds(this.ttl) : 3600,
            nbf: this.nbf.isNullish ? nil : wholeSeconds(this.nbf),
            region: this.region.isTruthy ? this.region.toString : nil,
            clock: clock
        )
        for grant in this.grants.iteratedValues {
            guard let kind = grant.native(as: GrantKind.self) else { continue }
            kind.add(grant, to: &token)
        }
        do {
            return try token.toJwt()
        } catch {
            throw JSThrow.error("Error", error.message)
        }
    }

    /// A number of seconds as an `Int`, kept in a range that cannot overflow.
    private static func wholeSeconds(_ value: JSValue) -> Int {
        Int(min(max(value.toIntegerOrInfinity, -1e12), 1e12))
    }

    private static func grantConstructor(_ kind: GrantKind) -> JSValue {
        .object(
            JSObject.makeConstructor(name: kind.rawValue, parameters: 1, instanceClassName: kind.rawValue) { arguments, _ in
                let grant = JSObject(native: kind, className: kind.rawValue)
                for option in kind.options {
                    grant.set(option, arguments[0].get(option))
                }
                return .object(grant)
            }
        )
    }
}

/// The grant classes, by their twilio-node names, with the options each constructor reads.
enum GrantKind: String, CaseIterable {
    case sync = "SyncGrant"
    case playback = "PlaybackGrant"
    case video = "VideoGrant"
    case voice = "VoiceGrant"
    case chat = "ChatGrant"
    case taskRouter = "TaskRouterGrant"

    var options: [String] {
        switch self {
        case .sync: ["serviceSid", "endpointId"]
        case .playback: ["grant"]
        case .video: ["room"]
        case .voice: ["incomingAllow", "outgoingApplicationSid", "outgoingApplicationParams", "pushCredentialSid", "endpointId"]
        case .chat: ["serviceSid", "endpointId", "deploymentRoleSid", "pushCredentialSid"]
        case .taskRouter: ["workspaceSid", "workerSid", "role"]
        }
    }

    /// Adds the TwilioAccessToken grant built from `grant`'s current properties.
    func add(_ grant: JSValue, to token: inout AccessToken) {
        func text(_ name: String) -> String? {
            let value = grant.get(name)
            return value.isTruthy ? value.toString : nil
        }
        switch self {
        case .sync:
            token.addGrant(SyncGrant(serviceSid: text("serviceSid"), endpointId: text("endpointId")))
        case .playback:
            token.addGrant(PlaybackGrant(grant: grant.get("grant").toJSON?.objectValue))
        case .video:
            token.addGrant(VideoGrant(room: text("room")))
        case .voice:
            let params = grant.get("outgoingApplicationParams")
            token.addGrant(
                VoiceGrant(
                    incomingAllow: grant.get("incomingAllow").strictlyTrue,
                    outgoingApplicationSid: text("outgoingApplicationSid"),
                    outgoingApplicationParams: params.isTruthy ? params.toJSON?.objectValue : nil,
                    pushCredentialSid: text("pushCredentialSid"),
                    endpointId: text("endpointId")
                )
            )
        case .chat:
            token.addGrant(
                ChatGrant(
                    serviceSid: text("serviceSid"),
                    endpointId: text("endpointId"),
                    deploymentRoleSid: text("deploymentRoleSid"),
                    pushCredentialSid: text("pushCredentialSid")
                )
            )
        case .taskRouter:
            token.addGrant(TaskRouterGrant(workspaceSid: text("workspaceSid"), workerSid: text("workerSid"), role: text("role")))
        }
    }
}

extension JSValue {
    /// `x === true`, as twilio-node tests `incomingAllow`.
    fileprivate var strictlyTrue: Bool {
        if case .bool(true) = self { return true }
        return false
    }
}
