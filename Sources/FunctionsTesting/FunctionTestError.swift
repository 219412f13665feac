import FunctionsRuntime

/// Why a test kit helper could not give what a test asked for: a body that is not JSON, a response
/// without a token, a token that does not verify, or emulated state that cannot be seeded.
///
/// The message says what was expected and shows the start of what was found, so a failing test
/// explains itself. Equality compares only the ``code``:
///
/// ```swift
/// #expect(throws: FunctionTestError.Code.invalidSignature) { ... }   // via error.code
/// ```
public struct FunctionTestError: CodedError {
    /// The category of a ``FunctionTestError``.
    public struct Code: ErrorCode {
        /// The code's name, e.g. `noToken`.
        public let name: String
        private init(_ name: String) { self.name = name }

        /// The body is not JSON.
        public static let notJSON = Code("notJSON")
        /// The body holds no access token (`{"token": "<JWT>"}` or a bare JWT).
        public static let noToken = Code("noToken")
        /// The token is not a well-formed JWT.
        public static let malformedToken = Code("malformedToken")
        /// The token's signature does not verify with the secret given.
        public static let invalidSignature = Code("invalidSignature")
        /// The emulated Twilio state cannot be set up as asked (seeding a store that holds data,
        /// no SYNC_SERVICE_SID, a fixture that is not valid).
        public static let invalidSetup = Code("invalidSetup")
    }

    /// The category.
    public let code: Code
    /// What was expected and what was found.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The start of `text` on one line, for messages about a body.
    static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        if line.isEmpty { return "an empty body" }
        return line.count > 200 ? "\"\(line.prefix(200))…\"" : "\"\(line)\""
    }
}
