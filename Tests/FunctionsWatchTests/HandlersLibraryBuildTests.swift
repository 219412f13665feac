import Foundation
import FunctionsRuntime
import Testing

@testable import FunctionsWatch

/// How watch mode decides to compile the handlers target alone, and the command it runs.
@Suite("Rebuilding the handlers alone")
struct HandlersLibraryBuildTests {
    /// A package folder with a handlers target, SwiftPM's manifest for it and a linked executable.
    struct Package: ~Copyable {
        let root: String

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("handlers-\(UUID().uuidString)").path
            for folder in ["Sources/MyFunctions/Helpers", "Sources/Other", ".build/debug/MyFunctions.build", ".build/debug/Modules"] {
                try FileManager.default.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
            }
            for file in ["Sources/MyFunctions/Hello.swift", "Sources/MyFunctions/Helpers/Format.swift", "Sources/Other/Other.swift"] {
                try write(file, "// \(file)\n")
            }
            try write(".build/debug/Modules/FunctionsRuntime.swiftmodule", "module")
            try write(
                ".build/debug/MyFunctions.build/sources",
                "\(root)/Sources/MyFunctions/Hello.swift\n\(root)/Sources/MyFunctions/Helpers/Format.swift\n"
            )
            try write(".build/debug.yaml", Self.manifest(root: root))
            try write(".build/debug/my-functions", "linked")
        }

        static func manifest(root: String) -> String {
            """
            client:
              name: basic
            commands:
              "C.MyFunctionsTests-x86_64-unknown-linux-gnu-debug.module":
                tool: shell
                inputs: []
                args: ["/usr/bin/swiftc","-module-name","MyFunctionsTests"]

              "C.MyFunctions-x86_64-unknown-linux-gnu-debug.module":
                tool: shell
                inputs: ["\(root)/Sources/MyFunctions/Hello.swift","\(root)/.build/debug/Modules/FunctionsRuntime.swiftmodule"]
                outputs: ["\(root)/.build/debug/MyFunctions.build/Hello.swift.o"]
                description: "Compiling Swift Module 'MyFunctions' (2 sources)"
                args: ["/usr/bin/swiftc","-module-name","MyFunctions","-emit-dependencies","-emit-module","-emit-module-path","\(root)/.build/debug/Modules/MyFunctions.swiftmodule","-output-file-map","\(root)/.build/debug/MyFunctions.build/output-file-map.json","-parse-as-library","-incremental","-c","@\(root)/.build/debug/MyFunctions.build/sources","-I","\(root)/.build/debug/Modules","-enable-batch-mode","-index-store-path","\(root)/.build/debug/index/store","-Onone","-enable-testing","-j2","-DDEBUG","-swift-version","6","-g","-Xcc","-fPIC","-Xcc","-g","-package-name","my_functions"]

            """
        }

        func write(_ path: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(root)/\(path)"))
        }

