import NIOCore
import NIOHTTP1

/// Closes the connection once a request that did not ask to keep it open has its answer.
///
/// Hummingbird closes after a request carrying `Connection: close`, but keeps an HTTP/1.0
/// connection open even without `Connection: keep-alive`, though HTTP/1.0 closes by default; a
/// client reading to the end of the connection (as HTTP/1.0 clients may) then waits until the
/// header timeout. This handler, right after the parser, counts requests and answers (so a
/// pipelined request's answer is never cut off) and closes after the answer to the first
/// HTTP/1.0 request without keep-alive. HTTP/1.1 requests cost a version check and two counts.
final class KeepAliveHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private var requests = 0
    private var answers = 0
    /// The number of the request after whose answer the connection closes.
    private var closeAfter: Int?

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head(let head) = unwrapInboundIn(data) {
            requests += 1
            if closeAfter == nil, head.version == .http1_0, !head.isKeepAlive {
                closeAfter = requests
            }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .end = unwrapOutboundIn(data) else {
            context.write(data, promise: promise)
            return
        }
        answers += 1
        if answers == closeAfter {
            context.writeAndFlush(data, promise: promise)
            context.close(promise: nil)
        } else {
            context.write(data, promise: promise)
        }
    }
}
