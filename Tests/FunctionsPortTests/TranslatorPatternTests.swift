import Foundation
import FunctionsJS
import FunctionsPort
import FunctionsRuntime
import Testing
import TwilioWire

/// `Tests/Fixtures/serverless-patterns`: hoisting, optional chains, loop closures, `try…finally` and `require`
/// of what is not ported. Each Function's translation is kept verbatim in a `Translated….swift` file of this
/// target, so building the tests compiles it (Swift 6, strict concurrency) and these tests run it.
@Suite struct TranslatorPatternTests {
    /// One Function of the fixture and its kept translation.
    struct Function: Sendable, CustomStringConvertible {
        var name: String
        var swiftName: String
        var body: JSModuleEntry.Body
        var description: String { name }

        var file: String { "functions/\(name).js" }

        var source: String {
            get throws {
                let url = TranslatorExamples.fixtures.appendingPathComponent("serverless-patterns/\(file)")
                return try String(contentsOf: url, encoding: .utf8)
            }
        }

        /// The `Translated….swift` file of this target that holds the translation.
        var kept: String {
            get throws {
                let name = "Translated" + swiftName.prefix(1).uppercased() + swiftName.dropFirst() + ".swift"
                let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(name)
                return try String(contentsOf: url, encoding: .utf8)
            }
        }

        func translate() throws -> PortedModule {
            ModuleTranslator.translate(try source, file: file, swiftName: swiftName)
        }
    }

    static let functions = [
        Function(name: "greet", swiftName: "greet", body: greet),
        Function(name: "parity", swiftName: "parity", body: parity),
        Function(name: "normalize", swiftName: "normalize", body: normalize),
        Function(name: "counters", swiftName: "counters", body: counters),
        Function(name: "finally", swiftName: "finally", body: finally),
        Function(name: "loop-finally", swiftName: "loopFinally", body: loopFinally),
        Function(name: "uses-lodash", swiftName: "usesLodash", body: usesLodash),
        Function(name: "asset-module", swiftName: "assetModule", body: assetModule),
    ]

    static func function(_ name: String) throws -> Function {
        try #require(functions.first { $0.name == name })
    }

    /// Runs the kept translation of `name` with the fixture's `.env` and `parameters`.
    static func run(_ name: String, _ parameters: JSONObject = [:]) async throws -> FunctionResult {
        let function = try function(name)
        let table = JSModuleTable([JSModuleEntry(name: name, file: function.file, body: function.body)])
        let handler = try #require(table.registry[name])
        let context = FunctionContext(
            environment: EnvironmentFile(values: [("GREETING_PUNCTUATION", "!")]), path: "/\(name)")
        let outcome = await FunctionInvoker().invoke(handler, context: context, event: FunctionEvent(parameters: parameters))
        return outcome.result
    }

