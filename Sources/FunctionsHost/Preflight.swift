import FunctionsRuntime
import TwilioWire

/// The answer Twilio's runtime gives to an OPTIONS request on a known path, without running the
/// handler: 204 with the CORS preflight headers of Twilio's local runtime.
enum Preflight {
    /// The methods a Function answers; any other is a 405.
    static let allowedMethods = "GET, POST, OPTIONS"

    /// The 204 with its CORS headers; the server adds `Content-Length: 0`.
    static let result = FunctionResult(
        status: 204,
        headers: [
            ("Access-Control-Allow-Origin", "*"),
            (
                "Access-Control-Allow-Headers",
                "Accept, Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, User-Agent"
            ),
            ("Access-Control-Allow-Methods", allowedMethods),
            ("Access-Control-Expose-Headers", "ETag"),
            ("Access-Control-Max-Age", "86400"),
            ("Access-Control-Allow-Credentials", "true"),
            ("Content-Type", "text/plain; charset=UTF-8"),
        ]
    )
}
