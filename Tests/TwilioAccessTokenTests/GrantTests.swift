import Testing

@testable import TwilioAccessToken
import TwilioWire

@Suite("Grants")
struct GrantTests {
    @Test("Each grant has Twilio's key and whether it needs an identity")
    func keys() {
        #expect(SyncGrant.key == "data_sync")
        #expect(PlaybackGrant.key == "player")
        #expect(VideoGrant.key == "video")
        #expect(VoiceGrant.key == "voice")
        #expect(ChatGrant.key == "chat")
        #expect(TaskRouterGrant.key == "task_router")
        #expect(SyncGrant().requiresIdentity && VideoGrant().requiresIdentity)
        #expect(VoiceGrant().requiresIdentity && ChatGrant().requiresIdentity)
        #expect(!PlaybackGrant().requiresIdentity && !TaskRouterGrant().requiresIdentity)
    }

    @Test("Unset and empty fields are left out, as JavaScript's truthiness leaves them out")
    func emptyFieldsOmitted() {
        #expect(SyncGrant(serviceSid: "", endpointId: nil).payload == [:])
        #expect(VideoGrant(room: "").payload == [:])
        #expect(ChatGrant(serviceSid: "", endpointId: "", deploymentRoleSid: "", pushCredentialSid: "").payload == [:])
        #expect(TaskRouterGrant(workspaceSid: "", workerSid: nil, role: "").payload == [:])
        #expect(VoiceGrant(outgoingApplicationSid: "", outgoingApplicationParams: ["a": 1], pushCredentialSid: "").payload == [:])
        #expect(PlaybackGrant().payload == [:])
    }

    @Test("Fields are written in twilio-node's order")
    func fieldOrder() {
        let chat = ChatGrant(serviceSid: "IS1", endpointId: "e", deploymentRoleSid: "RL1", pushCredentialSid: "CR1")
        #expect(chat.payload.objectValue?.keys == ["service_sid", "endpoint_id", "deployment_role_sid", "push_credential_sid"])
        let taskRouter = TaskRouterGrant(workspaceSid: "WS1", workerSid: "WK1", role: "worker")
        #expect(taskRouter.payload.objectValue?.keys == ["workspace_sid", "worker_sid", "role"])
        let voice = VoiceGrant(incomingAllow: true, outgoingApplicationSid: "AP1", pushCredentialSid: "CR1", endpointId: "e")
        #expect(voice.payload.objectValue?.keys == ["incoming", "outgoing", "push_credential_sid", "endpoint_id"])
    }

