import NIOCore
import NIOHTTP1

/// Answers `Expect: 100-continue` with an interim `100 Continue`, so a client that waits for it
/// before sending a body (curl does, for bodies over 1 MB) sends it at once instead of after its
/// own one-second wait. The request goes on unchanged; the body limit applies as to any other.
final class ContinueHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head(let head) = unwrapInboundIn(data), head.version.major == 1, head.version.minor >= 1,
            head.headers["Expect"].contains(where: { $0.lowercased() == "100-continue" })
        {
            context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .continue))), promise: nil)
        }
        context.fireChannelRead(data)
    }
}
