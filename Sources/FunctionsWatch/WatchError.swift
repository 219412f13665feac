/// Why watch mode could not start or could not switch to a new build, in one line that names the
/// command, file or port at fault.
public struct WatchError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure it is.
    public enum Code: String, Sendable {
        /// The server process could not be started, or exited before it was ready.
        case serverDidNotStart
        /// The server process did not say it was ready in time.
        case serverStartTimedOut
        /// The proxy could not listen on its address.
        case cannotListen
        /// The build command could not be run at all.
        case cannotRunBuild
        /// A handlers library could not be loaded, or holds no handlers.
        case cannotLoadHandlers
    }

    /// What kind of failure it is.
    public let code: Code
    /// What happened and what to do.
    public let message: String

    /// A failure with its message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
