/// The one error type of the Functions runtime: a category and a message that names the file, key,
/// line or parameter at fault and says what to do.
///
/// Equality compares only the ``code``, so tests can write
/// `#expect(throws: FunctionsError.Code.duplicatePath)`-style checks via ``code``.
public struct FunctionsError: CodedError {
    /// The category of a ``FunctionsError``.
    public struct Code: ErrorCode {
        /// The category's name, e.g. `duplicatePath`.
        public let name: String
        private init(_ name: String) { self.name = name }

        /// A file (manifest, environment, asset) could not be read.
        public static let unreadableFile = Code("unreadableFile")
        /// `functions.json` is not valid JSON or not the expected shape.
        public static let invalidManifest = Code("invalidManifest")
        /// A manifest entry or an asset file has no path, or one Twilio would refuse.
        public static let invalidPath = Code("invalidPath")
        /// Two manifest entries, two assets, or a Function and an asset share a path.
        public static let duplicatePath = Code("duplicatePath")
        /// A manifest entry names a handler that is not registered.
        public static let unknownHandler = Code("unknownHandler")
        /// A manifest entry has a visibility other than public, protected or private.
        public static let unknownVisibility = Code("unknownVisibility")
        /// A line of the environment file is not `KEY=value`.
        public static let invalidEnvironment = Code("invalidEnvironment")
        /// A handler asked for an environment value that is not set.
        public static let missingEnvironmentValue = Code("missingEnvironmentValue")
        /// The request could not be turned into an event (bad encoding, malformed JSON).
        public static let badRequest = Code("badRequest")
        /// The request body is larger than the limit.
        public static let bodyTooLarge = Code("bodyTooLarge")
        /// A handler failed: it threw, or called back with an error.
        public static let handlerFailed = Code("handlerFailed")
        /// A handler did not call back before the deadline.
        public static let timedOut = Code("timedOut")
    }

    /// The category.
    public let code: Code
    /// What went wrong, naming the input at fault.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
}
