public import FunctionsRuntime

/// A Twilio Serverless project as `port` reads it: the JavaScript files of `functions/`, the
/// files of `assets/`, `.env` and the dependencies of `package.json`.
///
/// ```swift
/// let project = try ServerlessProject.load(from: "function-templates/voice-ivr")
/// project.functions.map(\.file)   // ["functions/handle-user-input.protected.js", "functions/voice-ivr.protected.js"]
/// project.assets.map(\.file)      // ["assets/index.html"]
/// ```
public struct ServerlessProject: Sendable {
    /// One JavaScript file of `functions/`.
    public struct SourceFile: Sendable, Equatable {
        /// Its path in the project, e.g. `functions/admin/users.js`.
        public var file: String
        /// Its text.
        public var text: String

        /// A file with this text.
        public init(file: String, text: String) {
            self.file = file
            self.text = text
        }
    }

    /// One file of `assets/`, as this project's asset server would serve it.
    public struct AssetFile: Sendable, Equatable {
        /// Its path in the project, e.g. `assets/logo.private.png`; the ported package keeps it.
        public var file: String
        /// The URL path it is served at, e.g. `/logo.png`.
        public var path: String
        /// Who may fetch it, from its `.protected`/`.private` marker.
        public var visibility: FunctionVisibility
        /// Its exact bytes.
        public var bytes: [UInt8]

        /// An asset.
        public init(file: String, path: String, visibility: FunctionVisibility, bytes: [UInt8]) {
            self.file = file
            self.path = path
            self.visibility = visibility
            self.bytes = bytes
        }
    }

    /// One entry of `package.json`'s `dependencies`.
    public struct Dependency: Sendable, Equatable {
        /// The npm package, e.g. `twilio`.
        public var name: String
        /// The version range as written, e.g. `^5.2.1`.
        public var version: String

        /// A dependency.
        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }

    /// The project folder, as given.
    public var root: String
    /// The JavaScript files of `functions/`, sorted by path.
    public var functions: [SourceFile]
    /// The assets, sorted by file.
    public var assets: [AssetFile]
    /// The `.env` file; empty when the project has none.
    public var environment: DotEnv
    /// `package.json`'s dependencies in file order; empty without one.
    public var dependencies: [Dependency]
    /// Files that are not ported, each with the reason (a file of `functions/` that is not
    /// JavaScript, an asset this project's server would not serve).
    public var skipped: [String]

    /// A project made of these parts (tests, or a project that is not on disk).
    public init(
        root: String, functions: [SourceFile], assets: [AssetFile] = [], environment: DotEnv? = nil,
        dependencies: [Dependency] = [], skipped: [String] = []
    ) {
        self.root = root
        self.functions = functions
        self.assets = assets
        self.environment = environment ?? DotEnv(file: ".env", entries: [])
        self.dependencies = dependencies
        self.skipped = skipped
    }
}
