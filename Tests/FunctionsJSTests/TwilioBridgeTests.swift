@testable import FunctionsJS
import FunctionsRuntime
import Testing
import TwilioAccessToken
import TwilioWire

@Suite("Twilio.Response, Twilio.jwt.AccessToken and console")
struct TwilioBridgeTests {
    @Test func responseSettersChainOnAFunctionResponse() async throws {
        let Response = TwilioResponseClass.constructor()
        let response = try await Response.new()
        let chained = try await response.setStatusCode(201).appendHeader("X-Multi", ["a", "b"])
        _ = try await chained.setBody(["ok": true]).setCookie("session", "abc", ["Path=/", "HttpOnly"])
        _ = try await response.setCookie("old", "1")
        _ = try await response.removeCookie("old")
        let native = try #require(response.native(as: FunctionResponse.self))
        #expect(native.statusCode == 201)
        #expect(native.body == .json(["ok": true]))
        let result = try native.functionResult()
        #expect(result.headers.filter { $0.name == "X-Multi" }.map(\.value) == ["a", "b"])
        #expect(result.headers.filter { $0.name == "Set-Cookie" }.map(\.value) == ["session=abc;Path=/;HttpOnly", "old=;Max-Age=0"])
    }

    @Test func responseConstructorOptionsAndTextBodies() async throws {
        let response = try await TwilioResponseClass.constructor().new(["statusCode": 404, "body": "gone", "headers": ["X-A": "1"]])
        let native = try #require(response.native(as: FunctionResponse.self))
        #expect(native.statusCode == 404)
        #expect(native.body == .text("gone"))
        #expect(native.headers.first?.name == "X-A")
    }

    @Test(arguments: ["42", "abc", "1000", "200.5"])
    func aStatusCodeThatIsNoHTTPStatusThrows(code: String) async throws {
        let response = try await TwilioResponseClass.constructor().new()
        let value: JSValue = Double(code).map(JSValue.number) ?? .string(code)
        await #expect(throws: JSThrow.self) { _ = try await response.setStatusCode(value) }
    }

    @Test func accessTokensEqualTwilioAccessTokensFromTheSameInputs() async throws {
        let clock = TokenClock.fixed(1_700_000_000)
        let AccessToken = AccessTokenClass.constructor(clock: clock)
        let token = try await AccessToken.new("ACx", "SKx", "secret", ["identity": "alice", "ttl": 600, "region": "ie1"])
        _ = try await token.addGrant(try await AccessToken.SyncGrant.new(["serviceSid": "ISx", "endpointId": "tab-1"]))
        _ = try await token.addGrant(try await AccessToken.VoiceGrant.new([
            "incomingAllow": true, "outgoingApplicationSid": "APx", "outgoingApplicationParams": ["mode": "test"],
        ]))
        _ = try await token.addGrant(try await AccessToken.VideoGrant.new(["room": "lobby"]))
        _ = try await token.addGrant(try await AccessToken.ChatGrant.new(["serviceSid": "ISc", "pushCredentialSid": "CRx"]))
        _ = try await token.addGrant(try await AccessToken.TaskRouterGrant.new(["workspaceSid": "WSx", "workerSid": "WKx", "role": "worker"]))
        _ = try await token.addGrant(try await AccessToken.PlaybackGrant.new(["grant": ["playbackUrl": "https://p", "requestCredentials": nil]]))
        token.nbf = 1_699_999_000

        var expected = TwilioAccessToken.AccessToken("ACx", "SKx", "secret", identity: "alice", ttl: 600, nbf: 1_699_999_000, region: "ie1", clock: clock)
        expected.addGrant(SyncGrant(serviceSid: "ISx", endpointId: "tab-1"))
        expected.addGrant(VoiceGrant(incomingAllow: true, outgoingApplicationSid: "APx", outgoingApplicationParams: ["mode": "test"]))
        expected.addGrant(VideoGrant(room: "lobby"))
        expected.addGrant(ChatGrant(serviceSid: "ISc", pushCredentialSid: "CRx"))
        expected.addGrant(TaskRouterGrant(workspaceSid: "WSx", workerSid: "WKx", role: "worker"))
        expected.addGrant(PlaybackGrant(grant: ["playbackUrl": "https://p", "requestCredentials": nil]))
        #expect(try await token.toJwt().toString == (try expected.toJwt()))
    }

    @Test func theIdentityAndTtlSetAfterAddGrantCount() async throws {
        let clock = TokenClock.fixed(1_700_000_000)
        let AccessToken = AccessTokenClass.constructor(clock: clock)
        let token = try await AccessToken.new("ACx", "SKx", "secret")
        _ = try await token.addGrant(try await AccessToken.SyncGrant.new(["serviceSid": "ISx"]))
        token.identity = "bob"
        token.ttl = 60
        var expected = TwilioAccessToken.AccessToken("ACx", "SKx", "secret", identity: "bob", ttl: 60, clock: clock)
        expected.addGrant(SyncGrant(serviceSid: "ISx"))
        #expect(try await token.toJwt().toString == (try expected.toJwt()))
        #expect(token.toJSON?["secret"] == nil)
    }

    @Test func aMissingIdentityThrowsTwilioAccessTokensMessage() async throws {
        let AccessToken = AccessTokenClass.constructor()
        let token = try await AccessToken.new("ACx", "SKx", "secret")
        _ = try await token.addGrant(try await AccessToken.VoiceGrant.new(["incomingAllow": true]))
        do {
            _ = try await token.toJwt()
            Issue.record("toJwt() should have thrown")
        } catch let error as JSThrow {
            #expect(error.value.message.toString.hasPrefix("VoiceGrant needs an identity"))
        }
    }

    @Test(arguments: [0, 1, 2])
    func aMissingCredentialThrowsNamingIt(missing: Int) async throws {
        var arguments: [JSValue] = ["ACx", "SKx", "secret"]
        arguments[missing] = .undefined
        do {
            _ = try await AccessTokenClass.constructor().new(arguments: arguments)
            Issue.record("the constructor should have thrown")
        } catch let error as JSThrow {
            #expect(error.value.message.toString.hasPrefix(["accountSid", "keySid", "secret"][missing] + " is required"))
        }
    }

    @Test func consoleFormatsLikeUtilFormat() {
        let cases: [([JSValue], String)] = [
            (["a", 1, true, nil, .undefined], "a 1 true null undefined"),
            (["%s has %d items (%j)", "cart", 3, ["x": 1]], #"cart has 3 items ({"x":1})"#),
            (["100%% sure", "extra"], "100% sure extra"),
            ([["a": 1, "b": "x", "nested": ["deep": [1, 2]]]], "{ a: 1, b: 'x', nested: { deep: [ 1, 2 ] } }"),
            ([JSValue.array([])], "[]"),
        ]
        for (arguments, line) in cases {
            #expect(ConsoleBridge.format(arguments) == line)
        }
    }

    @Test func consoleShowsAnErrorsStackAndFields() {
        let error = JSValue.makeError("Error", "not found")
        error.status = 404
        #expect(ConsoleBridge.format([error]) == "Error: not found { status: 404 }")
    }
}
