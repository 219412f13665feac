import Foundation
import FunctionsRuntime
import Testing

struct FunctionsManifestTests {
    let handlers = ["hello", "token", "echo", "voice", "live-access-token", "start-verify", "check-verify", "forward-message"]

    func parse(_ text: String) throws -> FunctionsManifest {
        try FunctionsManifest.parse(Array(text.utf8), file: "functions.json", handlerNames: handlers)
    }

    @Test func parsesEntriesWithDefaultVisibility() throws {
        let manifest = try parse("""
            {"functions": [
              {"path": "/hello", "handler": "hello"},
              {"path": "/admin/token", "handler": "token", "visibility": "protected"},
              {"path": "/internal", "handler": "echo", "visibility": "private"}
            ]}
            """)
        #expect(manifest.entries == [
            .init(path: "/hello", handler: "hello", visibility: .public),
            .init(path: "/admin/token", handler: "token", visibility: .protected),
            .init(path: "/internal", handler: "echo", visibility: .private),
        ])
    }

    @Test(arguments: [
        (#"{"functions": [{"handler": "hello"}]}"#, FunctionsError.Code.invalidPath, "functions[0].path is missing"),
        (#"{"functions": [{"path": 3, "handler": "hello"}]}"#, .invalidPath, "functions[0].path must be a string"),
        (#"{"functions": [{"path": "hello", "handler": "hello"}]}"#, .invalidPath, "must start with /"),
        (#"{"functions": [{"path": "/a b", "handler": "hello"}]}"#, .invalidPath, "whitespace"),
        (#"{"functions": [{"path": "/a:b", "handler": "hello"}]}"#, .invalidPath, "':'"),
        (#"{"functions": [{"path": "/a/../b", "handler": "hello"}]}"#, .invalidPath, ".. segment"),
        (
            #"{"functions": [{"path": "/a", "handler": "hello"}, {"path": "/a", "handler": "echo"}]}"#,
            .duplicatePath, "functions[1].path \"/a\" is already used by functions[0]"
        ),
        (#"{"functions": [{"path": "/a", "handler": "nope"}]}"#, .unknownHandler, "Registered handlers: check-verify, echo, forward-message, hello, live-access-token, start-verify, token, voice"),
        (#"{"functions": [{"path": "/a"}]}"#, .unknownHandler, "functions[0].handler is missing"),
        (#"{"functions": [{"path": "/a", "handler": "hello", "visibility": "secret"}]}"#, .unknownVisibility, "\"secret\" is not one of"),
        (#"{"functions": [{"path": "/a", "handler": "hello", "handeler": "x"}]}"#, .invalidManifest, "unknown key \"handeler\""),
        (#"{"functions": ["/a"]}"#, .invalidManifest, "functions[0] must be an object"),
        (#"{"functions": {}}"#, .invalidManifest, "must be an array"),
        (#"{"routes": []}"#, .invalidManifest, "\"functions\" array is missing"),
        (#"[]"#, .invalidManifest, "expected a JSON object"),
    ])
    func badEntriesNameTheFileAndEntry(text: String, code: FunctionsError.Code, fragment: String) {
        #expect {
            _ = try parse(text)
        } throws: { error in
            guard let error = error as? FunctionsError else { return false }
            return error.code == code && error.message.hasPrefix("functions.json") && error.message.contains(fragment)
        }
    }

    @Test func malformedJSONGivesLineAndColumn() {
        #expect {
            _ = try parse("{\n  \"functions\": [\n    {\"path\": \"/a\" \"handler\": \"hello\"}\n  ]\n}")
        } throws: { error in
            guard let error = error as? FunctionsError else { return false }
            return error.code == .invalidManifest && error.message.hasPrefix("functions.json:3:19: malformed JSON")
        }
    }

    @Test func missingFileNamesThePathAndTheFlag() {
        #expect {
            _ = try FunctionsManifest.load(path: "/nonexistent/functions.json", handlerNames: handlers)
        } throws: { error in
            (error as? FunctionsError)?.message.contains("--manifest") == true
        }
    }

    @Test func shippedManifestLoadsWithTheShippedHandlerNames() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let manifest = try FunctionsManifest.load(path: root.appendingPathComponent("functions.json").path, handlerNames: handlers)
        #expect(manifest.entries.map(\.path) == ["/hello", "/echo", "/token", "/live-access-token", "/voice", "/start-verify", "/check-verify", "/forward-message"])
        #expect(manifest.entries.first { $0.path == "/voice" }?.visibility == .protected)
    }
}
