import FunctionsPort

extension PackageTemplate {
    static let helloSource = """
        import FunctionsRuntime

        /// `/hello`: the classic first Function.
        public let hello: FunctionHandler = { context, event, callback in
            callback(nil, "Hello World")
        }

        """

    static let tokenSource = """
        import FunctionsRuntime
        import TwilioAccessToken

        /// `/token`: an Access Token with a Sync grant for the `identity` parameter, as Twilio's Sync
        /// tutorial Function mints it. Authenticate the user before trusting `identity` in a real app.
        public let token: FunctionHandler = { context, event, callback in
            var accessToken = AccessToken(try context.ACCOUNT_SID, try context.API_KEY, try context.API_SECRET)
            accessToken.addGrant(SyncGrant(serviceSid: try context.SYNC_SERVICE_SID))
            accessToken.identity = event.identity

            let response = Twilio.Response()
            response.appendHeader("Access-Control-Allow-Origin", "*")
            response.appendHeader("Content-Type", "application/json")
            response.setBody(["token": try accessToken.toJwt()])
            callback(nil, response)
        }

        """

    var helloTests: String {
        """
        import FunctionsTesting
        import Testing

        @Test func helloAnswersHelloWorld() async throws {
            let response = try await FunctionsTestKit.package().get("/hello")
            #expect(response.status == 200)
            #expect(response.text == "Hello World")
        }

        """
    }

    var tokenTests: String {
        """
        import FunctionsTesting
        import Testing

        @Test func tokenCarriesTheIdentityAndASyncGrant() async throws {
            let kit = try FunctionsTestKit.package()
            let response = await kit.get("/token", query: ["identity": "alice"])
            #expect(response.status == 200)
            let secret = try #require(kit.project.environment["API_SECRET"])
            let token = try response.accessToken(secret: secret)
            #expect(token.identity == "alice")
            #expect(token.grants?["data_sync"]?["service_sid"]?.stringValue == kit.project.environment["SYNC_SERVICE_SID"])
        }

        @Test func aTokenDoesNotVerifyWithAnotherSecret() async throws {
            let response = try await FunctionsTestKit.package().get("/token", query: ["identity": "alice"])
            #expect(throws: (any Error).self) { try response.accessToken(secret: "another-secret") }
        }

        """
    }

    static let manifest = """
        {
          "functions": [
            { "path": "/hello", "handler": "hello" },
            { "path": "/token", "handler": "token" }
          ]
        }

        """

    static let environment = """
        \(PlaceholderEnvironment.header)

        ACCOUNT_SID=\(PlaceholderEnvironment.accountSid)
        API_KEY=\(PlaceholderEnvironment.apiKey)
        API_SECRET=\(PlaceholderEnvironment.apiSecret)
        AUTH_TOKEN=\(PlaceholderEnvironment.authToken)
        SYNC_SERVICE_SID=\(PlaceholderEnvironment.syncServiceSid)

        """

    var readme: String {
        """
        # \(name.package)

        Twilio Functions written in Swift, served and tested on this machine with twilio-functions.

        ```sh
        swift run \(name.package) serve   # serves functions.json with environment on http://127.0.0.1:3000
        swift test                  # runs the handlers' tests
        ```

        Then:

        ```sh
        curl http://127.0.0.1:3000/hello
        curl 'http://127.0.0.1:3000/token?identity=alice'
        swift run \(name.package) invoke /token -p identity=alice   # one request, no port
        swift run \(name.package) check                            # the manifest, environment and handlers
        swift run \(name.package) serve --watch                    # a save of the handlers is served in about a second
        ```

        - `Sources/\(name.module)/`: the handlers, and `\(name.module).swift`, the registry that names them.
        - `Sources/\(name.package)/main.swift`: the command line over those handlers.
        - `Tests/\(name.testModule)/`: a test per handler, in process, with `FunctionsTesting`.
        - `functions.json`: the path each handler answers; `environment`: the values handlers read from `context`
          (placeholders; keep real credentials in `environment.local`, which git ignores).

        To add a Function, write a handler in `Sources/\(name.module)/`, register it in `\(name.module).swift`,
        and list it in `functions.json`. `swift run \(name.package) --help` lists every command.

        """
    }
}
