import Foundation
import FunctionsJS
import FunctionsRuntime
import FunctionsTesting
import Logging
import Testing
import TwilioAccessToken
import TwilioWire

@Suite("context, event, Runtime, console and process in translated Functions")
struct TwilioRuntimeTests {
    /// A kit whose one Function `/probe` answers what `body` returns as JSON.
    func probe(
        assets: AssetCatalog = AssetCatalog(),
        _ body: @escaping @Sendable (JSModule, JSValue, JSValue) async throws -> JSValue
    ) throws -> FunctionsTestKit {
        let table = JSModuleTable([
            JSModuleEntry(name: "probe", file: "functions/probe.js", body: handlerModule { js, context, event, callback in
                try await callback(nil, try await body(js, context, event))
            }),
            JSModuleEntry(name: "helpers/format", file: "functions/helpers/format.private.js") { _ in },
        ])
        let values = Fake.environment.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let project = try FunctionsProject(
            manifest: FunctionsManifest(entries: [.init(path: "/probe", handler: "probe")]),
            environment: EnvironmentFile(path: "environment", values: values),
            registry: table.registry,
            assets: assets
        )
        return FunctionsTestKit(project: project)
    }

    @Test func contextHasTheEnvironmentDomainAndPath() async throws {
        let kit = try probe { _, context, _ in
            ["sid": context.ACCOUNT_SID, "domain": context.DOMAIN_NAME, "path": context.PATH, "unset": context.NOT_SET.nullish("absent")]
        }
        let body = try await kit.get("/probe").json()
        #expect(body["sid"]?.stringValue == Fake.accountSid)
        #expect(body["domain"]?.stringValue?.isEmpty == false)
        #expect(body["path"] == "/probe")
        #expect(body["unset"] == "absent")
    }

    @Test func eventHasParametersHeadersAndCookies() async throws {
        let kit = try probe { _, _, event in
            [
                "name": event.name, "tags": event.tags, "nested": event.profile.city,
                "agent": event.request.headers["x-probe"], "cookie": event.request.cookies.session,
            ]
        }
        let response = await kit.post(
            "/probe", json: ["name": "ada", "tags": ["a", "b"], "profile": ["city": "Paris"]],
            headers: ["X-Probe": "yes", "Cookie": "session=abc"]
        )
        #expect(try response.json() == ["name": "ada", "tags": ["a", "b"], "nested": "Paris", "agent": "yes", "cookie": "abc"])
    }

    @Test func getFunctionsListsTheModulesWithRequirablePaths() async throws {
        let kit = try probe { js, _, _ in
            let functions = try await js.Runtime.getFunctions()
            return ["probe": functions.probe.path, "helper": functions["helpers/format"].path]
        }
        #expect(try await kit.get("/probe").json() == ["probe": "/functions/probe.js", "helper": "/functions/helpers/format.private.js"])
    }

    @Test func getAssetsOpensPrivateAssets() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "js-assets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("secret menu".utf8).write(to: folder.appending(path: "menu.private.txt"))
        try Data("public".utf8).write(to: folder.appending(path: "public.txt"))
        let kit = try probe(assets: try AssetCatalog.load(folder: folder.path)) { js, _, _ in
            let assets = try await js.Runtime.getAssets()
            return [
                "keys": try await js.Object.keys(assets), "text": try await assets["/menu.txt"].open(),
                "pathEnds": .bool(assets["/menu.txt"].path.toString.hasSuffix("menu.private.txt")),
            ]
        }
        let response = await kit.get("/probe")
        #expect(try response.json() == ["keys": ["/menu.txt"], "text": "secret menu", "pathEnds": true], "\(response.text)")
    }

    @Test func getSyncReachesTheConfiguredService() async throws {
        let kit = try probe { js, _, _ in
            let service = try await js.Runtime.getSync()
            _ = try await service.documents.create(["uniqueName": "notes", "data": ["text": "hi"]]).awaited()
            let document = try await service.documents("notes").fetch().awaited()
            return ["name": document.uniqueName, "data": document.data, "service": document.serviceSid]
        }
        let response = await kit.get("/probe")
        #expect(try response.json() == ["name": "notes", "data": ["text": "hi"], "service": .string(Fake.syncServiceSid)], "\(response.text)")
    }

    @Test func consoleWritesToTheContextsLoggerAndProcessEnvHasTheEnvironment() async throws {
        let kit = try probe { js, _, _ in
            _ = try await js.console.log("Sent verification: '%s'", "VE123", ["n": 1])
            _ = try await js.console.error("failed:", 42)
            return ["sid": js.process.env.ACCOUNT_SID]
        }
        let response = await kit.get("/probe")
        #expect(try response.json() == ["sid": .string(Fake.accountSid)])
        #expect(kit.logs.contains { $0.level == .info && $0.message == "Sent verification: 'VE123' { n: 1 }" })
        #expect(kit.logs.contains { $0.level == .error && $0.message == "failed: 42" })
    }

    @Test func twilioResponseAnswersItsStatusHeadersAndCookies() async throws {
        let table = JSModuleTable([
            JSModuleEntry(name: "cookie", file: "functions/cookie.js", body: handlerModule { js, _, _, callback in
                let response = try await js.Twilio.Response.new()
                _ = try await response.setStatusCode(202).setCookie("session", "abc", ["Path=/"])
                _ = try await response.setBody(["ok": true])
                return try await callback(nil, response)
            }),
        ])
        let kit = try makeKit(table)
        let response = await kit.get("/cookie")
        #expect(response.status == 202)
        #expect(response.header("Set-Cookie") == "session=abc;Path=/")
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        #expect(response.text == #"{"ok":true}"#)
    }

    @Test(arguments: [("json", #"{"a":[1,"x"]}"#), ("number", "42"), ("nothing", "")])
    func callbackValuesAnswerAsTheRuntimeDoes(kind: String, body: String) async throws {
        let kit = try probe { _, _, _ in
            switch kind {
            case "json": return ["a": [1, "x"]]
            case "number": return 42
            default: return .undefined
            }
        }
        let response = await kit.get("/probe")
        #expect(response.status == 200)
        #expect(response.text == body)
    }

    @Test func validateRequestChecksTwiliosSignature() async throws {
        let kit = try probe { js, _, _ in
            let url: JSValue = "https://example.com/hook"
            let params: JSValue = ["Body": "hi", "From": "+1"]
            let signature = JSValue.string(
                RequestValidator(authToken: Fake.authToken).signature(url: url.toString, parameters: [("Body", "hi"), ("From", "+1")])
            )
            let authToken = JSValue.string(Fake.authToken)
            return [
                "good": try await js.Twilio.validateRequest(authToken, signature, url, params),
                "bad": try await js.require("twilio").validateRequest(authToken, "nope", url, params),
            ]
        }
        #expect(try await kit.get("/probe").json() == ["good": true, "bad": false])
    }
}
