import FunctionsJS
import FunctionsRuntime
import FunctionsTesting
import Testing
import TwilioWire

@Suite("The verify example, translated, against the emulated Verify service")
struct ModuleVerifyTests {
    let kit: FunctionsTestKit

    init() throws {
        var environment = Fake.environment
        environment["VERIFY_SERVICE_SID"] = "VA" + String(repeating: "0", count: 32)
        kit = try makeKit(
            JSModuleTable([
                JSModuleEntry(name: "start-verify", file: "functions/start-verify.js", body: startVerifyModule),
                JSModuleEntry(name: "check-verify", file: "functions/check-verify.js", body: checkVerifyModule),
            ]),
            environment: environment
        )
    }

    @Test func aCodeSentByStartVerifyIsApprovedByCheckVerify() async throws {
        try kit.twilio.fixVerificationCodes("123456")
        let started = await kit.post("/start-verify", form: ["to": "+14155552671"])
        #expect(started.status == 200, "\(started.text)")
        #expect(try started.json() == ["success": true])
        #expect(kit.logs.contains { $0.message.hasPrefix("Sent verification: 'VE") })
        let wrong = await kit.post("/check-verify", form: ["to": "+14155552671", "code": "000000"])
        #expect(try wrong.json() == ["success": false, "message": "Incorrect token."])
        let checked = await kit.post("/check-verify", form: ["to": "+14155552671", "code": "123456"])
        #expect(try checked.json() == ["success": true, "message": "Verification success."])
    }

    @Test func missingParametersAnswerTheExamplesErrors() async throws {
        let started = await kit.post("/start-verify", form: ["to": "  "])
        #expect(started.status == 400)
        #expect(try started.json() == ["success": false, "error": "Missing 'to' parameter; please provide a phone number or email."])
        let checked = await kit.post("/check-verify", form: ["to": "+14155552671"])
        #expect(try checked.json() == ["success": false, "message": "Missing parameter."])
    }

    @Test func aSingleFileHandlerRunsWithoutATable() async throws {
        var registry = FunctionRegistry()
        registry.register("hello", JSModule.handler(file: "functions/hello-world.js", body: helloWorldModule))
        let kit = try FunctionsTestKit(registry: registry, routes: [.init(path: "/hello", handler: "hello")])
        #expect(await kit.get("/hello").text == "Hello world!")
    }
}
