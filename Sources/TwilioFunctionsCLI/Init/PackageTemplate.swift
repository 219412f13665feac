import FunctionsPort

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

        /// The same dependency, as the shared package files take it.
        var skeleton: PackageSkeleton.Dependency {
            switch self {
            case .release(let url, let version): .release(url: url, version: version)
            case .local(let path): .local(path)
            }
        }
    }

    /// Where a released twilio-functions is fetched from.
    static let releaseURL = "https://github.com/twilio-functions/twilio-functions.git"
    /// The release new packages depend on at least.
    static let releaseVersion = "0.1.0"

    /// The package's names.
    let name: PackageName
    /// Where twilio-functions comes from.
    let dependency: Dependency

    /// The parts `init` and `port` share: `Package.swift`, `main.swift`, the test kit, `.gitignore`.
    var skeleton: PackageSkeleton {
        PackageSkeleton(package: name.package, module: name.module, dependency: dependency.skeleton)
    }

    /// Every file of the package, in the order they are written.
    var files: [PortFile] {
        let shared = skeleton.files
        return [
            shared[0],
            PortFile(path: "Sources/\(name.module)/\(name.module).swift", text: registrySource),
            PortFile(path: "Sources/\(name.module)/Hello.swift", text: Self.helloSource),
            PortFile(path: "Sources/\(name.module)/Token.swift", text: Self.tokenSource),
        ] + shared.dropFirst() + [
            PortFile(path: "Tests/\(name.testModule)/HelloTests.swift", text: helloTests),
            PortFile(path: "Tests/\(name.testModule)/TokenTests.swift", text: tokenTests),
            PortFile(path: "functions.json", text: Self.manifest),
            PortFile(path: "environment", text: Self.environment),
            PortFile(path: "README.md", text: readme),
        ]
    }

    /// `Package.swift`.
    var packageManifest: String { skeleton.packageManifest }

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
}
