import FunctionsRuntime
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

extension Response {
    /// The HTTP response for a handler's result: its status, its header lines in order, its body.
    /// A header name HTTP cannot carry is dropped with a warning rather than failing the request.
    init(_ result: FunctionResult, logger: Logger) {
        var fields = HTTPFields()
        fields.reserveCapacity(result.headers.count + 1)
        for (name, value) in result.headers {
            guard let fieldName = HTTPField.Name.common[name] ?? HTTPField.Name(name) else {
                logger.warning("dropped the response header \"\(name)\": not a valid HTTP header name")
                continue
            }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        let status = HTTPResponse.Status(code: result.status)
        self.init(
            status: status,
            headers: fields,
            body: result.body.isEmpty ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: result.body))
        )
    }

    /// A plain-text answer from the runtime itself (404, 405, 400, 413).
    static func plain(_ status: HTTPResponse.Status, _ message: String, headers extra: HTTPFields = [:]) -> Response {
        var fields = extra
        fields[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }
}

extension HTTPField.Name {
    /// The names handlers set most, by the spelling they are usually set with. A lookup gives the
    /// same name as parsing, which checks every byte and lowercases a copy on every response.
    fileprivate static let common: [String: HTTPField.Name] = {
        let names: [HTTPField.Name] = [
            .contentType, .contentLength, .cacheControl, .location, .setCookie,
            .accessControlAllowOrigin, .accessControlAllowMethods, .accessControlAllowHeaders,
            .accessControlAllowCredentials, .accessControlExposeHeaders, .accessControlMaxAge,
        ]
        // Keyed by the raw spelling only: HTTP/1 writes a name as it was spelled.
        return Dictionary(uniqueKeysWithValues: names.map { ($0.rawName, $0) })
    }()
}
