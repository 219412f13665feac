import ArgumentParser
import Foundation
import FunctionsRuntime
import Testing

@testable import TwilioFunctionsCLI

/// `init DIR`: the files of a new package, its names, and every way it refuses to write.
@Suite("init", .shippedCommandLine)
struct InitTests {
    /// This checkout, which `--local` points generated packages at.
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func writesAReadyPackageNamedAfterTheFolder() throws {
        let folder = try TemporaryFolder()
        let directory = folder.path("my-functions")
        try TwilioFunctionsCommand.Init.parse([directory, "--local", Self.checkout]).run()

        let files = try FileManager.default.subpathsOfDirectory(atPath: directory).filter { path in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }
        #expect(
            Set(files) == [
                "Package.swift", "Sources/MyFunctions/MyFunctions.swift", "Sources/MyFunctions/Hello.swift",
                "Sources/MyFunctions/Token.swift", "Sources/my-functions/main.swift",
                "Tests/MyFunctionsTests/FunctionsTestKit+Package.swift", "Tests/MyFunctionsTests/HelloTests.swift",
                "Tests/MyFunctionsTests/TokenTests.swift", "functions.json", "environment", ".gitignore", "README.md",
            ]
        )
        let main = try String(contentsOfFile: directory + "/Sources/my-functions/main.swift", encoding: .utf8)
        #expect(main.split(separator: "\n") == [
            "import MyFunctions", "import TwilioFunctionsCLI",
            #"await FunctionsCommandLine(name: "my-functions", registry: MyFunctions.registry, handlersModule: "MyFunctions").main()"#,
        ])
        let manifest = try String(contentsOfFile: directory + "/Package.swift", encoding: .utf8)
        let identity = URL(fileURLWithPath: Self.checkout).lastPathComponent.lowercased()
        #expect(manifest.contains(#".package(path: "\#(Self.checkout)")"#))
        #expect(manifest.contains(#".product(name: "TwilioFunctionsCLI", package: "\#(identity)")"#))
        #expect(manifest.contains(#"name: "my-functions""#))
        let gitignore = try String(contentsOfFile: directory + "/.gitignore", encoding: .utf8)
        for line in [".build/", "Package.resolved", "environment.local", "/.twilio-functions/"] {
            #expect(gitignore.split(separator: "\n").contains(Substring(line)))
        }
        let readme = try String(contentsOfFile: directory + "/README.md", encoding: .utf8)
        #expect(readme.contains("swift run my-functions serve"))
        #expect(readme.contains("swift test"))
        // The environment and manifest load as the server loads them, with the generated handler names.
        let environment = try EnvironmentFile.load(path: directory + "/environment")
        #expect(environment["ACCOUNT_SID"]?.hasPrefix("AC") == true)
        #expect(environment["SYNC_SERVICE_SID"]?.count == 34)
        let entries = try FunctionsManifest.load(path: directory + "/functions.json", handlerNames: ["hello", "token"]).entries.map(\.handler)
        #expect(entries == ["hello", "token"])
    }

    @Test func byDefaultItDependsOnAReleaseByURL() throws {
        let template = try TwilioFunctionsCommand.Init.parse(["demo"]).makeTemplate()
        #expect(template.dependency == .release(url: PackageTemplate.releaseURL, version: PackageTemplate.releaseVersion))
        #expect(template.packageManifest.contains(#".package(url: "\#(PackageTemplate.releaseURL)", from: "\#(PackageTemplate.releaseVersion)")"#))
        #expect(template.packageManifest.contains(#"package: "twilio-functions")"#))
    }

    @Test func anEmptyFolderIsFilledAndNameChoosesTheNames() throws {
        let folder = try TemporaryFolder()
        let directory = folder.path("empty")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try TwilioFunctionsCommand.Init.parse([directory, "--name", "sms_bot", "--local", Self.checkout]).run()
        #expect(FileManager.default.fileExists(atPath: directory + "/Sources/SmsBot/SmsBot.swift"))
        #expect(FileManager.default.fileExists(atPath: directory + "/Sources/sms_bot/main.swift"))
    }

    @Test(arguments: [
        ("1st-functions", "must start with an ASCII letter"),
        ("my functions", "ASCII letters, digits, - and _ only"),
        ("café", "ASCII letters, digits, - and _ only"),
        ("class", "is a Swift keyword"),
        ("self", "is a Swift keyword"),
        ("functions", "twilio-functions or its dependencies already use"),
        ("GRDB", "handlers' module GRDB"),
        ("type", "the handlers' module Type, a Swift keyword"),
    ])
    func aNameThatCannotBeAModuleIsRefusedAndNothingWritten(name: String, rule: String) throws {
        let folder = try TemporaryFolder()
        #expect(throws: PackageName.Problem.self) { try PackageName(name) }
        do {
            _ = try PackageName(name)
        } catch {
            #expect(error.message.contains(rule), "\(error.message)")
            #expect(error.message.hasPrefix("\"\(name)\""))
        }
        #expect(throws: ExitCode.failure) { try TwilioFunctionsCommand.Init.parse([folder.path(name), "--local", Self.checkout]).run() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path(".")).isEmpty)
    }

    @Test func aFolderThatHoldsAnythingIsRefused() throws {
        let folder = try TemporaryFolder()
        let directory = folder.path("busy")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: directory + "/notes.txt"))
        #expect(throws: PackageWriter.Failure(message: "\(directory) is not empty (notes.txt); init writes into a new or empty folder. Nothing was written.")) {
            try PackageWriter.write(try TwilioFunctionsCommand.Init.parse([directory]).makeTemplate(), to: directory)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path(".")) == ["busy"])
    }

    @Test func aFilePathAMissingParentAndAnUnwritablePlaceAreRefused() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("file.txt", "x")
        let template = try TwilioFunctionsCommand.Init.parse(["demo"]).makeTemplate()
        #expect(throws: PackageWriter.Failure(message: "\(file) is a file; init writes a package into a new or empty folder. Nothing was written.")) {
            try PackageWriter.write(template, to: file)
        }
        #expect(throws: PackageWriter.Failure.self) { try PackageWriter.write(template, to: folder.path("missing/demo")) }
        // /proc takes no new folders, even from root.
        let error = try #require(throws: PackageWriter.Failure.self) { try PackageWriter.write(template, to: "/proc/demo") }
        #expect(error.message.hasPrefix("cannot write /proc/demo: "))
        #expect(error.message.hasSuffix("Nothing was written."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path(".")) == ["file.txt"])
    }

    @Test func watchModeRebuildsTheRunningProduct() {
        #expect(TwilioFunctionsCommand.Serve.defaultBuildCommand(for: "/p/.build/debug/my-functions") == "swift build --product my-functions")
        #expect(
            TwilioFunctionsCommand.Serve.defaultBuildCommand(for: "/p/.build/x86_64-unknown-linux-gnu/release/sms_bot")
                == "swift build -c release --product sms_bot"
        )
    }

    @Test func watchModeRefusesABuildWithTheRuntimeLinkedInUnlessToldHowToRebuildIt() throws {
        #expect(TwilioFunctionsCommand.Serve.watchRefusal(runtimeIsShared: true, buildCommand: nil) == nil)
        #expect(TwilioFunctionsCommand.Serve.watchRefusal(runtimeIsShared: false, buildCommand: "scripts/build-release") == nil)
        let refusal = try #require(TwilioFunctionsCommand.Serve.watchRefusal(runtimeIsShared: false, buildCommand: nil))
        #expect(refusal.contains("swift run twilio-functions serve --watch"))
        #expect(refusal.contains("--build-command 'scripts/build-release'"))
    }

    @Test func theCommandLineTakesItsNameAndVersionFromTheCaller() async {
        let commandLine = FunctionsCommandLine(name: "my-functions", version: "1.2.3", registry: FunctionRegistry())
        let configuration = await commandLine.withCurrent { TwilioFunctionsCommand.configuration }
        #expect(configuration.commandName == "my-functions")
        #expect(configuration.version == "1.2.3")
        let help = await commandLine.withCurrent { TwilioFunctionsCommand.helpMessage() }
        #expect(help.contains("USAGE: my-functions <subcommand>"), "\(help)")
        #expect(help.contains("init"))
    }

    @Test func localMustNameACheckout() throws {
        let folder = try TemporaryFolder()
        #expect(throws: ExitCode.failure) {
            try TwilioFunctionsCommand.Init.parse([folder.path("demo"), "--local", folder.path(".")]).run()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path(".")).isEmpty)
    }
}
