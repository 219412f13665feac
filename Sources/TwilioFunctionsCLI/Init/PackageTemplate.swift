import Foundation

/// The files of a new Functions package: a `hello` and a `token` handler, the three-line
/// executable, a test per handler, the manifest, a placeholder environment, `.gitignore` and a
/// README whose first screen has the two commands.
///
/// ```swift
/// let template = PackageTemplate(name: try PackageName("my-functions"), dependency: .local("/src/twilio-functions"))
/// for file in template.files { print(file.path) }   // Package.swift, Sources/MyFunctions/Hello.swift, ...
/// ```
struct PackageTemplate: Sendable {
    /// Where the package gets twilio-functions from.
    enum Dependency: Sendable, Equatable {
        /// A released version, by URL.
        case release(url: String, version: String)
        /// A checkout on this machine, by absolute path (offline, and how CI tests a change).
        case local(String)

        /// The `.package(...)` line of `Package.swift`.
        var packageLine: String {
            switch self {
            case .release(let url, let version): ".package(url: \"\(url)\", from: \"\(version)\")"
            case .local(let path): ".package(path: \"\(path.swiftStringEscaped)\")"
            }
        }

        /// The identity SwiftPM gives the dependency, which `.product(name:package:)` names: the
        /// last component of its URL or path, lowercased, without `.git`.
        var identity: String {
            let location: String
            switch self {
            case .release(let url, _): location = url
            case .local(let path): location = path
            }
            let last = location.split(separator: "/").last.map(String.init) ?? location
            return (last.hasSuffix(".git") ? String(last.dropLast(4)) : last).lowercased()
        }
    }

    /// One file to write.
    struct File: Sendable, Equatable {
        /// Its path inside the package folder.
        let path: String
        /// Its contents.
        let contents: String
    }

    /// Where a released twilio-functions is fetched from.
    static let releaseURL = "https://github.com/twilio-functions/twilio-functions.git"
    /// The release new packages depend on at least.
    static let releaseVersion = "0.1.0"

    /// The package's names.
    let name: PackageName
    /// Where twilio-functions comes from.
    let dependency: Dependency

    /// Every file of the package, in the order they are written.
    var files: [File] {
        [
            File(path: "Package.swift", contents: packageManifest),
            File(path: "Sources/\(name.module)/\(name.module).swift", contents: registrySource),
            File(path: "Sources/\(name.module)/Hello.swift", contents: Self.helloSource),
            File(path: "Sources/\(name.module)/Token.swift", contents: Self.tokenSource),
            File(path: "Sources/\(name.package)/main.swift", contents: mainSource),
            File(path: "Tests/\(name.testModule)/FunctionsTestKit+Package.swift", contents: testKitSource),
            File(path: "Tests/\(name.testModule)/HelloTests.swift", contents: helloTests),
            File(path: "Tests/\(name.testModule)/TokenTests.swift", contents: tokenTests),
            File(path: "functions.json", contents: Self.manifest),
            File(path: "environment", contents: Self.environment),
            File(path: ".gitignore", contents: Self.gitignore),
            File(path: "README.md", contents: readme),
        ]
    }

    var packageManifest: String {
        let product = { (product: String) in ".product(name: \"\(product)\", package: \"\(dependency.identity)\")" }
        return """
            // swift-tools-version:6.2
            import PackageDescription

            let package = Package(
                name: "\(name.package)",
                platforms: [.macOS(.v15)],
                dependencies: [
                    \(dependency.packageLine),
                ],
                targets: [
                    // The handlers, and the registry that names them for functions.json.
                    .target(
                        name: "\(name.module)",
                        dependencies: [
                            \(product("FunctionsRuntime")),
                            \(product("TwilioAccessToken")),
                        ]
                    ),
                    // `swift run \(name.package) serve`, `invoke`, `check`, ... over those handlers.
                    .executableTarget(
                        name: "\(name.package)",
                        dependencies: [
                            "\(name.module)",
                            \(product("TwilioFunctionsCLI")),
                        ]
                    ),
                    .testTarget(
                        name: "\(name.testModule)",
                        dependencies: [
                            "\(name.module)",
                            \(product("FunctionsTesting")),
                        ]
                    ),
                ]
            )

            """
    }

    var registrySource: String {
        """
        import FunctionsRuntime

        /// The package's Functions: the handlers `functions.json` can name. Add a handler in a file of
        /// this folder and register it here under the name the manifest uses.
        public enum \(name.module) {
            /// Every handler, by name.
            public static let registry: FunctionRegistry = {
                var registry = FunctionRegistry()
                registry.register("hello", hello)
                registry.register("token", token)
                return registry
            }()
        }

        """
    }

    var mainSource: String {
        """
        import \(name.module)
        import TwilioFunctionsCLI

        await FunctionsCommandLine(name: "\(name.package)", registry: \(name.module).registry).main()

        """
    }
}

extension String {
    /// The string as the inside of a Swift string literal.
    var swiftStringEscaped: String {
        replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
