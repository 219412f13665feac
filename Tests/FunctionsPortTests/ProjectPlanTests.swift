import Foundation
import FunctionsPort
import FunctionsRuntime
import Testing

/// The package a port writes: its files, registry, tests, manifest and assets.
@Suite("port: the package")
struct ProjectPlanTests {
    static func voiceIvr(
        _ modules: [String: PortedModule] = [:], package: String = "voice-ivr", module: String = "VoiceIvr"
    ) throws -> PortPlan {
        try PortPlan(
            project: try ServerlessProject.load(from: ProjectFixtures.example("voice-ivr")),
            skeleton: .ported(package, module: module),
            translate: ProjectFakes.translator(modules)
        )
    }

    @Test func voiceIvrGetsEveryFile() throws {
        let plan = try Self.voiceIvr(package: "ivr", module: "Ivr")
        #expect(plan.files.map(\.path) == [
            "Package.swift", "Sources/Ivr/Ivr.swift", "Sources/Ivr/HandleUserInput.swift", "Sources/Ivr/VoiceIvr.swift",
            "Sources/ivr/main.swift", "Tests/IvrTests/FunctionsTestKit+Package.swift", ".gitignore",
            "Tests/IvrTests/PortedFunctionsTests.swift", "functions.json", "environment", "assets/index.html", "README.md", "PORTING.md",
        ])
    }

    /// The README's first screen: its two commands, their comments in one column.
    @Test(arguments: ["ivr", "voice-ivr", "a-much-longer-package-name"])
    func theReadmeStartsWithTheTwoCommands(package: String) throws {
        let plan = try Self.voiceIvr(package: package, module: "Ivr")
        let readme = try #require(plan.files.first { $0.path == "README.md" }).text
        let lines = readme.split(separator: "\n").filter { $0.hasPrefix("swift ") }
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("swift run \(package) serve") == true)
        #expect(lines.last?.hasPrefix("swift test") == true)
        let columns = lines.map { line in line.distance(from: line.startIndex, to: line.firstIndex(of: "#") ?? line.endIndex) }
        #expect(Set(columns).count == 1, "\(lines)")
    }

    @Test func theRegistryNamesEveryModuleAndAvoidsAFunctionsFileName() throws {
        let plan = try Self.voiceIvr()
        // The package is named like one of its Functions: the registry takes another file name.
        let registry = try #require(plan.files.first { $0.path == "Sources/VoiceIvr/VoiceIvr+Modules.swift" })
        #expect(plan.files.contains { $0.path == "Sources/VoiceIvr/VoiceIvr.swift" })
        #expect(registry.text.contains("""
            public enum VoiceIvr {
                /// The ported Functions, by the names functions.json uses.
                public static let modules = JSModuleTable([
                    JSModuleEntry(name: "handle-user-input", file: "functions/handle-user-input.protected.js", body: handleUserInput),
                    JSModuleEntry(name: "voice-ivr", file: "functions/voice-ivr.protected.js", body: voiceIvr),
                ])
                /// Every handler, by name.
                public static var registry: FunctionRegistry { modules.registry }
            }
            """))
        #expect(registry.text.hasPrefix("import FunctionsJS\nimport FunctionsRuntime\n"))
    }

    @Test func theManifestLoadsWithTheHandlerNamesAndVisibility() throws {
        let folder = try ProjectFolder()
        let plan = try Self.voiceIvr()
        try folder.writePlan(plan.files, into: "pkg")
        let manifest = try FunctionsManifest.load(path: folder.path("pkg/functions.json"), handlerNames: ["voice-ivr", "handle-user-input"])
        #expect(manifest.entries == [
            .init(path: "/handle-user-input", handler: "handle-user-input", visibility: .protected),
            .init(path: "/voice-ivr", handler: "voice-ivr", visibility: .protected),
        ])
        let environment = try EnvironmentFile.load(path: folder.path("pkg/environment"))
        #expect(environment.entries.map(\.key) == ["ACCOUNT_SID", "AUTH_TOKEN", "TWILIO_PHONE_NUMBER", "TWILIO_VOICE_WEBHOOK_URL"])
        #expect(environment["TWILIO_PHONE_NUMBER"] == "+12223334444")
    }

    @Test func packageSwiftAddsFunctionsJSToTheHandlers() throws {
        let manifest = try #require(try Self.voiceIvr().files.first { $0.path == "Package.swift" }).text
        #expect(manifest.contains("""
                    .target(
                        name: "VoiceIvr",
                        dependencies: [
                            .product(name: "FunctionsJS", package: "twilio-functions"),
                            .product(name: "FunctionsRuntime", package: "twilio-functions"),
                        ]
                    ),
            """))
        #expect(manifest.contains(#".package(path: "/src/twilio-functions")"#))
        #expect(manifest.contains(#".product(name: "FunctionsTesting", package: "twilio-functions"),"#))
        let release = PackageSkeleton(package: "p", module: "P", dependency: .release(url: "https://example.com/x/twilio-functions.git", version: "1.2.3"))
        #expect(release.packageManifest.contains(#".package(url: "https://example.com/x/twilio-functions.git", from: "1.2.3")"#))
    }

    @Test func eachFullyTranslatedFunctionGetsATestAndTheOthersDoNot() throws {
        let plan = try Self.voiceIvr([
            "functions/voice-ivr.protected.js": ProjectFakes.translated("functions/voice-ivr.protected.js"),
            "functions/handle-user-input.protected.js": PortedModule(
                file: "", swiftName: "", source: "// swift", todos: [PortTODO(line: 4, text: "class X {}", reason: "classes are not translated")]
            ),
        ])
        let tests = try #require(plan.files.first { $0.path == "Tests/VoiceIvrTests/PortedFunctionsTests.swift" }).text
        #expect(tests.contains("""
            @Test func voiceIvrRuns() async throws {
                let response = try await FunctionsTestKit.package().get("/voice-ivr", signed: true)
                #expect(response.status != 501, "\\(response.text)")
            }
            """))
        #expect(!tests.contains("handleUserInputRuns"))
        #expect(tests.contains("#expect(kit.project.manifest.entries.count == 2)"))
        #expect(tests.contains("@Test func everyManifestEntryHasAHandler() throws {"))
    }

    @Test func publicAndPrivateFunctionsAreTestedTheirWay() throws {
        let folder = try ProjectFolder()
        try folder.write("functions/open.js", "")
        try folder.write("functions/helper.private.js", "")
        let plan = try PortPlan(
            project: try ServerlessProject.load(from: folder.root), skeleton: .ported("p", module: "P"),
            translate: ProjectFakes.translator([
                "functions/open.js": ProjectFakes.translated("functions/open.js"),
                "functions/helper.private.js": ProjectFakes.translated("functions/helper.private.js"),
            ])
        )
        let tests = try #require(plan.files.first { $0.path == "Tests/PTests/PortedFunctionsTests.swift" }).text
        #expect(tests.contains(#"let response = try await FunctionsTestKit.package().get("/open")"#))
        #expect(tests.contains(#"$0.path == "/helper" ? FunctionsManifest.Entry(path: $0.path, handler: $0.handler) : $0"#))
        #expect(tests.contains(#"let response = await kit.get("/helper")"#))
    }

    @Test func aFunctionWithoutSwiftAnswers501() throws {
        let plan = try Self.voiceIvr()
        let source = try #require(plan.files.first { $0.path == "Sources/VoiceIvr/HandleUserInput.swift" }).text
        #expect(source.contains("@Sendable func handleUserInput(_ js: JSModule) async throws {"))
        #expect(source.contains(#"try js.untranslated(file: "functions/handle-user-input.protected.js", line: 1, "the whole file")"#))
        #expect(!plan.functions[0].isFullyTranslated)
    }

    @Test func theTranslationIsWrittenAsItCame() throws {
        let module = PortedModule(file: "", swiftName: "", source: "import FunctionsJS\n\n@Sendable func voiceIvr(_ js: JSModule) async throws {}")
        let plan = try Self.voiceIvr(["functions/voice-ivr.protected.js": module])
        let source = try #require(plan.files.first { $0.path == "Sources/VoiceIvr/VoiceIvr.swift" }).text
        #expect(source == module.source + "\n")
        #expect(plan.functions[1].module.file == "functions/voice-ivr.protected.js")
        #expect(plan.functions[1].module.swiftName == "voiceIvr")
    }

    @Test func assetsAreCopiedByteForByteAndServedAtTheSamePaths() throws {
        let folder = try ProjectFolder()
        let binary = (0...255).map { UInt8($0) }
        try folder.write("src/functions/a.js", "")
        try folder.write("src/assets/img/logo.private.png", bytes: binary)
        try folder.write("src/assets/report.protected.html", "<p>")
        try folder.write("src/assets/index.html", "<h1>")
        let plan = try PortPlan(project: try ServerlessProject.load(from: folder.path("src")), skeleton: .ported("p", module: "P"))
        try folder.writePlan(plan.files, into: "pkg")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("pkg/assets/img/logo.private.png"))) == Data(binary))
        let source = try AssetCatalog.load(folder: folder.path("src/assets"))
        let ported = try AssetCatalog.load(folder: folder.path("pkg/assets"))
        #expect(ported.assets.map(\.path) == source.assets.map(\.path))
        #expect(ported.assets.map(\.visibility) == source.assets.map(\.visibility))
        #expect(ported.assets.map(\.path) == ["/img/logo.png", "/index.html", "/report.html"])
    }

    @Test func anAssetOnAFunctionsPathIsRefused() throws {
        let folder = try ProjectFolder()
        try folder.write("functions/hello.js", "")
        try folder.write("assets/hello", "static")
        #expect(throws: PortError("assets/hello and functions/hello.js both map to the URL path /hello. Rename one of them.")) {
            try PortPlan(project: try ServerlessProject.load(from: folder.root), skeleton: .ported("p", module: "P"))
        }
    }

    @Test func theFiveExamplesArePlanned() throws {
        for example in ProjectFixtures.examples {
            let plan = try PortPlan(
                project: try ServerlessProject.load(from: ProjectFixtures.example(example)), skeleton: .ported(example, module: "Ported"),
                translate: ProjectFakes.translator([:])
            )
            #expect(plan.files.contains { $0.path == "PORTING.md" }, "\(example)")
            for function in plan.functions {
                #expect(plan.report.markdown.contains("| `\(function.route.path)` | \(function.route.visibility.rawValue) | `\(function.route.file)` |"))
                #expect(plan.report.summary(reportPath: "x").contains("  \(function.route.path)  "))
            }
            let manifest = try #require(plan.files.first { $0.path == "functions.json" })
            let entries = try FunctionsManifest.parse(Array(manifest.bytes), handlerNames: plan.functions.map(\.route.handler)).entries
            #expect(entries.map(\.path) == plan.functions.map(\.route.path))
        }
    }

    @Test(arguments: [
        ("plain", #""plain""#), (#"say "hi""#, #""say \"hi\"""#), (#"back\slash"#, #""back\\slash""#),
        ("tab\there", #""tab\there""#), ("line\nbreak", #""line\nbreak""#), ("bell\u{7}", #""bell\u{7}""#), ("café", #""café""#),
    ])
    func namesAreEmbeddedAsSwiftStringLiterals(text: String, literal: String) {
        #expect(SwiftSource.literal(text) == literal)
    }
}
