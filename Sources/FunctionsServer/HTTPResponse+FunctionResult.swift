import FunctionsRuntime
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

extension Response {
    /// The HTTP response for a handler's result: its status, its header lines in order, its body.
    /// A header name HTTP cannot carry is dropped with a warning rather than failing the request.
    init(_ result: FunctionResult, logger: Logger) {
        let fields = HTTPFields(result.headers, logger: logger)
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
