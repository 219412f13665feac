import FunctionsRuntime
import HTTPTypes

/// The answer Twilio's runtime gives to an OPTIONS request on a known path, without running the
/// handler: 204 with the CORS preflight headers of Twilio's local runtime.
enum Preflight {
    static let headers: HTTPFields = {
        var fields = HTTPFields()
        fields[.accessControlAllowOrigin] = "*"
        fields[.accessControlAllowHeaders] =
            "Accept, Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, User-Agent"
        fields[.accessControlAllowMethods] = "GET, POST, OPTIONS"
        fields[.accessControlExposeHeaders] = "ETag"
        fields[.accessControlMaxAge] = "86400"
        fields[.accessControlAllowCredentials] = "true"
        fields[.contentType] = "text/plain; charset=UTF-8"
        fields[.contentLength] = "0"
        return fields
    }()

    /// The same answer as a ``FunctionResult``, for the pipeline.
    static let result = FunctionResult(
        status: 204,
        headers: headers.filter { $0.name != .contentLength }.map { (name: $0.name.rawName, value: $0.value) }
    )

    /// The methods a Function answers; any other is a 405.
    static let allowedMethods = "GET, POST, OPTIONS"
}
