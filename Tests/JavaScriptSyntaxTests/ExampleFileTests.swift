import Foundation
import JavaScriptSyntax
import Testing

/// The example Functions in `Tests/Fixtures/serverless-examples`, found from this file's path.
enum ExampleFiles {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Fixtures")
    static let root = fixtures.appending(path: "serverless-examples")

    /// Every `*/functions/*.js`, as paths relative to `root`.
    static var paths: [String] {
        let projects = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return projects.sorted().flatMap { project -> [String] in
            let functions = root.appending(path: project).appending(path: "functions")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: functions.path)) ?? []
            return files.filter { $0.hasSuffix(".js") }.sorted().map { "\(project)/functions/\($0)" }
        }
    }
}

@Suite("Real Functions")
struct ExampleFileTests {
    @Test func theExamplesAreThere() {
        #expect(ExampleFiles.paths.count >= 7, "expected the examples under \(ExampleFiles.root.path)")
    }

    @Test(arguments: ExampleFiles.paths)
    func exampleParses(_ path: String) throws {
        let source = try String(contentsOf: ExampleFiles.root.appending(path: path), encoding: .utf8)
        let program = try Parser.parse(source)
        #expect(!program.body.isEmpty)
        let handler = program.body.last { statement in
            if case .expression(.assignment(.assign, .expression(.member(.identifier("exports"), "handler", false)), _)) =
                statement.kind
            {
                return true
            }
            return false
        }
        let found = try #require(handler, "\(path) has no exports.handler")
        #expect(program.text(of: found.range).hasPrefix("exports.handler = "))
        #expect(program.text(of: found.range).hasSuffix("};"))
        for statement in program.body {
            if case .unsupported(let reason) = statement.kind { Issue.record("\(path): unsupported: \(reason)") }
        }
    }

    @Test func forwardMessageSplitsOnARegexAndUsesATemplate() throws {
        let source = try String(
            contentsOf: ExampleFiles.root.appending(path: "forward-message/functions/forward-message.protected.js"),
            encoding: .utf8)
        let text = SExpression.of(try Parser.parse(source).body)
        #expect(text.contains(#"(call (. (. context FORWARDING_NUMBERS) split) /,\s?/)"#))
        #expect(text.contains(#"(template "From: " (. event From) ". Body: " (. event Body) "")"#))
    }

    @Test func liveAccessTokenSeedParses() throws {
        let program = try Parser.parse(SeedFixtures.liveAccessToken)
        #expect(program.body.count == 1)
        guard case .expression(.assignment(_, _, .function(let handler))) = program.body[0].kind,
            case .block(let body) = handler.body
        else {
            Issue.record("expected exports.handler = async function")
            return
        }
        #expect(handler.isAsync && !handler.isArrow)
        #expect(handler.parameters.count == 3)
        let text = SExpression.of(body)
        // `error = '問題が発生しました。'` has no semicolon and is followed by `}`.
        #expect(text.contains(#" else {(= error "問題が発生しました。");})"#))
        #expect(text.contains(#"(call (call require "twilio") API_KEY API_SECRET {accountSid:ACCOUNT_SID})"#))
        #expect(text.contains("(const {ACCOUNT_SID API_KEY API_SECRET}=context)"))
        #expect(text.hasSuffix("(call callback error response);"))
        let last = try #require(body.last)
        #expect(program.text(of: last.range) == "callback(error, response)")
    }

    @Test func tokenSeedParses() throws {
        let program = try Parser.parse(SeedFixtures.token)
        let text = SExpression.of(program.body)
        #expect(text.hasPrefix("(= (. exports handler) (function (context event callback) {(const IDENTITY=(. event identity))"))
        #expect(text.contains("(= (. accessToken identity) IDENTITY);"))
        #expect(text.contains(#"(const syncGrant=(new SyncGrant {serviceSid:SERVICE_SID}))"#))
    }
}
