import FunctionsHost
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle
import TwilioWire

extension Console {
    /// The request log as server-sent events (see ``RequestStream``): the kept entries, then each
    /// new one, until the server shuts down or the reader falls too far behind.
    func requestStream() -> Response {
        let stream = RequestStream.events(from: log, redactor: reloadable.pipeline.redactor)
        var headers = Self.securityHeaders
        headers[.contentType] = "text/event-stream"
        return Response(status: .ok, headers: headers, body: ResponseBody(asyncSequence: stream))
    }
}
