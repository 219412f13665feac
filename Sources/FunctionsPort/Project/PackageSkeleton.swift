/// The parts every Functions package shares, whether `init` or `port` made it: `Package.swift`,
/// the three-line `main.swift`, the test kit extension over the package's own files, and
/// `.gitignore`. What differs is the handlers, their products, and the rest of the files.
///
/// ```swift
/// let skeleton = PackageSkeleton(
///     package: "voice-ivr", module: "VoiceIvr", dependency: .local("/src/twilio-functions"),
///     handlerProducts: ["FunctionsJS", "FunctionsRuntime"])
/// skeleton.files.map(\.path)   // ["Package.swift", "Sources/voice-ivr/main.swift", ...]
/// ```
public struct PackageSkeleton: Sendable, Equatable {
    /// Where the package gets twilio-functions from.
    public enum Dependency: Sendable, Equatable {
        /// A released version, by URL.
        case release(url: String, version: String)
        /// A checkout on this machine, by absolute path (offline, and how CI tests a change).
        case local(String)

        /// The `.package(...)` line of `Package.swift`.
        public var packageLine: String {
            switch self {
            case .release(let url, let version): ".package(url: \(SwiftSource.literal(url)), from: \(SwiftSource.literal(version)))"
            case .local(let path): ".package(path: \(SwiftSource.literal(path)))"
            }
        }

        /// The identity SwiftPM gives the dependency, which `.product(name:package:)` names: the
        /// last component of its URL or path, lowercased, without `.git`.
        public var identity: String {
            let location: String
            switch self {
            case .release(let url, _): location = url
            case .local(let path): location = path
            }
            let last = location.split(separator: "/").last.map(String.init) ?? location
            return (last.hasSuffix(".git") ? String(last.dropLast(4)) : last).lowercased()
        }
    }

    /// The package and executable product name, e.g. `voice-ivr`.
    public var package: String
    /// The handlers' module, e.g. `VoiceIvr`.
    public var module: String
    /// Where twilio-functions comes from.
    public var dependency: Dependency
    /// The twilio-functions products the handlers' target depends on.
    public var handlerProducts: [String]
    /// The twilio-functions products the test target depends on, besides the handlers.
    public var testProducts: [String]

    /// The test target's name.
    public var testModule: String { module + "Tests" }

    /// A package of these names and dependencies.
    public init(
        package: String, module: String, dependency: Dependency,
        handlerProducts: [String] = ["FunctionsRuntime", "TwilioAccessToken"], testProducts: [String] = ["FunctionsTesting"]
    ) {
        self.package = package
        self.module = module
        self.dependency = dependency
        self.handlerProducts = handlerProducts
        self.testProducts = testProducts
    }

    /// The shared files, in the order they are written.
    public var files: [PortFile] {
        [
            PortFile(path: "Package.swift", text: packageManifest),
            PortFile(path: "Sources/\(package)/main.swift", text: mainSource),
            PortFile(path: "Tests/\(testModule)/FunctionsTestKit+Package.swift", text: testKitSource),
            PortFile(path: ".gitignore", text: Self.gitignore),
        ]
    }

    /// `Package.swift`.
    public var packageManifest: String {
        let product = { (product: String) in ".product(name: \"\(product)\", package: \"\(dependency.identity)\")," }
        let lines = { (products: [String]) in products.map { "\n                " + product($0) }.joined() }
        return """
            // swift-tools-version:6.2
            import PackageDescription

            let package = Package(
                name: "\(package)",
                platforms: [.macOS(.v15)],
                dependencies: [
                    \(dependency.packageLine),
                ],
                targets: [
                    // The handlers, and the registry that names them for functions.json.
                    .target(
                        name: "\(module)",
                        dependencies: [\(lines(handlerProducts))
                        ]
                    ),
                    // `swift run \(package) serve`, `invoke`, `check`, ... over those handlers.
                    .executableTarget(
                        name: "\(package)",
                        dependencies: [
                            "\(module)",
                            \(product("TwilioFunctionsCLI"))
                        ],
                        // Lets `serve --watch` load a rebuild of the handlers alone into a new server.
                        linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"], .when(platforms: [.linux]))]
                    ),
                    .testTarget(
                        name: "\(testModule)",
                        dependencies: [
                            "\(module)",\(lines(testProducts))
                        ]
                    ),
                ]
            )

            """
    }

    /// The executable's `main.swift`: the command line over the package's registry.
    public var mainSource: String {
        """
        import \(module)
        import TwilioFunctionsCLI

        await FunctionsCommandLine(name: \(SwiftSource.literal(package)), registry: \(module).registry, handlersModule: \(SwiftSource.literal(module))).main()

        """
    }

    /// `FunctionsTestKit.package()`, the kit the package's tests use.
    public var testKitSource: String {
        """
        import Foundation
        import FunctionsTesting
        import \(module)

        extension FunctionsTestKit {
            /// The package's own functions.json and environment, served by its handlers in process.
            static func package() throws -> FunctionsTestKit {
                let root = URL(fileURLWithPath: #filePath)
                    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                return try FunctionsTestKit(
                    registry: \(module).registry,
                    manifestPath: root.appendingPathComponent("functions.json").path,
                    environmentPath: root.appendingPathComponent("environment").path
                )
            }
        }

        """
    }

    /// `.gitignore`: build products, and `environment.local`, where real credentials go.
    public static let gitignore = """
        .build/
        .swiftpm/
        Package.resolved
        environment.local
        /.twilio-functions/

        """
}
