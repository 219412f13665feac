import Logging

/// What a Function receives as `context`: every value of the environment file, plus `DOMAIN_NAME`
/// and `PATH`, read as in JavaScript.
///
/// ```swift
/// let accountSid = try context.ACCOUNT_SID      // throws, naming the key and the file, when unset
/// let optional = context["FEATURE_FLAG"]        // String? for values that may be absent
/// ```
@dynamicMemberLookup
public struct FunctionContext: Sendable {
    /// Values shared by every request: built once when the server starts.
    final class Storage: Sendable {
        let values: [String: String]
        let environmentFile: String
        let twilio: TwilioConnection?
        let functions: [FunctionRoute]
        let invoker: FunctionInvoker
        let assets: AssetCatalog

        init(
            values: [String: String],
            environmentFile: String,
            twilio: TwilioConnection?,
            functions: [FunctionRoute] = [],
            invoker: FunctionInvoker = FunctionInvoker(),
            assets: AssetCatalog = AssetCatalog()
        ) {
            self.values = values
            self.environmentFile = environmentFile
            self.twilio = twilio
            self.functions = functions
            self.invoker = invoker
            self.assets = assets
        }
    }

    private let storage: Storage
    /// The host and port the server answers on, e.g. `localhost:3000` (Twilio: the service domain).
    public let domainName: String
    /// The path of the Function being run, e.g. `/token`.
    public let path: String
    /// A logger for the handler's own messages (the counterpart of `console.log`).
    public let logger: Logger

    /// Creates a context from environment values.
    ///
    /// - Parameters:
    ///   - environment: the environment file's values.
    ///   - domainName: `DOMAIN_NAME`, e.g. `localhost:3000`.
    ///   - path: `PATH`, the Function's path.
    ///   - logger: the handler's logger.
    ///   - twilio: where ``getTwilioClient()`` sends requests; `nil` makes it throw.
    public init(
        environment: EnvironmentFile,
        domainName: String = "localhost:3000",
        path: String = "/",
        logger: Logger = Logger(label: "function"),
        twilio: TwilioConnection? = nil
    ) {
        self.init(
            storage: Storage(values: environment.values, environmentFile: environment.path, twilio: twilio),
            domainName: domainName,
            path: path,
            logger: logger
        )
    }

    init(storage: Storage, domainName: String, path: String, logger: Logger) {
        self.storage = storage
        self.domainName = domainName
        self.path = path
        self.logger = logger
    }

    /// The value of `key`, or `nil` when it is not set. The environment file's values win over
    /// `DOMAIN_NAME` and `PATH`, as in Twilio's local runtime.
    public subscript(key: String) -> String? {
        if let value = storage.values[key] { return value }
        switch key {
        case "DOMAIN_NAME": return domainName
        case "PATH": return path
        default: return nil
        }
    }

    /// The value of `key`, as `context.KEY` reads it in JavaScript.
    /// - Throws: ``FunctionsError`` naming the key and the environment file when it is not set.
    public subscript(dynamicMember key: String) -> String {
        get throws(FunctionsError) { try require(key) }
    }

    /// The value of `key`.
    /// - Throws: ``FunctionsError`` naming the key and the environment file when it is not set.
    public func require(_ key: String) throws(FunctionsError) -> String {
        guard let value = self[key] else {
            throw FunctionsError(
                .missingEnvironmentValue,
                "\(key) is not set in \(storage.environmentFile). Add a line `\(key)=...` to that file and restart the server."
            )
        }
        return value
    }

    /// Every environment value (not `DOMAIN_NAME` or `PATH`).
    public var environment: [String: String] { storage.values }

    /// The environment file's path, for messages.
    var environmentFile: String { storage.environmentFile }

    /// Where Twilio clients made from this context send requests.
    var twilioConnection: TwilioConnection? { storage.twilio }

    /// The storage shared by every context of a server.
    var sharedStorage: Storage { storage }
}
