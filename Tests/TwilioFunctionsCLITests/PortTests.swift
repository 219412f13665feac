import ArgumentParser
import Foundation
import FunctionsPort
import FunctionsRuntime
import Testing

@testable import TwilioFunctionsCLI

/// `port SOURCE DEST`: the files it writes, and every way it refuses to write.
@Suite("port", .shippedCommandLine)
struct PortTests {
    static let voiceIvr = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/serverless-examples/voice-ivr").path

    static func files(in directory: String) throws -> Set<String> {
        Set(try FileManager.default.subpathsOfDirectory(atPath: directory).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        })
    }

    @Test func voiceIvrIsWrittenAsAPackage() throws {
        let folder = try TemporaryFolder()
        let destination = folder.path("ivr")
        try TwilioFunctionsCommand.Port.parse([Self.voiceIvr, destination, "--local", InitTests.checkout]).run()
        #expect(try Self.files(in: destination) == [
            "Package.swift", "Sources/Ivr/Ivr.swift", "Sources/Ivr/HandleUserInput.swift", "Sources/Ivr/VoiceIvr.swift",
            "Sources/ivr/main.swift", "Tests/IvrTests/FunctionsTestKit+Package.swift", "Tests/IvrTests/PortedFunctionsTests.swift",
            ".gitignore", "functions.json", "environment", "assets/index.html", "README.md", "PORTING.md",
        ])
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: destination + "/assets/index.html"))
                == Data(contentsOf: URL(fileURLWithPath: Self.voiceIvr + "/assets/index.html"))
        )
        let manifest = try FunctionsManifest.load(path: destination + "/functions.json", handlerNames: ["voice-ivr", "handle-user-input"])
        #expect(manifest.entries.map(\.path) == ["/handle-user-input", "/voice-ivr"])
        #expect(manifest.entries.allSatisfy { $0.visibility == .protected })
        let package = try String(contentsOfFile: destination + "/Package.swift", encoding: .utf8)
        #expect(package.contains(#".package(path: "\#(InitTests.checkout)")"#))
        #expect(package.contains(#".product(name: "FunctionsJS", package: "#))
        // What the package's own `check` says about its files (the handlers are not built here).
        let report = CheckReport(
            manifestPath: destination + "/functions.json", environmentPath: destination + "/environment", seedPath: nil,
            registry: Self.registry(["voice-ivr", "handle-user-input"])
        )
        #expect(report.problems.isEmpty, "\(report.problems)")
    }

    @Test func aNonEmptyDestinationIsRefusedAndKept() throws {
        let folder = try TemporaryFolder()
        let destination = folder.path("busy")
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: destination + "/notes.txt"))
        #expect(throws: ExitCode.failure) { try TwilioFunctionsCommand.Port.parse([Self.voiceIvr, destination]).run() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: destination) == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path(".")) == ["busy"])
        #expect(throws: PackageWriter.Failure(message: "\(destination) is not empty (notes.txt); port writes into a new or empty folder. Nothing was written.")) {
            try PackageWriter.write(try TwilioFunctionsCommand.Port.parse([Self.voiceIvr, destination]).options.plan().files, to: destination, command: "port")
        }
    }

    @Test func aDestinationThatIsAFileIsRefused() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("file.txt", "x")
        #expect(throws: ExitCode.failure) { try TwilioFunctionsCommand.Port.parse([Self.voiceIvr, file]).run() }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
    }

    @Test func badInputWritesNothing() throws {
        let folder = try TemporaryFolder()
        let source = folder.path("project")
        try FileManager.default.createDirectory(atPath: source + "/functions", withIntermediateDirectories: true)
        try Data("exports.handler = 1".utf8).write(to: URL(fileURLWithPath: source + "/functions/a b.js"))
        try Data("exports.handler = 2".utf8).write(to: URL(fileURLWithPath: source + "/functions/a-b.js"))
        let port = try TwilioFunctionsCommand.Port.parse([source, folder.path("out")])
        #expect(throws: PortError("functions/a b.js and functions/a-b.js both map to the URL path /a-b. Rename one of them.")) {
            try port.options.plan()
        }
        #expect(throws: ExitCode.failure) { try port.run() }
        #expect(throws: ExitCode.failure) { try TwilioFunctionsCommand.Port.parse([folder.path("missing"), folder.path("out")]).run() }
        #expect(throws: ExitCode.failure) { try TwilioFunctionsCommand.Port.parse([Self.voiceIvr, folder.path("1st")]).run() }
        #expect(throws: ExitCode.failure) {
            try TwilioFunctionsCommand.Port.parse([Self.voiceIvr, folder.path("out"), "--local", folder.path(".")]).run()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path(".")) == ["project"])
    }

    @Test func nameAndReleaseOptionsShapeThePackage() throws {
        let port = try TwilioFunctionsCommand.Port.parse([Self.voiceIvr, "out", "--name", "phone-tree", "--url", "https://example.com/tf.git", "--from", "2.0.0"])
        let plan = try port.options.plan()
        #expect(plan.skeleton.package == "phone-tree")
        #expect(plan.skeleton.module == "PhoneTree")
        #expect(plan.skeleton.dependency == PackageSkeleton.Dependency.release(url: "https://example.com/tf.git", version: "2.0.0"))
        #expect(port.options.reportPath == "out/PORTING.md")
    }

    @Test func portIsASubcommand() async {
        let help = await FunctionsCommandLine(name: "twilio-functions", registry: FunctionRegistry()).withCurrent {
            TwilioFunctionsCommand.helpMessage()
        }
        #expect(help.contains("port"), "\(help)")
    }

    static func registry(_ names: [String]) -> FunctionRegistry {
        var registry = FunctionRegistry()
        for name in names { registry.register(name) { _, _, callback in callback(nil, "") } }
        return registry
    }
}
