import ArgumentParser
import Foundation
import Testing
@testable import TwilioFunctionsCLI

/// `check`: every problem of a project at once, then a summary; exit status 1 when any.
@Suite("check", .shippedCommandLine)
struct CheckTests {
    static let seed = #"{"playerStreamers": [{"sid": "VJ00000000000000000000000000000000"}], "documents": []}"#

    static let fullManifest = """
        {"functions": [
          {"path": "/hello", "handler": "hello"},
          {"path": "/echo", "handler": "echo"},
          {"path": "/token", "handler": "token"},
          {"path": "/live-access-token", "handler": "live-access-token"},
          {"path": "/voice", "handler": "voice", "visibility": "protected"},
          {"path": "/start-verify", "handler": "start-verify"},
          {"path": "/check-verify", "handler": "check-verify"},
          {"path": "/forward-message", "handler": "forward-message", "visibility": "protected"}
        ]}
        """

    func command(_ folder: borrowing TemporaryFolder, _ extra: [String] = []) throws -> TwilioFunctionsCommand.Check {
        try TwilioFunctionsCommand.Check.parse(["--manifest", folder.path("functions.json"), "--env-file", folder.path("environment")] + extra)
    }

    @Test func aGoodProjectHasNoProblems() throws {
        let folder = try TemporaryFolder()
        try folder.write("functions.json", Self.fullManifest)
        try folder.write("environment", Fake.environmentText)
        try folder.write("seed.json", Self.seed)
        let check = try command(folder, ["--seed", folder.path("seed.json")])
        let report = check.report()
        #expect(report.problems.isEmpty)
        #expect(report.notes.isEmpty)
        #expect(report.text == "No problems found")
        try check.run()
    }

    @Test func everyProblemIsListedOncePerLineThenASummary() throws {
        let folder = try TemporaryFolder()
        try folder.write("functions.json", """
            {"functions": [
              {"path": "/hello", "handler": "hello"},
              {"path": "bad", "handler": "echo"},
              {"path": "/t", "handler": "tokn"},
              {"path": "/hello", "handler": "token"},
              {"path": "/voice", "handler": "voice", "visibility": "protected"}
            ]}
            """)
        try folder.write("environment", """
            ACCOUNT_SID=AC123
            API_KEY=\(Fake.apiKey)
            API_SECRET=\(Fake.apiSecret)
            broken line
            SYNC_SERVICE_SID=\(Fake.syncServiceSid)
            """)
        try folder.write("seed.json", #"{"playerStreamers": [{"sid": "nope"}]}"#)
        let check = try command(folder, ["--seed", folder.path("seed.json")])
        let report = check.report()
        let manifest = folder.path("functions.json")
        let environment = folder.path("environment")
        #expect(report.problems.count == 7, "\(report.text)")
        #expect(report.problems[0].hasPrefix("\(environment):1: ACCOUNT_SID is not an Account SID"))
        #expect(report.problems[1].hasPrefix("\(environment):4: expected KEY=value"))
        #expect(report.problems[2].hasPrefix("\(manifest): functions[1].path \"bad\""))
        #expect(report.problems[3].hasPrefix("\(manifest): functions[2].handler \"tokn\""))
        #expect(report.problems[4].hasPrefix("\(manifest): functions[3].path \"/hello\" is already used by functions[0]"))
        #expect(report.problems[5].hasPrefix("\(manifest): functions[4] (/voice) is protected, but \(environment) sets no AUTH_TOKEN"))
        #expect(report.problems[6].hasPrefix(folder.path("seed.json")))
        #expect(
            report.notes == ["check-verify", "forward-message", "live-access-token", "start-verify"].map {
                "note: handler \"\($0)\" is registered but no entry of \(manifest) lists it, so nothing can call it."
            }
        )
        #expect(report.text.hasSuffix("\n7 problems"))
        #expect(!report.text.contains(Fake.apiSecret))
        #expect(throws: ExitCode.failure) { try check.run() }
    }

    @Test func missingFilesAreProblemsNamingThem() throws {
        let folder = try TemporaryFolder()
        let report = try command(folder, ["--seed", folder.path("seed.json")]).report()
        #expect(report.problems.count == 3)
        #expect(report.problems[0].hasPrefix(folder.path("environment") + ": the environment file does not exist"))
        #expect(report.problems[1].hasPrefix(folder.path("functions.json") + ": the manifest does not exist"))
        #expect(report.problems[2].hasPrefix(folder.path("seed.json") + ": the emulator seed fixture does not exist"))
        #expect(report.text.hasSuffix("\n3 problems"))
    }

    @Test func theDefaultSeedIsOptionalAndOneProblemIsSingular() throws {
        let folder = try TemporaryFolder()
        try folder.write("functions.json", Self.fullManifest)
        try folder.write("environment", Fake.environmentText + "\nAPI_SECRET hunter2-secret-value")
        // Without --seed, emulator-seed.json is checked only if the current folder has one (the
        // package's own, which is valid, when run by `swift test`).
        let report = try command(folder).report()
        #expect(report.problems.count == 1)
        #expect(report.text.hasSuffix("\n1 problem"))
        #expect(!report.text.contains("hunter2"))
    }
}
