import Foundation
import Testing
import TwilioEmulator
import TwilioWire

struct AuthenticationTests {
    private func fetchServices(
        _ authorization: String?,
        credentials: EmulatorCredentials = TestValues.credentials
    ) async -> EmulatorResponse {
        let emulator = TwilioEmulator(credentials: credentials, store: .inMemory())
        let headers: HeaderList = authorization.map { [("Authorization", $0)] } ?? []
        return await emulator.handle(EmulatorRequest(method: "GET", path: "/v1/Services", headers: headers))
    }

    @Test("replaced credentials are accepted from the next request on, and the old ones no longer")
    func replacedCredentials() async throws {
        let emulator = TwilioEmulator(credentials: TestValues.credentials, store: .inMemory())
        let newSecret = "rotated-secret-for-tests"
        func status(_ secret: String) async -> Int {
            let authorization = EmulatorCredentials.basic(username: TestValues.apiKey, password: secret)
            return await emulator.handle(EmulatorRequest(method: "GET", path: "/v1/Services", headers: [("Authorization", authorization)])).status
        }
        #expect(await status(TestValues.apiSecret) == 200)
        emulator.replaceCredentials(
            with: EmulatorCredentials(accountSid: TestValues.accountSid, apiKey: TestValues.apiKey, apiSecret: newSecret)
        )
        #expect(await status(newSecret) == 200)
        #expect(await status(TestValues.apiSecret) == 401)
        #expect(emulator.credentials.apiSecret == newSecret)
    }

    @Test func missingCredentialsAre401WithTwilioBody() async throws {
        let response = await fetchServices(nil)
        #expect(response.status == 401)
        #expect(
            response.bodyText == #"{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}"#
        )
        #expect(response.header("WWW-Authenticate") == #"Basic realm="Twilio API""#)
    }

    @Test(arguments: [
        EmulatorCredentials.basic(username: TestValues.apiKey, password: "wrong-secret"),
        EmulatorCredentials.basic(username: TestValues.apiKey, password: TestValues.apiSecret + "x"),
        EmulatorCredentials.basic(username: TestValues.apiKey, password: String(TestValues.apiSecret.dropLast())),
        EmulatorCredentials.basic(username: TestValues.accountSid, password: TestValues.apiSecret),
        EmulatorCredentials.basic(username: TestValues.apiKey, password: TestValues.authToken),
        EmulatorCredentials.basic(username: TestValues.accountSid, password: ""),
        "Bearer " + TestValues.apiSecret,
        "Basic not-base64!",
        "Basic " + Data("no-colon".utf8).base64EncodedString(),
    ])
    func wrongCredentialsAre401(authorization: String) async throws {
        let message = try expectTwilioError(await fetchServices(authorization), status: 401, code: 20003)
        #expect(message == "Authenticate")
    }

    @Test func apiKeyAndSecretAreAccepted() async throws {
        let response = await fetchServices(EmulatorCredentials.basic(username: TestValues.apiKey, password: TestValues.apiSecret))
        #expect(response.status == 200)
    }

    @Test func accountSidAndAuthTokenAreAccepted() async throws {
        let response = await fetchServices(
            EmulatorCredentials.basic(username: TestValues.accountSid, password: TestValues.authToken)
        )
        #expect(response.status == 200)
    }

    @Test func authenticationComesBeforeRouting() async throws {
        let emulator = TwilioEmulator(credentials: TestValues.credentials, store: .inMemory())
        let response = await emulator.handle(EmulatorRequest(method: "GET", path: "/no/such/path"))
        try expectTwilioError(response, status: 401, code: 20003)
    }

    @Test(arguments: [nil, ""] as [String?])
    func unsetOrEmptySecretsNeverAuthenticate(secret: String?) async throws {
        let credentials = EmulatorCredentials(
            accountSid: TestValues.accountSid, authToken: secret, apiKey: TestValues.apiKey, apiSecret: secret
        )
        #expect(credentials.authorizationHeader == nil)
        for username in [TestValues.accountSid, TestValues.apiKey] {
            let response = await fetchServices(EmulatorCredentials.basic(username: username, password: ""), credentials: credentials)
            #expect(response.status == 401)
        }
    }

    @Test func authorizationHeaderPrefersTheApiKey() async throws {
        #expect(
            TestValues.credentials.authorizationHeader
                == EmulatorCredentials.basic(username: TestValues.apiKey, password: TestValues.apiSecret)
        )
        let accountOnly = EmulatorCredentials(accountSid: TestValues.accountSid, authToken: TestValues.authToken)
        let response = await fetchServices(accountOnly.authorizationHeader, credentials: accountOnly)
        #expect(response.status == 200)
    }

    @Test func schemeNameIsCaseInsensitive() async throws {
        let header = EmulatorCredentials.basic(username: TestValues.apiKey, password: TestValues.apiSecret)
        let response = await fetchServices("basic" + header.dropFirst(5))
        #expect(response.status == 200)
    }

    @Test("spellings other than the SDKs' exact header are still decoded and accepted")
    func otherSpellingsOfTheRightPairAreAccepted() async throws {
        let encoded = String(EmulatorCredentials.basic(username: TestValues.accountSid, password: TestValues.authToken).dropFirst(6))
        for header in ["BASIC " + encoded, "Basic  " + encoded, "Basic \t" + encoded + " ", "  Basic " + encoded] {
            #expect(await fetchServices(header).status == 200, "\(header)")
        }
    }

    @Test("a username with a colon never authenticates, since the header splits at its first colon")
    func usernameWithAColonIsRefused() async throws {
        let credentials = EmulatorCredentials(accountSid: TestValues.accountSid, apiKey: "SK:x", apiSecret: TestValues.apiSecret)
        let response = await fetchServices(EmulatorCredentials.basic(username: "SK:x", password: TestValues.apiSecret), credentials: credentials)
        #expect(response.status == 401)
    }
}
