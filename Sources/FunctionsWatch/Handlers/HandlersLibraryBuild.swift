import Foundation

/// Compiles a package's handlers target on its own into a shared library, with the compiler
/// flags SwiftPM planned for it in its last build, so that a save which touches only the handlers
/// costs one compiler run: no package planning and no relink of the executable.
///
/// ```swift
/// let build = HandlersLibraryBuild(target: HandlersTarget("MyFunctions"), directory: ".", configuration: "debug")
/// if let plan = build.plan(for: ["Sources/MyFunctions/Hello.swift"], executable: ".build/debug/my-functions") {
///     let result = await build.run(plan, number: 1)
/// }
/// ```
struct HandlersLibraryBuild: Sendable {
    /// What one compile needs: the compiler's arguments, and where the library goes.
    struct Plan: Sendable {
        /// The command line, compiler first.
        var arguments: [String]
        /// The target's folder, relative to the package.
        var folder: String
    }

    /// The handlers target.
    var target: HandlersTarget
    /// The package folder.
    var directory: String
    /// `debug` or `release`: the build whose manifest and modules are used.
    var configuration: String

    /// The folder the libraries and the entry file are written to.
    var outputFolder: String { "\(directory)/.build/twilio-functions-reload" }

    /// The symbol the entry file exports; ``HandlersLibrary`` calls it.
    static let entrySymbol = "twilio_functions_handlers"

    /// A plan when every path in `changed` is a Swift file of the handlers target that the last
    /// full build already compiled, and `executable` was linked from the modules it compiles
    /// against; `nil` when only a full build can apply the change (a new or deleted file, the
    /// manifest, another target, a failed or missing build).
    func plan(for changed: [String], executable: String) -> Plan? {
        guard let manifest = BuildManifest(path: "\(directory)/.build/\(configuration).yaml"),
            let command = manifest.compileCommand(module: target.module),
            case let planned = command.arguments,
            let sourcesArgument = planned.first(where: { $0.hasPrefix("@") }),
            let listed = try? String(contentsOfFile: String(sourcesArgument.dropFirst()), encoding: .utf8)
        else { return nil }
        let sources = listed.split(separator: "\n").map { Self.unquoted(String($0)) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let own = sources.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(prefix + ".build/") }
        guard let folder = Self.commonFolder(of: own.map { String($0.dropFirst(prefix.count)) }) else { return nil }
        // The files SwiftPM would compile now, seen as watch mode sees them (hidden files skipped, as SwiftPM does).
        let present = FileSnapshot(paths: [folder], in: directory).files.keys.filter { $0.hasSuffix(".swift") }
        guard changed.allSatisfy({ $0.hasPrefix(folder + "/") && $0.hasSuffix(".swift") }),
            Set(present.map { prefix + $0 }) == Set(own),
            Self.isLinked(executable, after: command.inputs.filter { $0.hasSuffix(".swiftmodule") })
        else { return nil }
        return Plan(arguments: Self.libraryArguments(from: planned, sources: sources), folder: folder)
    }

    /// Compiles `plan` into library number `number`.
    func run(_ plan: Plan, number: Int) async -> (result: BuildCommand.Result, library: String) {
        let library = "\(outputFolder)/lib\(target.module)-\(number).so"
        let entry = "\(outputFolder)/\(target.module)Entry.swift"
        do {
            try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
            try entrySource.write(toFile: entry, atomically: true, encoding: .utf8)
        } catch {
            let result = BuildCommand.Result(succeeded: false, status: 1, output: "\(entry): could not be written: \(error)", duration: .zero)
            return (result, library)
        }
        let arguments = plan.arguments + [entry, "-o", library]
        let command = BuildCommand(arguments.map(Self.shellQuoted).joined(separator: " "), directory: directory)
        return (await command.run(), library)
    }

    /// The file compiled with the target: a C entry point that hands its registry to the loader.
    var entrySource: String {
        """
        // Written by watch mode and compiled into the handlers library only: it hands the target's
        // registry to the server that loads the library.
        import FunctionsRuntime

        @_cdecl("\(Self.entrySymbol)")
        public func _twilioFunctionsHandlers() -> UnsafeMutableRawPointer {
            Unmanaged.passRetained((\(target.registry)) as AnyObject).toOpaque()
        }

        """
    }

    /// SwiftPM's compile command, turned into one that links a shared library: the sources
    /// listed inline, one compiler job for the whole module, and outputs that SwiftPM owns
    /// (its module, dependency files, index) left alone. `-Bsymbolic` keeps the library's own
    /// references on its own code, not on the copy of the target linked into the executable.
    static func libraryArguments(from planned: [String], sources: [String]) -> [String] {
        let dropped: Set<String> = [
            "-emit-dependencies", "-emit-module", "-incremental", "-c", "-enable-batch-mode", "-serialize-diagnostics",
            "-parseable-output", "-emit-objc-header", "-whole-module-optimization", "-wmo", "-enable-testing",
            // Debug info costs a third of the compile; a crash still names the handler's function.
            "-g",
        ]
        let droppedWithValue: Set<String> = [
            "-emit-module-path", "-output-file-map", "-index-store-path", "-emit-objc-header-path", "-num-threads",
            "-emit-dependencies-path",
        ]
        var arguments: [String] = []
        var skipNext = false
        var keepNext = false
        for argument in planned {
            if keepNext {
                // The value of -Xcc, -Xlinker or -Xfrontend belongs to that tool, even when it reads "-g".
                keepNext = false
                arguments.append(argument)
            } else if skipNext {
                skipNext = false
            } else if ["-Xcc", "-Xlinker", "-Xfrontend", "-Xclang-linker"].contains(argument) {
                keepNext = true
                arguments.append(argument)
            } else if droppedWithValue.contains(argument) {
                skipNext = true
            } else if argument.hasPrefix("@") {
                arguments += sources
            } else if !dropped.contains(argument), !(argument.hasPrefix("-j") && argument.count > 2) {
                arguments.append(argument)
            }
        }
        return arguments + ["-wmo", "-emit-library", "-Xlinker", "-Bsymbolic"]
    }

    /// Whether `executable` was written after every one of `modules`: a module written later (by
    /// a build that failed before linking) may not match the code the library would link against.
    static func isLinked(_ executable: String, after modules: [String]) -> Bool {
        func modified(_ path: String) -> Date? {
            (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        }
        guard let linked = modified(executable) else { return false }
        return modules.allSatisfy { module in modified(module).map { $0 <= linked } ?? false }
    }

    /// The longest folder every path is in; `nil` for no paths or paths with no common folder.
    static func commonFolder(of paths: [String]) -> String? {
        guard var common = paths.first.map({ $0.split(separator: "/").dropLast() }) else { return nil }
        for path in paths.dropFirst() {
            let folders = path.split(separator: "/").dropLast()
            common = common.prefix(zip(common, folders).prefix { $0 == $1 }.count)
        }
        return common.isEmpty ? nil : common.joined(separator: "/")
    }

    /// A line of SwiftPM's sources file, which quotes paths with spaces.
    static func unquoted(_ line: String) -> String {
        guard line.count >= 2, line.hasPrefix("\""), line.hasSuffix("\"") else { return line }
        return String(line.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\ ", with: " ")
    }

    static func shellQuoted(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