    @Test("Voice params live inside outgoing and are written even when empty")
    func voiceParams() {
        #expect(VoiceGrant(outgoingApplicationSid: "AP1", outgoingApplicationParams: [:]).payload
            == ["outgoing": ["application_sid": "AP1", "params": [:]]])
        #expect(VoiceGrant(outgoingApplicationSid: "AP1", outgoingApplicationParams: ["to": "+15005550006", "mode": "test"]).payload
            == ["outgoing": ["application_sid": "AP1", "params": ["to": "+15005550006", "mode": "test"]]])
        #expect(VoiceGrant(incomingAllow: false).payload == [:])
        #expect(VoiceGrant(incomingAllow: true).payload == ["incoming": ["allow": true]])
    }

    @Test("A playback grant object is kept verbatim, key order included")
    func playbackVerbatim() {
        let grant: JSONObject = ["z": 1, "requestCredentials": nil, "a": ["nested": [1, 2]]]
        #expect(PlaybackGrant(grant: grant).payload.objectValue?.keys == ["z", "requestCredentials", "a"])
        #expect(PlaybackGrant(grant: grant).payload == .object(grant))
    }

    @Test("A second grant with the same key replaces the first in its position")
    func sameKeyReplacesInPlace() throws {
        var token = AccessToken("AC1", "SK1", "secret", identity: "alice", clock: .fixed(1_700_000_000))
        token.addGrant(SyncGrant(serviceSid: "IS-first"))
        token.addGrant(VideoGrant(room: "room"))
        token.addGrant(SyncGrant(serviceSid: "IS-second"))

        #expect(token.grants.count == 2)
        let grants = try #require(try DecodedAccessToken(jwt: try token.toJwt()).grants)
        #expect(grants.keys == ["identity", "data_sync", "video"])
        #expect(grants["data_sync"] == ["service_sid": "IS-second"])
    }

    /// A grant this module does not ship, written as the protocol's documentation shows.
    struct ConversationsGrant: AccessTokenGrant {
        static let key = "rtc"
        var configurationProfileSid: String
        var payload: JSONValue { ["configuration_profile_sid": .string(configurationProfileSid)] }
        var requiresIdentity: Bool { true }
    }

    @Test("A custom grant is written and checked like the built-in ones")
    func customGrant() throws {
        var token = AccessToken("AC1", "SK1", "secret", clock: .fixed(1_700_000_000))
        token.addGrant(ConversationsGrant(configurationProfileSid: "CP1"))
        let error = try #require(throws: AccessTokenError.self) { try token.toJwt() }
        #expect(error.message.hasPrefix("ConversationsGrant needs an identity"))

        token.identity = "carol"
        let grants = try DecodedAccessToken(jwt: try token.toJwt()).grants
        #expect(grants == ["identity": "carol", "rtc": ["configuration_profile_sid": "CP1"]])
    }

    /// A grant keyed `identity`, which a JavaScript object assignment puts in the identity's place.
    struct IdentityOverride: AccessTokenGrant {
        static let key = "identity"
        var payload: JSONValue { "bob" }
        var requiresIdentity: Bool { false }
    }

    /// A grant that lets a token stay anonymous, as a Live viewer's playback grant does.
    struct AnonymousGrant: AccessTokenGrant {
        static let key = "anonymous"
        var payload: JSONValue { ["n": 1] }
        var requiresIdentity: Bool { false }
    }

    @Test("A custom grant keyed identity replaces the identity in its place")
    func grantKeyedIdentity() throws {
        var token = AccessToken("AC1", "SK1", "secret", identity: "alice", clock: .fixed(1_700_000_000))
        token.addGrant(SyncGrant(serviceSid: "IS1"))
        token.addGrant(IdentityOverride())
        let grants = try #require(try DecodedAccessToken(jwt: try token.toJwt()).grants)
        #expect(grants.keys == ["identity", "data_sync"])
        #expect(grants["identity"] == "bob")
    }

    @Test("An anonymous token's grants are written in order, without an identity")
    func anonymousGrants() throws {
        var token = AccessToken("AC1", "SK1", "secret", clock: .fixed(1_700_000_000))
        token.addGrant(AnonymousGrant())
        token.addGrant(PlaybackGrant(grant: JSONObject([("requestCredentials", .null)])))
        let payload = String(decoding: token.payloadJSON(now: 1_700_000_000), as: UTF8.self)
        #expect(payload.contains(#""grants":{"anonymous":{"n":1},"player":{"requestCredentials":null}},"#))

        token.addGrant(IdentityOverride())
        let overridden = String(decoding: token.payloadJSON(now: 1_700_000_000), as: UTF8.self)
        #expect(overridden.contains(#""grants":{"anonymous":{"n":1},"player":{"requestCredentials":null},"identity":"bob"},"#))

        var empty = AccessToken("AC1", "SK1", "secret", clock: .fixed(1_700_000_000))
        empty.ttl = 60
        let emptyPayload = String(decoding: empty.payloadJSON(now: 1_700_000_000), as: UTF8.self)
        #expect(emptyPayload == #"{"jti":"SK1-1700000000","grants":{},"iat":1700000000,"exp":1700000060,"iss":"SK1","sub":"AC1"}"#)
    }
}
