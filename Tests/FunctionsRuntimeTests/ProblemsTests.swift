import Foundation
import FunctionsRuntime
import Testing

/// `problems(in:)`: every bad manifest entry and environment line at once, with the same checks
/// and words as `parse`, which throws only the first.
struct ProblemsTests {
    let handlers = ["hello", "token", "echo", "voice"]

    // MARK: - Manifest

    @Test func everyBadEntryIsReportedInFileOrder() throws {
        let text = """
            {"functions": [
              {"path": "/hello", "handler": "hello"},
              {"path": "nope", "handler": "hello"},
              {"path": "/token", "handler": "tokn"},
              {"path": "/hello", "handler": "echo"},
              {"path": "/v", "handler": "voice", "visibility": "secret"},
              "just a string"
            ]}
            """
        let problems = FunctionsManifest.problems(in: Array(text.utf8), file: "functions.json", handlerNames: handlers)
        #expect(problems.map(\.code) == [.invalidPath, .unknownHandler, .duplicatePath, .unknownVisibility, .invalidManifest])
        #expect(problems.map(\.message).allSatisfy { $0.hasPrefix("functions.json: functions[") })
        #expect(problems[0].message.contains("functions[1].path \"nope\" must start with /"))
        #expect(problems[1].message.contains("functions[2].handler \"tokn\" is not registered"))
        #expect(problems[2].message.contains("functions[3].path \"/hello\" is already used by functions[0]"))
        #expect(problems[3].message.contains("functions[4].visibility \"secret\""))
        #expect(problems[4].message.contains("functions[5] must be an object"))
    }

    @Test func oneEntryWithSeveralProblemsReportsEachOfThem() {
        let text = #"{"functions": [{"handeler": "x", "visibility": 3}]}"#
        let problems = FunctionsManifest.problems(in: Array(text.utf8), handlerNames: handlers)
        #expect(problems.map(\.code) == [.invalidManifest, .invalidPath, .unknownHandler, .unknownVisibility])
        #expect(problems[0].message.contains("unknown key \"handeler\""))
        #expect(problems[1].message.contains("functions[0].path is missing"))
    }

    @Test func parseThrowsTheFirstProblem() {
        let text = #"{"functions": [{"path": "/a", "handler": "nope"}, {"path": "b", "handler": "hello"}]}"#
        let problems = FunctionsManifest.problems(in: Array(text.utf8), handlerNames: handlers)
        #expect(problems.count == 2)
        #expect {
            _ = try FunctionsManifest.parse(Array(text.utf8), handlerNames: handlers)
        } throws: { error in
            (error as? FunctionsError)?.message == problems.first?.message
        }
    }

    @Test func aGoodManifestHasNoProblemsAndParses() throws {
        let text = #"{"functions": [{"path": "/a", "handler": "hello"}, {"path": "/b", "handler": "voice", "visibility": "protected"}]}"#
        #expect(FunctionsManifest.problems(in: Array(text.utf8), handlerNames: handlers).isEmpty)
        #expect(try FunctionsManifest.parse(Array(text.utf8), handlerNames: handlers).entries.count == 2)
    }

    @Test func malformedJSONIsOneProblemWithLineAndColumn() {
        let problems = FunctionsManifest.problems(in: Array("{\n  \"functions\": [,]\n}".utf8), handlerNames: handlers)
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("functions.json:2:") == true)
    }

    @Test func aMissingFileIsOneProblemNamingIt() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID().uuidString).json").path
        let problems = FunctionsManifest.problems(atPath: path, handlerNames: handlers)
        #expect(problems.map(\.code) == [.unreadableFile])
        #expect(problems.first?.message.hasPrefix(path) == true)
    }

    // MARK: - Environment

    @Test func everyBadLineIsReportedWithItsNumber() {
        let text = """
            # comment
            ACCOUNT_SID=AC0123
            no equals sign here
            9KEY=value
            QUOTED="never closed
            GOOD='fine'
            TRAILING="a" b
            """
        let problems = EnvironmentFile.problems(in: text, path: "env/dev")
        #expect(problems.map(\.code) == Array(repeating: .invalidEnvironment, count: 4))
        #expect(problems.map { $0.message.prefix { $0 != " " } } == ["env/dev:3:", "env/dev:4:", "env/dev:5:", "env/dev:7:"])
        #expect(problems[0].message.contains("expected KEY=value"))
        #expect(problems[1].message.contains("`9KEY` is not a valid key"))
        #expect(problems[2].message.contains("never closed"))
        #expect(problems[3].message.contains("unexpected text after the closing quote of TRAILING"))
    }

    @Test func parseThrowsTheFirstBadLine() {
        let text = "A=1\nbroken\nB=\"open"
        let first = EnvironmentFile.problems(in: text).first
        #expect(first?.message.hasPrefix("environment:2:") == true)
        #expect {
            _ = try EnvironmentFile.parse(text)
        } throws: { error in
            (error as? FunctionsError)?.message == first?.message
        }
    }

    @Test func aLineWithoutEqualsDoesNotQuoteASecret() {
        let problems = EnvironmentFile.problems(in: "API_SECRET hunter2-very-secret\n")
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("environment:1: expected KEY=value, found a line without `=`") == true)
        #expect(problems.first?.message.contains("hunter2") == false)
    }

    @Test func identifiersOfTheWrongShapeAreNamedWithoutTheirValues() {
        let text = """
            ACCOUNT_SID=SK0123456789abcdef0123456789abcdef
            API_KEY=SK0123
            SYNC_SERVICE_SID=IS0123456789abcdef0123456789abcdeZ
            API_SECRET=whatever
            """
        let problems = EnvironmentFile.identifierProblems(in: text, path: "environment")
        #expect(problems.count == 3)
        #expect(problems[0].message.hasPrefix("environment:1: ACCOUNT_SID is not an Account SID"))
        #expect(problems[0].message.contains("starts with SK, which is an API key SID"))
        #expect(problems[1].message.hasPrefix("environment:2: API_KEY is not an API key SID"))
        #expect(problems[1].message.contains("4 characters after SK"))
        #expect(problems[2].message.hasPrefix("environment:3: SYNC_SERVICE_SID"))
        #expect(problems[2].message.contains("not all hex digits"))
        #expect(problems.allSatisfy { !$0.message.contains("0123456789abcdef") })
    }

    @Test func wellFormedOrUnsetIdentifiersAreFine() {
        let text = """
            ACCOUNT_SID=AC0123456789abcdef0123456789ABCDEF
            API_KEY=
            """
        #expect(EnvironmentFile.identifierProblems(in: text).isEmpty)
    }
}
