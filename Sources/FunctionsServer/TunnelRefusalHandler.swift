import NIOCore
import NIOHTTP1

/// Answers a `CONNECT` request with a 405 whose `Allow` names the methods that are served, and
/// closes the connection.
///
/// After a `CONNECT` head the parser treats the rest of the connection as a tunnel, so the
/// request never ends: passed on, it got a 404 head without a length and the connection was held
/// until the header timeout. Neither port serves tunnels, so the request stops here. NIO frames
/// every answer to `CONNECT` without a body, so the answer is its head alone, ended by the close.
final class TunnelRefusalHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// The methods either port answers.
    static let allowedMethods = "GET, POST, DELETE, OPTIONS"

    private var refused = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !refused else { return }
        guard case .head(let head) = unwrapInboundIn(data), head.method == .CONNECT else {
            context.fireChannelRead(data)
            return
        }
        refused = true
        let headers: HTTPHeaders = ["Allow": Self.allowedMethods, "Connection": "close"]
        let channel = context.channel
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .methodNotAllowed, headers: headers))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            channel.close(promise: nil)
        }
    }
}
