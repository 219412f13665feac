import FunctionsHost
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle
import TwilioWire

extension Console {
    /// The request log as server-sent events: the kept entries, then each new one, with a
    /// comment every 15 seconds so proxies keep the connection open. It ends when the server
    /// shuts down.
    func requestStream() -> Response {
        let redactor = reloadable.pipeline.redactor
        let entries = log.subscribe()
        let (stream, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
        let feeder = Task {
            continuation.yield(ByteBuffer(string: "retry: 2000\n\n"))
            for await entry in entries.cancelOnGracefulShutdown() {
                continuation.yield(ByteBuffer(string: "event: request\ndata: \(entry.json(redactor: redactor).jsonString)\n\n"))
            }
            continuation.finish()
        }
        let keepAlive = Task {
            while (try? await Task.sleep(for: .seconds(15))) != nil {
                continuation.yield(ByteBuffer(string: ": keep-alive\n\n"))
            }
        }
        continuation.onTermination = { _ in
            feeder.cancel()
            keepAlive.cancel()
        }
        var headers = Self.securityHeaders
        headers[.contentType] = "text/event-stream"
        return Response(status: .ok, headers: headers, body: ResponseBody(asyncSequence: stream))
    }
}
