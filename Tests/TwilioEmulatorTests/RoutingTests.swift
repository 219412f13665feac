import Foundation
import Testing
import TwilioEmulator
import TwilioWire

struct RoutingTests {
    @Test(arguments: [
        "/", "", "v1/Services", "/v1", "/v3/Services", "/v2/PhoneNumbers", "/_emulator/Other", "/v1/Services/", "/v1//Services", "/v1/Services/x/Lists",
        "/v1/Services/x/Documents/a/b", "/v1/PlayerStreamers/x/TimedMetadata", "/v1/Services/%zz", "/v1/Services/%C3",
    ])
    func unknownOrMalformedPathsAre404(path: String) async throws {
        let test = try await TestEmulator.make()
        let message = try expectTwilioError(await test.send("GET", path), status: 404, code: 20404)
        #expect(message.hasPrefix("The requested resource "))
    }

    @Test(arguments: [
        ("PUT", "/v1/Services", "GET, POST"),
        ("PUT", "/v1/Services/default", "GET, POST, DELETE"),
        ("DELETE", "/v1/Services/default/Lists", "GET, POST"),
        ("POST", "/v1/Services/default/Maps/m/Permissions", "GET"),
        ("GET", "/v1/Services/default/Streams/s/Messages", "POST"),
        ("PATCH", "/v1/Services/default/Documents/doc", "GET, POST, DELETE"),
        ("DELETE", "/v1/PlayerStreamers", "GET, POST"),
        ("get", "/v1/PlayerStreamers", "GET, POST"),
        ("BREW", "/v1/PlayerStreamers/VJ0/PlaybackGrant", "POST"),
    ])
    func unsupportedMethodsAre405WithAllow(method: String, path: String, allow: String) async throws {
        let test = try await TestEmulator.make()
        let response = await test.send(method, path)
        try expectTwilioError(response, status: 405, code: 20004)
        #expect(response.header("Allow") == allow)
    }

    @Test func badFormEncodingIs400NamingTheParameter() async throws {
        let test = try await TestEmulator.make()
        let request = EmulatorRequest(
            method: "POST", path: test.documentsPath,
            headers: [("Authorization", TestValues.apiKeyAuthorization)], body: Array("UniqueName=a%2&Data=%7B%7D".utf8)
        )
        let message = try expectTwilioError(await test.emulator.handle(request), status: 400, code: 20001)
        #expect(message.contains("UniqueName"))

        let invalidUTF8 = EmulatorRequest(
            method: "POST", path: test.documentsPath,
            headers: [("Authorization", TestValues.apiKeyAuthorization)], body: Array("Data=%FF".utf8)
        )
        let utf8Message = try expectTwilioError(await test.emulator.handle(invalidUTF8), status: 400, code: 20001)
        #expect(utf8Message.contains("Data"))
    }

    @Test func formBodiesDecodePlusAndPercent() async throws {
        let test = try await TestEmulator.make()
        let request = EmulatorRequest(
            method: "POST", path: test.documentsPath,
            headers: [("Authorization", TestValues.apiKeyAuthorization)],
            body: Array("UniqueName=a+b%2Bc&Unknown=1&Data=%7B%22k%22%3A%22%E2%9C%93%22%7D".utf8)
        )
        let response = await test.emulator.handle(request)
        #expect(response.status == 201)
        #expect(response.json?["unique_name"] == "a b+c")
        #expect(response.json?["data"] == ["k": "✓"])
    }

    @Test func queryInThePathIsRead() async throws {
        let test = try await TestEmulator.make()
        let response = await test.send("GET", test.documentsPath + "?PageSize=3")
        #expect(response.status == 200)
        #expect(response.json?["meta"]?["page_size"] == 3)
    }

