import FunctionsRuntime

/// Everything `port` writes, as files with their bytes, and the report: the package `init`
/// would make, with one Swift file per Function, a registry of FunctionsJS modules, a test per
/// fully translated Function, the manifest, the environment from `.env`, and the assets.
///
/// ```swift
/// let project = try ServerlessProject.load(from: "voice-ivr")
/// let skeleton = PackageSkeleton(package: "voice-ivr", module: "VoiceIvr", dependency: .local("/src/twilio-functions"),
///                                handlerProducts: PortPlan.handlerProducts, testProducts: PortPlan.testProducts)
/// let plan = try PortPlan(project: project, skeleton: skeleton)
/// plan.files.map(\.path)        // Package.swift, Sources/VoiceIvr/VoiceIvr.swift, ..., PORTING.md
/// print(plan.report.summary)    // a line per Function
/// ```
public struct PortPlan: Sendable {
    /// The twilio-functions products a ported package's handlers depend on.
    public static let handlerProducts = ["FunctionsJS", "FunctionsRuntime"]
    /// The products its tests depend on, besides the handlers.
    public static let testProducts = ["FunctionsRuntime", "FunctionsTesting"]
    /// Where the report is written in the package.
    public static let reportFile = "PORTING.md"

    /// The package's names and dependencies.
    public let skeleton: PackageSkeleton
    /// The project ported.
    public let project: ServerlessProject
    /// The Functions, in file order.
    public let functions: [PortedFunction]
    /// The committed and the git-ignored environment.
    public let environment: PortEnvironment
    /// Every file of the package, in the order they are written.
    public let files: [PortFile]
    /// What was ported and what was not.
    public let report: PortReport

    /// Plans the port of `project` into a package shaped by `skeleton`, translating each
    /// Function with `translate` (`ModuleTranslator.translate` unless a test passes another).
    /// - Throws: ``PortError`` naming both files when two map to one URL path or Swift name, or
    ///   a file whose URL path Twilio refuses.
    public init(
        project: ServerlessProject,
        skeleton: PackageSkeleton,
        translate: (_ source: String, _ file: String, _ swiftName: String) -> PortedModule = ModuleTranslator.translate
    ) throws(PortError) {
        let routes = try RouteName.routes(for: project.functions.map(\.file))
        for route in routes {
            if let asset = project.assets.first(where: { $0.path == route.path }) {
                throw PortError("\(asset.file) and \(route.file) both map to the URL path \(route.path). Rename one of them.")
            }
        }
        var functions: [PortedFunction] = []
        for (source, route) in zip(project.functions, routes) {
            var module = translate(source.text, source.file, route.swiftName)
            module.file = route.file
            module.swiftName = route.swiftName
            functions.append(PortedFunction(route: route, module: module))
        }
        self.skeleton = skeleton
        self.project = project
        self.functions = functions
        self.environment = PortEnvironment(project: project, package: skeleton.package)
        self.report = PortReport(project: project, package: skeleton.package, functions: functions, environment: environment)
        self.files = Self.files(skeleton: skeleton, project: project, functions: functions, environment: environment, report: report)
    }

    private static func files(
        skeleton: PackageSkeleton, project: ServerlessProject, functions: [PortedFunction], environment: PortEnvironment, report: PortReport
    ) -> [PortFile] {
        let sources = "Sources/\(skeleton.module)/"
        let shared = skeleton.files
        var files = [shared[0], PortFile(path: sources + registryFileName(skeleton.module, functions), text: registrySource(skeleton.module, functions))]
        files += functions.map { PortFile(path: sources + $0.route.fileName, text: $0.swiftSource) }
        files += shared.dropFirst()
        files.append(PortFile(path: "Tests/\(skeleton.testModule)/PortedFunctionsTests.swift", text: testsSource(skeleton.module, functions)))
        files.append(PortFile(path: "functions.json", text: manifest(functions)))
        files.append(PortFile(path: "environment", text: environment.committed))
        if let local = environment.local { files.append(PortFile(path: "environment.local", text: local)) }
        files += project.assets.map { PortFile(path: $0.file, bytes: $0.bytes) }
        files.append(PortFile(path: "README.md", text: readme(skeleton, functions, environment)))
        files.append(PortFile(path: reportFile, text: report.markdown))
        return files
    }

    /// `<Module>.swift`, unless a Function's file has that name (`voice-ivr` ported as
    /// `voice-ivr`): SwiftPM refuses two files of one name in a target.
    static func registryFileName(_ module: String, _ functions: [PortedFunction]) -> String {
        let name = module + ".swift"
        return functions.contains { $0.route.fileName.lowercased() == name.lowercased() } ? module + "+Modules.swift" : name
    }

    /// `functions.json`: an entry per Function, in file order.
    static func manifest(_ functions: [PortedFunction]) -> String {
        let entries = functions.map { function in
            let route = function.route
            let visibility = route.visibility == .public ? "" : #", "visibility": "\#(route.visibility.rawValue)""#
            return #"    { "path": \#(jsonString(route.path)), "handler": \#(jsonString(route.handler))\#(visibility) }"#
        }
        return "{\n  \"functions\": [\n" + entries.joined(separator: ",\n") + (entries.isEmpty ? "" : "\n") + "  ]\n}\n"
    }
}