        func touch(_ path: String, secondsAgo: TimeInterval) throws {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -secondsAgo)], ofItemAtPath: "\(root)/\(path)")
        }

        var executable: String { "\(root)/.build/debug/my-functions" }

        var build: HandlersLibraryBuild {
            HandlersLibraryBuild(target: HandlersTarget("MyFunctions"), directory: root, configuration: "debug")
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test("the manifest gives the target's own command, not a target whose name starts the same")
    func manifestCommand() throws {
        let manifest = BuildManifest(path: "debug.yaml", text: Package.manifest(root: "/p"))
        let command = try #require(manifest.compileCommand(module: "MyFunctions"))
        #expect(command.arguments.prefix(3) == ["/usr/bin/swiftc", "-module-name", "MyFunctions"])
        #expect(command.inputs == ["/p/Sources/MyFunctions/Hello.swift", "/p/.build/debug/Modules/FunctionsRuntime.swiftmodule"])
        #expect(manifest.compileCommand(module: "MyFunctionsTests")?.arguments == ["/usr/bin/swiftc", "-module-name", "MyFunctionsTests"])
        #expect(manifest.compileCommand(module: "My") == nil)
        #expect(manifest.compileCommand(module: "Missing") == nil)
    }

    @Test("SwiftPM's command becomes one that links a library: its outputs and -g go, a tool's own -g stays")
    func libraryArguments() {
        let planned = [
            "/usr/bin/swiftc", "-module-name", "M", "-emit-dependencies", "-emit-module", "-emit-module-path", "/m/M.swiftmodule",
            "-output-file-map", "/m/map.json", "-incremental", "-c", "@/m/sources", "-I", "/m/Modules", "-enable-batch-mode",
            "-index-store-path", "/m/index", "-Onone", "-j2", "-DDEBUG", "-g", "-Xcc", "-g", "-Xlinker", "-c", "-package-name", "p",
        ]
        let arguments = HandlersLibraryBuild.libraryArguments(from: planned, sources: ["/s/A.swift", "/s/B.swift"])
        #expect(arguments == [
            "/usr/bin/swiftc", "-module-name", "M", "/s/A.swift", "/s/B.swift", "-I", "/m/Modules", "-Onone", "-DDEBUG",
            "-Xcc", "-g", "-Xlinker", "-c", "-package-name", "p", "-wmo", "-emit-library", "-Xlinker", "-Bsymbolic",
        ])
    }

    @Test("a save of the target's Swift files, at any depth, is a library build")
    func planForHandlerFiles() throws {
        let package = try Package()
        let plan = try #require(
            package.build.plan(for: ["Sources/MyFunctions/Hello.swift", "Sources/MyFunctions/Helpers/Format.swift"], executable: package.executable)
        )
        #expect(plan.folder == "Sources/MyFunctions")
        #expect(plan.arguments.contains("\(package.root)/Sources/MyFunctions/Helpers/Format.swift"))
        #expect(plan.arguments.suffix(4) == ["-wmo", "-emit-library", "-Xlinker", "-Bsymbolic"])
    }

    @Test(
        "a save a library cannot apply needs the whole build",
        arguments: [
            ["Sources/Other/Other.swift"],
            ["Sources/MyFunctions/Hello.swift", "Package.swift"],
            ["Sources/MyFunctions/data.json"],
            ["Sources/MyFunctionsExtra/Hello.swift"],
        ]
    )
    func fullBuildForOtherFiles(changed: [String]) throws {
        let package = try Package()
        #expect(package.build.plan(for: changed, executable: package.executable) == nil)
    }

    @Test("a new or deleted file of the target needs SwiftPM to plan again")
    func newOrDeletedFile() throws {
        let package = try Package()
        try package.write("Sources/MyFunctions/New.swift", "let new = 1\n")
        #expect(package.build.plan(for: ["Sources/MyFunctions/New.swift"], executable: package.executable) == nil)
        try FileManager.default.removeItem(atPath: "\(package.root)/Sources/MyFunctions/New.swift")
        try FileManager.default.removeItem(atPath: "\(package.root)/Sources/MyFunctions/Helpers/Format.swift")
        #expect(package.build.plan(for: ["Sources/MyFunctions/Hello.swift"], executable: package.executable) == nil)
    }

    @Test("a module written after the executable (a build that failed to link) needs the whole build")
    func staleExecutable() throws {
        let package = try Package()
        try package.touch(".build/debug/my-functions", secondsAgo: 60)
        #expect(package.build.plan(for: ["Sources/MyFunctions/Hello.swift"], executable: package.executable) == nil)
        try package.touch(".build/debug/Modules/FunctionsRuntime.swiftmodule", secondsAgo: 120)
        #expect(package.build.plan(for: ["Sources/MyFunctions/Hello.swift"], executable: package.executable) != nil)
        #expect(package.build.plan(for: ["Sources/MyFunctions/Hello.swift"], executable: package.executable + "-missing") == nil)
    }

    @Test("no build yet: no manifest, no plan")
    func noManifest() throws {
        let package = try Package()
        try FileManager.default.removeItem(atPath: "\(package.root)/.build/debug.yaml")
        #expect(package.build.plan(for: ["Sources/MyFunctions/Hello.swift"], executable: package.executable) == nil)
    }

    @Test("the entry point returns the registry expression, which defaults to <module>.registry")
    func entrySource() {
        let build = HandlersLibraryBuild(target: HandlersTarget("MyFunctions"), directory: "/p", configuration: "debug")
        #expect(build.entrySource.contains(#"@_cdecl("twilio_functions_handlers")"#))
        #expect(build.entrySource.contains("(MyFunctions.registry) as AnyObject"))
        #expect(HandlersTarget("Bot", registry: "Bot.handlers").registry == "Bot.handlers")
    }

    @Test("common folders and quoted source paths")
    func folders() {
        #expect(HandlersLibraryBuild.commonFolder(of: ["Sources/A/x.swift", "Sources/A/B/y.swift"]) == "Sources/A")
        #expect(HandlersLibraryBuild.commonFolder(of: ["Sources/A/x.swift", "Sources/AB/y.swift"]) == "Sources")
        #expect(HandlersLibraryBuild.commonFolder(of: ["x.swift"]) == nil)
        #expect(HandlersLibraryBuild.commonFolder(of: []) == nil)
        #expect(HandlersLibraryBuild.unquoted(#""/p/My Functions/a.swift""#) == "/p/My Functions/a.swift")
        #expect(HandlersLibraryBuild.shellQuoted("it's") == #"'it'\''s'"#)
    }

    @Test("a library that is missing or was not built by watch mode is refused with its path")
    func loadErrors() {
        // The test runner links the Swift runtime as a shared library, as a `swift build` server does.
        #expect(HandlersLibrary.swiftRuntimeIsShared)
        #expect {
            _ = try HandlersLibrary.load("/nonexistent/libMyFunctions-1.so")
        } throws: { error in
            let error = error as? WatchError
            return error?.code == .cannotLoadHandlers && error?.message.hasPrefix("/nonexistent/libMyFunctions-1.so: ") == true
        }
        #expect {
            _ = try HandlersLibrary.load("libm.so.6")
        } throws: { error in
            let error = error as? WatchError
            return error?.code == .cannotLoadHandlers && error?.message.contains("no twilio_functions_handlers entry point") == true
        }
    }
}
