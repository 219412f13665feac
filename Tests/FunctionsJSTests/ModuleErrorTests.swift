import FunctionsJS
import FunctionsRuntime
import FunctionsTesting
import Logging
import Testing
import TwilioWire

/// A module whose handler runs `body` with `(js, context, event, callback)`.
func handlerModule(
    _ body: @escaping @Sendable (JSModule, JSValue, JSValue, JSValue) async throws -> JSValue
) -> JSModuleEntry.Body {
    { js in
        js.exports.handler = JSValue.asyncFunction("handler", parameters: 3) { _, arguments in
            try await body(js, arguments[0], arguments[1], arguments[2])
        }
    }
}

@Suite("Module runs: failures answer as the Functions runtime does")
struct ModuleErrorTests {
    @Test func anUntranslatedLineAnswers501NamingFileAndLine() async throws {
        let kit = try makeKit(JSModuleTable([
            JSModuleEntry(name: "x", file: "functions/x.js") { js in
                try js.untranslated(file: "functions/x.js", line: 12, "const { a = 1 } = obj;")
                js.exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in try await arguments[2](nil, "ran") }
            },
        ]))
        let response = await kit.get("/x")
        #expect(response.status == 501)
        #expect(response.text == "functions/x.js:12 was not ported to Swift: const { a = 1 } = obj;")
        #expect(response.header("Content-Type") == "text/plain; charset=utf-8")
    }

    @Test func anUntranslatedLineInARequiredModuleAlsoAnswers501() async throws {
        let kit = try makeKit(JSModuleTable([
            JSModuleEntry(name: "main", file: "functions/main.js", body: handlerModule { js, _, _, callback in
                _ = try await js.require("./helper")
                return try await callback(nil, "ran")
            }),
            JSModuleEntry(name: "helper", file: "functions/helper.private.js") { js in
                try js.untranslated(file: "functions/helper.private.js", line: 3, "class Helper {}")
            },
        ]))
        let response = await kit.get("/main")
        #expect(response.status == 501)
        #expect(response.text == "functions/helper.private.js:3 was not ported to Swift: class Helper {}")
    }

    @Test func aThrownErrorAnswers500WithItsMessage() async throws {
        let kit = try makeKit(JSModuleTable([
            JSModuleEntry(name: "boom", file: "functions/boom.js") { js in
                js.exports.handler = JSValue.function("handler", parameters: 3) { _, _ in
                    throw JSThrow(try await js.Error.new("Something broke"))
                }
            },
        ]))
        let response = await kit.get("/boom")
        #expect(response.status == 500)
        #expect(response.text == "Something broke")
    }

    @Test func aRejectedPromiseAnswersAsCallbackError() async throws {
        let kit = try makeKit(JSModuleTable([
            JSModuleEntry(name: "reject", file: "functions/reject.js", body: handlerModule { _, _, _, _ in
                throw JSThrow("plain string reason")
            }),
        ]))
        let response = await kit.get("/reject")
        #expect(response.status == 500)
        #expect(response.text == "plain string reason")
    }

    @Test func callbackWithAnErrorAnswers500AndOnlyTheFirstCallCounts() async throws {
        let kit = try makeKit(JSModuleTable([
            JSModuleEntry(name: "twice", file: "functions/twice.js", body: handlerModule { js, _, _, callback in
                _ = try await callback(try await js.Error.new("first"))
                return try await callback(nil, "second")
            }),
        ]))
        let response = await kit.get("/twice")
        #expect(response.status == 500)
        #expect(response.text == "first")
    }

    @Test func aModuleWithoutHandlerAnswers500NamingTheFile() async throws {
        let kit = try makeKit(JSModuleTable([JSModuleEntry(name: "empty", file: "functions/empty.js") { _ in }]))
        let response = await kit.get("/empty")
        #expect(response.status == 500)
        #expect(response.text.hasPrefix("functions/empty.js exports no handler"))
    }

    @Test func aRESTErrorRejectsWithTwilioNodesFieldsAndCanBeCaught() async throws {
        let kit = try makeKit(JSModuleTable([
            JSModuleEntry(name: "missing", file: "functions/missing.js", body: handlerModule { _, context, _, callback in
                let client = try await context.getTwilioClient()
                do {
                    _ = try await client.sync.services(context.SYNC_SERVICE_SID).documents("nope").fetch().awaited()
                    return try await callback(nil, "found")
                } catch {
                    let error = JSValue(caught: error)
                    return try await callback(nil, [
                        "status": error.status, "code": error.code, "message": error.message,
                        "moreInfo": error.moreInfo, "isError": .bool(error.objectValue?.kind == .error),
                    ])
                }
            }),
        ]))
        let response = await kit.get("/missing")
        #expect(response.status == 200, "\(response.text)")
        let body = try response.json()
        #expect(body["status"] == 404)
        #expect(body["code"] == 20404)
        #expect(body["isError"] == true)
        #expect(body["message"]?.stringValue?.isEmpty == false)
        #expect(body["moreInfo"]?.stringValue?.contains("20404") == true)
        #expect(!response.text.contains(Fake.authToken))
    }

    @Test func requireRunsAnotherModuleOncePerRequestAndReturnsItsExports() async throws {
        let kit = try makeKit(JSModuleTable([
            JSModuleEntry(name: "main", file: "functions/main.js", body: handlerModule { js, _, _, callback in
                let byPath = try await js.require(js.Runtime.getFunctions()["helpers/format"].path)
                let relative = try await js.require("./helpers/format")
                let upward = try await js.require("../functions/helpers/format.private.js")
                let same = (byPath === relative).isTruthy && (relative === upward).isTruthy
                return try await callback(nil, ["text": try await relative.format("ada"), "same": .bool(same), "runs": js.process.helperRuns])
            }),
            JSModuleEntry(name: "helpers/format", file: "functions/helpers/format.private.js") { js in
                js.module.exports = [
                    "format": JSValue.function("format", parameters: 1) { _, arguments in
                        .string("Hello \(try await arguments[0].toUpperCase())")
                    },
                ]
                // `process` is shared by the request's modules: it counts the runs.
                js.process.helperRuns = js.process.helperRuns.nullish(0) + 1
            },
        ]))
        let response = await kit.get("/main")
        #expect(response.status == 200, "\(response.text)")
        #expect(try response.json() == ["text": "Hello ADA", "same": true, "runs": 1])
    }

    @Test func aRequireCycleGetsThePartialExports() async throws {
        let kit = try makeKit(JSModuleTable([
            JSModuleEntry(name: "a", file: "functions/a.js") { js in
                js.exports.early = "a-early"
                let b = try await js.require("./b")
                js.exports.handler = JSValue.function("handler", parameters: 3) { _, arguments in
                    try await arguments[2](nil, ["seenByB": b.seen])
                }
            },
            JSModuleEntry(name: "b", file: "functions/b.js") { js in
                let a = try await js.require("./a")
                js.exports.seen = a.early.nullish("missing")
            },
        ]))
        let response = await kit.get("/a")
        #expect(try response.json() == ["seenByB": "a-early"])
    }

    @Test(arguments: ["axios", "./not-there"])
    func requireOfAnythingElseFailsNamingIt(specifier: String) async throws {
        let kit = try makeKit(JSModuleTable([
            JSModuleEntry(name: "needs", file: "functions/needs.js", body: handlerModule { js, _, _, callback in
                _ = try await js.require(.string(specifier))
                return try await callback(nil, "unreachable")
            }),
        ]))
        let response = await kit.get("/needs")
        #expect(response.status == 500)
        #expect(response.text.contains("Cannot find module '\(specifier)'"))
        #expect(response.text.contains("functions/needs.js"))
    }

    @Test func timersAreRefusedNamingThem() async throws {
        let kit = try makeKit(JSModuleTable([
            JSModuleEntry(name: "later", file: "functions/later.js", body: handlerModule { js, _, _, callback in
                _ = try await js.setTimeout(JSValue.function { _, _ in .undefined }, 100)
                return try await callback(nil, "unreachable")
            }),
        ]))
        let response = await kit.get("/later")
        #expect(response.status == 500)
        #expect(response.text.hasPrefix("setTimeout is not supported in the Swift port"))
    }
}
