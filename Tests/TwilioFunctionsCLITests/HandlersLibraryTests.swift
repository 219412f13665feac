import Foundation
import Testing

@testable import FunctionsWatch

/// A handlers library compiled from this package's own `Functions` target, with the flags of the
/// build that produced the `twilio-functions` beside these tests, and served by it.
@Suite(.enabled(if: PackageBuild.hasExecutable, "needs twilio-functions built in this package's .build"))
struct HandlersLibraryTests {
    static let root = PackageBuild.root

    @Test("a library of the Functions target replaces the built-in handlers of the server that loads it")
    func libraryHandlersAreServed() async throws {
        let executable = try #require(ServerProcess.executable).resolvingSymlinksInPath().path
        // A registry that differs from the built-in one, so the answer shows which one serves.
        let target = HandlersTarget(
            "Functions",
            registry: #"{ var registry = FunctionRegistry(); registry.register("hello") { _, _, callback in callback(nil, "Hello from a library") }; registry.register("echo", echo); return registry }()"#
        )
        let build = HandlersLibraryBuild(target: target, directory: Self.root, configuration: "debug")
        let plan = try #require(build.plan(for: ["Sources/Functions/Hello.swift"], executable: executable))
        let (result, library) = await build.run(plan, number: Int.random(in: 100_000...999_999))
        defer { try? FileManager.default.removeItem(atPath: library) }
        try #require(result.succeeded, "\(result.output)")

        let folder = try TemporaryFolder()
        try folder.write("environment", Fake.environmentText)
        try folder.write("functions.json", #"{"functions": [{"path": "/hello", "handler": "hello"}, {"path": "/echo", "handler": "echo"}]}"#)
        let server = try ServerProcess(
            arguments: ["serve", "--port", "0", "--in-memory", "--log-level", "error", "--handlers-library", library],
            in: folder.url,
            capturingErrors: true
        )
        defer { server.kill() }
        let url = await server.waitFor(wordAfter: "Functions:\n  ")
        let port = try #require(url.flatMap { URLComponents(string: $0)?.port }, "printed: \(server.printed)")
        #expect(await RawHTTP.get(port: port, path: "/hello")?.body == "Hello from a library")
        // The library's other handler, its own copy of the target's `echo`, serves too.
        let echo = await RawHTTP.get(port: port, path: "/echo?name=Ada")
        #expect(echo?.status == 200)
        #expect(echo?.body.contains("Ada") == true)
    }

    @Test("a handlers library that cannot be loaded stops serve with its path")
    func missingLibrary() async throws {
        let folder = try TemporaryFolder()
        try folder.write("environment", Fake.environmentText)
        try folder.write("functions.json", Fake.manifestText)
        let server = try ServerProcess(
            arguments: ["serve", "--port", "0", "--in-memory", "--handlers-library", "/nonexistent/libFunctions-1.so"],
            in: folder.url,
            capturingErrors: true
        )
        defer { server.kill() }
        #expect(await server.waitFor("error: /nonexistent/libFunctions-1.so: the handlers library could not be loaded"))
        // Signal 0 sends nothing: this waits for the server to exit by itself.
        #expect(await server.stop(with: 0) == 1)
    }
}

/// This package's own build folder, whose manifest a handlers library is compiled from.
enum PackageBuild {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// Whether the `twilio-functions` beside the tests is a debug build in `.build/`.
    static var hasExecutable: Bool {
        guard let executable = ServerProcess.executable?.resolvingSymlinksInPath().path else { return false }
        return executable.hasPrefix(root + "/.build/") && executable.contains("/debug/")
    }
}
