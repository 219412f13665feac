import NIOCore
import NIOHTTP1

/// Turns the answer to a request head over the size limit into a 431 that says what to do.
///
/// NIO's parser stops at ``ServerConfiguration/maxHeaderSize`` with
/// `HTTPParserError.headerOverflow`, and Hummingbird answers every parse error with the same empty
/// 400 that closes the connection. This handler sits between the parser and Hummingbird's codec:
/// it notes the overflow as the error passes, and rewrites that one 400 (Hummingbird's is the only
/// answer carrying `Connection: close`) into a 431 with a message. Hummingbird keeps the order of
/// answers, so a request still being answered when the next one overflows gets its own answer
/// first. A request that parses costs one state check per outbound part.
final class HeaderOverflowHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private enum State {
        /// Nothing overflowed.
        case parsing
        /// The parser gave up on a request head over the limit; its 400 is yet to be written.
        case overflowed
        /// The 431's head is written; the 400's body is dropped and the message sent instead.
        case replacing
    }

    private var state = State.parsing
    private let message: String

    /// A handler whose 431 names `limit`, the request head's size limit in bytes.
    init(limit: Int) {
        message = """
            The request's target and headers are larger than the \(limit)-byte limit (or it has over \
            \(FunctionsHTTP1Channel.maxHeaderFieldCount) header lines). Send a shorter URL or fewer, smaller \
            headers (cookies especially), or start the server with a larger --max-header-size.
            """
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let parserError = error as? HTTPParserError, parserError == .headerOverflow {
            state = .overflowed
        }
        context.fireErrorCaught(error)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch state {
        case .parsing:
            context.write(data, promise: promise)
        case .overflowed:
            guard case .head(let head) = unwrapOutboundIn(data), head.status == .badRequest,
                head.headers[canonicalForm: "connection"].contains("close")
            else {
                context.write(data, promise: promise)
                return
            }
            state = .replacing
            let headers: HTTPHeaders = [
                "Content-Type": "text/plain; charset=utf-8",
                "Content-Length": String(message.utf8.count),
                "Connection": "close",
            ]
            let replaced = HTTPResponseHead(version: head.version, status: .requestHeaderFieldsTooLarge, headers: headers)
            context.write(wrapOutboundOut(.head(replaced)), promise: promise)
        case .replacing:
            switch unwrapOutboundIn(data) {
            case .head:
                context.write(data, promise: promise)
            case .body:
                promise?.succeed(())
            case .end:
                state = .parsing
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: message)))), promise: nil)
                context.write(data, promise: promise)
            }
        }
    }
}