    @Test func everyFunctionOfTheFixtureIsCovered() throws {
        let folder = TranslatorExamples.fixtures.appendingPathComponent("serverless-patterns/functions")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".js") }
        #expect(files.sorted() == Self.functions.map { "\($0.name).js" }.sorted())
    }

    @Test(arguments: functions)
    func theKeptSwiftIsTheTranslation(function: Function) throws {
        let module = try function.translate()
        #expect(module.syntaxError == nil)
        #expect(module.source == (try function.kept))
    }

    /// What Node.js answers for each (`callback(null, value)` as text or JSON).
    static let answers: [(name: String, parameters: JSONObject, status: Int, body: String)] = [
        ("greet", [:], 200, "<world> HI!"),
        ("greet", ["Name": "Ada"], 200, "<Ada> HI!"),
        ("parity", [:], 200, #"{"n":7,"even":false,"odd":true,"label":"odd","countdown":[3,2,1]}"#),
        ("parity", ["n": "10"], 200, #"{"n":10,"even":true,"odd":false,"label":"even","countdown":[3,2,1]}"#),
        ("normalize", [:], 200, #"{"body":"none","reply":"replied","missing":"none","first":"none"}"#),
        (
            "normalize", ["Body": "  Hello THERE  "], 200,
            #"{"body":"hello there","reply":"replied","missing":"none","first":"HELLO"}"#
        ),
        ("counters", [:], 200, #"{"captured":[0,1,2],"skipped":[1,3,5]}"#),
        ("finally", [:], 200, #"{"ok":true,"steps":"try"}"#),
        ("finally", ["fail": "yes"], 500, "asked to fail"),
        ("loop-finally", [:], 200, "body 0; finally 0; finally 1; body 2; finally 2; finally 3"),
        (
            "uses-lodash", [:], 501,
            "functions/uses-lodash.js:2 was not ported to Swift: const _ = require('lodash');"
        ),
        (
            "asset-module", [:], 501,
            "functions/asset-module.js:2 was not ported to Swift: "
                + "const helper = require(Runtime.getAssets()['/helper.js'].path);"
        ),
    ]

    @Test(arguments: answers)
    func answersAsTheJavaScriptDoes(name: String, parameters: JSONObject, status: Int, body: String) async throws {
        let result = try await Self.run(name, parameters)
        #expect(result.status == status)
        #expect(result.bodyText == body)
    }

    @Test func hoistedFunctionsAndConstantsUsedBeforeTheirDeclarationAreDeclaredFirst() throws {
        let greet = try Self.function("greet").translate().source
        #expect(greet.contains("    var wrap: JSValue = .undefined\n    var context_prefix: JSValue = .undefined\n"))
        #expect(greet.contains("    let greet = JSValue.function(\"greet\""))
        #expect(greet.contains("    wrap = JSValue.function(\"wrap\""))
        #expect(greet.contains("        var louder: JSValue = .undefined\n"))
        let parity = try Self.function("parity").translate().source
        #expect(parity.contains("    var isOdd: JSValue = .undefined\n    var label: JSValue = .undefined\n"))
        #expect(parity.contains("    let isEven = JSValue.function("))
        #expect(parity.contains("    isOdd = JSValue.function("))
        #expect(parity.contains("        var rest: JSValue = .undefined\n"))
    }

    @Test func optionalChainsTestEachLinkOnceInAClosure() throws {
        let module = try Self.function("normalize").translate()
        #expect(module.todos.isEmpty)
        #expect(!module.source.contains("JSValue.undefined :"))
        #expect(module.source.components(separatedBy: "{ () async throws -> JSValue in").count == 5)
        #expect(module.source.contains("if onMissing.isNullish { return .undefined }"))
    }

    @Test func loopClosuresCaptureACopyPerIteration() throws {
        let source = try Self.function("counters").translate().source
        #expect(source.contains("let i2 = i\n"))
        #expect(source.contains("return i2\n"))
        #expect(source.contains("var j2 = j\n"))
        #expect(source.contains("j = j2\n                j = j + 1\n"))
    }

    @Test func jumpsOutOfTryFinallyRunTheFinallyBlockFirst() throws {
        let finally = try Self.function("finally").translate()
        #expect(finally.todos.isEmpty)
        #expect(finally.source.contains("returned = try await callback(error.message)\n                break attempt\n"))
        let loop = try Self.function("loop-finally").translate()
        #expect(loop.todos.isEmpty)
        #expect(loop.source.contains("if continuing {\n                        break step\n"))
    }

    @Test func requireOfAnNpmModuleOrAnAssetIsATODO() throws {
        let lodash = try Self.function("uses-lodash").translate()
        #expect(
            lodash.todos == [
                PortTODO(
                    line: 2, text: "const _ = require('lodash');",
                    reason: "npm module 'lodash' has no counterpart in Swift")
            ])
        #expect(lodash.npmModules == ["lodash"])
        let asset = try Self.function("asset-module").translate()
        #expect(asset.todos.map(\.reason) == ["asset modules are not ported"])
        #expect(asset.npmModules.isEmpty)
    }
}