    @Test func inProcessHandleSkipsAuthenticationAndUsesTheSameRoutes() async throws {
        let emulator = TwilioEmulator(credentials: EmulatorCredentials(accountSid: TestValues.accountSid), store: .inMemory())
        let service = await emulator.handle(method: "POST", path: "/v1/Services")
        #expect(service.status == 201)
        let created = await emulator.handle(
            method: "POST", path: "/v1/Services/default/Documents",
            parameters: [("UniqueName", "streaming_info"), ("Data", #"{"playerStreamerSid":"VJ1"}"#)]
        )
        #expect(created.status == 201)
        let fetched = await emulator.handle(method: "GET", path: "/v1/Services/default/Documents/streaming_info")
        #expect(fetched.json?["data"]?["playerStreamerSid"] == "VJ1")
        let listed = await emulator.handle(method: "GET", path: "/v1/Services/default/Documents", parameters: [("PageSize", "1")])
        #expect(listed.json?["meta"]?["page_size"] == 1)
    }

    @Test func arbitraryBytesNeverCrash() async throws {
        let test = try await TestEmulator.make()
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("/%+=&?v1ServicesDocumentsPlayerStreamersPlaybackGrantETISVJ0aF\u{0}\u{FF}é".utf8)
        for _ in 0..<500 {
            let path = "/" + String(decoding: (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }, as: UTF8.self)
            let body = (0..<Int.random(in: 0...60, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            for method in ["GET", "POST", "DELETE", "OPTIONS"] {
                let response = await test.emulator.handle(
                    EmulatorRequest(
                        method: method, path: path, query: String(decoding: body, as: UTF8.self),
                        headers: [("Authorization", TestValues.apiKeyAuthorization)], body: body
                    )
                )
                #expect((200..<500).contains(response.status))
            }
        }
    }

    @Test func aPageNumberAtTheEndOfIntHasNoNextPage() async throws {
        let test = try await TestEmulator.make()
        _ = await test.send("POST", "/v1/Services", [("FriendlyName", "second")])
        let response = await test.send("GET", "/v1/Services", [("PageSize", "1"), ("Page", "\(Int.max)"), ("PageToken", "PT0")])
        #expect(response.status == 200)
        #expect(response.json?["meta"]?["next_page_url"] == .null)
    }

    @Test(arguments: [
        ("sync.twilio.com", "/v1/Services", 200),
        ("verify.localhost:3001", "/v1/Services", 404),
        ("verify.localhost:3001", "/v2/Services", 200),
        ("lookups.localhost:3001", "/v2/Services", 404),
        ("lookups.localhost:3001", "/v2/PhoneNumbers/+14155552671", 200),
        ("api.localhost", "/2010-04-01/Accounts/\(TestValues.accountSid)/Messages.json", 200),
        ("sync.localhost", "/2010-04-01/Accounts/\(TestValues.accountSid)/Messages.json", 404),
        ("media.localhost", "/v1/PlayerStreamers", 200),
        ("127.0.0.1:3001", "/v2/Services", 200),
        ("localhost", "/v1/Services", 200),
        ("syncer.example", "/v2/Services", 200),
        ("verify.localhost", "/_emulator/VerifyCodes", 200),
    ])
    func aHostNamingAProductReachesThatProductOnly(host: String, path: String, status: Int) async throws {
        let test = try await TestEmulator.make()
        let response = await test.send("GET", path, headers: [("Host", host)])
        #expect(response.status == status, "\(response.bodyText)")
    }
}

struct BaseURLTests {
    @Test func bindingAPortKeepsTheFunctionsServer() {
        var urls = EmulatorBaseURLs.local("http://127.0.0.1:0")
        urls.functions = "http://127.0.0.1:3000"
        let bound = urls.binding(port: 4321)
        #expect(bound.sync == "http://127.0.0.1:4321" && bound.verify == "http://127.0.0.1:4321" && bound.lookups == "http://127.0.0.1:4321")
        #expect(bound.functions == "http://127.0.0.1:3000")
        #expect(EmulatorBaseURLs.twilio.binding(port: 4321) == .twilio)
    }
}
