import FunctionsRuntime
import FunctionsServer
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import TwilioWire

/// What a handler reads from `context` when it runs behind the server (spec §2: DOMAIN_NAME, PATH).
@Suite("The context over HTTP")
struct ContextOverHTTPTests {
    /// Answers `{"domain": DOMAIN_NAME, "path": PATH, "nope": context["NOPE"], "account": ACCOUNT_SID}`.
    static let contextHandler: FunctionHandler = { context, _, callback in
        let domain = try context.DOMAIN_NAME
        let path = try context.PATH
        var object = JSONObject()
        object["domain"] = .string(domain)
        object["path"] = .string(path)
        object["nope"] = context["NOPE"].map(JSONValue.string) ?? .null
        object["account"] = .string(try context.ACCOUNT_SID)
        callback(nil, object)
    }

    private static func harness(
        environment: [(String, String)] = Fake.environment,
        configuration: ServerConfiguration = ServerConfiguration()
    ) throws -> Harness {
        var registry = FunctionRegistry()
        registry.register("context", contextHandler)
        return try Harness(
            routes: [
                .init(path: "/context", handler: "context"),
                .init(path: "/nested/deeper/context", handler: "context"),
            ],
            handlers: registry,
            environment: environment,
            configuration: configuration
        )
    }

    @Test("PATH is the route's path and context[\"NOPE\"] is nil", arguments: ["/context", "/nested/deeper/context"])
    func pathAndMissingKey(path: String) async throws {
        let harness = try Self.harness()
        let response = try await harness.run { client in try await client.get(path + "?ignored=1") }
        #expect(response.status == .ok)
        let body = try response.json()
        #expect(body["path"] == .string(path))
        #expect(body["nope"] == .null)
        #expect(body["account"] == .string(Fake.accountSid))
    }

    @Test("in-process, DOMAIN_NAME is localhost and the configured port")
    func domainNameFromConfiguration() async throws {
        let harness = try Self.harness(configuration: ServerConfiguration(port: 4321))
        let response = try await harness.run { client in try await client.get("/context") }
        #expect(try response.json()["domain"] == "localhost:4321")
    }

    @Test("over a socket, DOMAIN_NAME is localhost and the real bound port, even when port 0 was asked for")
    func domainNameIsTheBoundPort() async throws {
        let harness = try Self.harness(configuration: ServerConfiguration(port: 0))
        let (port, body) = try await harness.run(.live) { client in
            let port = try #require(client.port)
            let response = try await client.get("/context")
            #expect(response.status == .ok)
            return (port, try response.json())
        }
        #expect(port != 0)
        #expect(body["domain"] == .string("localhost:\(port)"))
        #expect(body["domain"] != "localhost:0")
        #expect(body["path"] == "/context")
    }

    @Test("environment values win over DOMAIN_NAME and PATH")
    func environmentOverridesBuiltIns() async throws {
        let harness = try Self.harness(
            environment: Fake.environment + [("PATH", "/from/environment"), ("DOMAIN_NAME", "example.twil.io")]
        )
        let response = try await harness.run { client in try await client.get("/context") }
        let body = try response.json()
        #expect(body["path"] == "/from/environment")
        #expect(body["domain"] == "example.twil.io")
    }

    @Test("context.environment holds the environment file's values only")
    func environmentValues() async throws {
        let seen = Box<[String: String]>()
        let harness = try Harness(handler: { context, _, callback in
            seen.set(context.environment)
            callback(nil)
        })
        _ = try await harness.run { client in try await client.get("/test") }
        let environment = try #require(seen.value)
        #expect(environment == Dictionary(uniqueKeysWithValues: Fake.environment))
        #expect(environment["DOMAIN_NAME"] == nil)
        #expect(environment["PATH"] == nil)
    }

    @Test("the process environment is not read: only the environment file counts")
    func processEnvironmentIgnored() async throws {
        // The test process has a PATH and a HOME; a handler must see neither.
        let harness = try Self.harness()
        let response = try await harness.run { client in try await client.get("/context") }
        let body = try response.json()
        #expect(body["path"] == "/context")
        let home = Box<String?>()
        let probe = try Harness(handler: { context, _, callback in
            home.set(context["HOME"])
            callback(nil)
        })
        _ = try await probe.run { client in try await client.get("/test") }
        #expect(home.value == .some(nil))
    }

    @Test("each request's context has its own route's PATH, also when requests overlap")
    func concurrentPaths() async throws {
        let harness = try Self.harness()
        let paths = try await harness.run { client in
            try await withThrowingTaskGroup(of: (String, JSONValue?).self) { group in
                for index in 0..<10 {
                    let path = index.isMultiple(of: 2) ? "/context" : "/nested/deeper/context"
                    group.addTask { (path, try await client.get(path).json()["path"]) }
                }
                var results: [(String, JSONValue?)] = []
                for try await result in group { results.append(result) }
                return results
            }
        }
        #expect(paths.count == 10)
        for (asked, seen) in paths {
            #expect(seen == .string(asked))
        }
    }

    @Test("a handler reading a key the environment lacks → 500 naming the key and the file")
    func missingKey() async throws {
        let harness = try Harness(handler: { context, _, callback in
            callback(nil, try context.STRIPE_KEY)
        })
        let response = try await harness.run { client in try await client.get("/test") }
        #expect(response.status == .internalServerError)
        #expect(response.text.contains("STRIPE_KEY"))
        #expect(response.text.contains(Fake.environmentPath))
    }

    @Test("the handler's logger writes to the server's log")
    func handlerLogger() async throws {
        let harness = try Harness(handler: { context, event, callback in
            context.logger.info("handling \(event.name ?? "?")")
            callback(nil)
        })
        _ = try await harness.run { client in try await client.get("/test?name=ada") }
        #expect(harness.recorder.messages.contains("handling ada"))
    }
}
