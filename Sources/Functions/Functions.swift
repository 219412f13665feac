import FunctionsRuntime

/// The project's Functions: the handlers `functions.json` can name.
///
/// Add a handler in a file of this folder and register it here under the name the manifest uses:
///
/// ```swift
/// registry.register("hello", hello)
/// ```
public enum Functions {
    /// Every handler of the project, by name.
    public static let registry: FunctionRegistry = {
        var registry = FunctionRegistry()
        registry.register("hello", hello)
        registry.register("echo", echo)
        registry.register("token", token)
        registry.register("voice", voice)
        registry.register("live-access-token", liveAccessToken)
        registry.register("start-verify", startVerify)
        registry.register("check-verify", checkVerify)
        registry.register("forward-message", forwardMessage)
        return registry
    }()
}
