import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Testing
import TwilioWire

/// Private Functions: 404 over HTTP, callable from other handlers through `context.getFunctions()`.
@Suite("Private Functions")
struct PrivateFunctionTests {
    static func harness() throws -> Harness {
        var registry = FunctionRegistry()
        registry.register("format") { context, event, callback in
            callback(nil, ["formatted": .string("<\(event["value"] ?? "")>"), "path": .string(try context.PATH)] as JSONValue)
        }
        registry.register("caller") { context, event, callback in
            let functions = context.getFunctions()
            guard let format = functions["helpers/format"] else {
                callback(HandlerError("no helper; have \(functions.keys.sorted())"))
                return
            }
            let result = await format.invoke(FunctionEvent(parameters: ["value": .string(event["value"] ?? "none")]))
            callback(nil, Twilio.Response(statusCode: result.status).setBody(bytes: result.body).appendHeader("Content-Type", "application/json"))
        }
        return try Harness(
            routes: [
                .init(path: "/helpers/format", handler: "format", visibility: .private),
                .init(path: "/caller", handler: "caller"),
            ],
            handlers: registry
        )
    }

    @Test func privateFunctionIsNotReachableOverHTTP() async throws {
        let response = try await Self.harness().run { client in try await client.get("/helpers/format?value=x") }
        #expect(response.status == .notFound)
    }

    @Test func anotherFunctionCallsItThroughTheContext() async throws {
        let response = try await Self.harness().run { client in try await client.get("/caller?value=hi") }
        #expect(response.status == .ok)
        #expect(try response.json() == ["formatted": "<hi>", "path": "/helpers/format"])
    }

    @Test func getFunctionsListsEveryFunctionByPathWithoutTheSlash() async throws {
        var registry = FunctionRegistry()
        registry.register("list") { context, _, callback in
            let functions = context.getFunctions()
            callback(nil, functions.keys.sorted().map { "\($0):\(functions[$0]!.visibility.rawValue)" })
        }
        let harness = try Harness(
            routes: [
                .init(path: "/list", handler: "list"),
                .init(path: "/secret", handler: "list", visibility: .private),
                .init(path: "/hook", handler: "list", visibility: .protected),
            ],
            handlers: registry
        )
        let response = try await harness.run { client in try await client.get("/list") }
        #expect(try response.json() == ["hook:protected", "list:public", "secret:private"])
    }
}
