import NIOCore
import NIOHTTP1

/// Gives the answer to a request that is not valid HTTP a status and a message that say what is
/// wrong: 431 for a request head over the size limit, 400 naming the fault for the rest.
///
/// NIO's parser stops with an `HTTPParserError` (for a head over ``ServerConfiguration/maxHeaderSize``,
/// `headerOverflow`), and Hummingbird answers every parse error with the same empty 400 that
/// closes the connection. This handler sits between the parser and Hummingbird's codec: it notes
/// the error as it passes, and rewrites that one 400 (Hummingbird's is the only answer carrying
/// `Connection: close`). Hummingbird keeps the order of answers, so a request still being
/// answered when the next one fails to parse gets its own answer first. A request that parses
/// costs one state check per outbound part.
final class ParseErrorHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private enum State {
        /// Nothing failed to parse.
        case parsing
        /// The parser gave up; the answer is yet to be written.
        case failed(HTTPResponseStatus, String)
        /// The answer's head is written; Hummingbird's body is dropped and the message sent instead.
        case replacing(String)
    }

    private var state = State.parsing
    private let limit: Int

    /// A handler whose 431 names `limit`, the request head's size limit in bytes.
    init(limit: Int) {
        self.limit = limit
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if case .parsing = state, let parserError = error as? HTTPParserError {
            state = answer(to: parserError)
        }
        context.fireErrorCaught(error)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch state {
        case .parsing:
            context.write(data, promise: promise)
        case .failed(let status, let message):
            guard case .head(let head) = unwrapOutboundIn(data), head.status == .badRequest,
                head.headers[canonicalForm: "connection"].contains("close")
            else {
                context.write(data, promise: promise)
                return
            }
            state = .replacing(message)
            let headers: HTTPHeaders = [
                "Content-Type": "text/plain; charset=utf-8",
                "Content-Length": String(message.utf8.count),
                "Connection": "close",
            ]
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: promise)
        case .replacing(let message):
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

    /// The status and message for `error`.
    private func answer(to error: HTTPParserError) -> State {
        let reason: String
        switch error {
        case .headerOverflow:
            return .failed(
                .requestHeaderFieldsTooLarge,
                """
                The request's target and headers are larger than the \(limit)-byte limit (or it has over \
                \(FunctionsHTTP1Channel.maxHeaderFieldCount) header lines). Send a shorter URL or fewer, smaller \
                headers (cookies especially), or start the server with a larger --max-header-size.
                """
            )
        case .invalidMethod: reason = "the method is not an HTTP method (methods are upper case, such as GET or POST)"
        case .invalidURL, .invalidPath, .invalidQueryString, .invalidFragment:
            reason = "the request target holds a character that must be percent-encoded (a space, a control character or a byte outside ASCII)"
        case .invalidVersion: reason = "the HTTP version is not HTTP/1.0 or HTTP/1.1"
        case .invalidHeaderToken: reason = "a header name or value holds a character HTTP does not allow"
        case .invalidContentLength, .unexpectedContentLength:
            reason = "Content-Length is not one number, or comes with Transfer-Encoding"
        case .invalidChunkSize: reason = "a chunk size is not a hexadecimal number"
        case .lfExpected: reason = "a line does not end with CRLF"
        case .invalidEOFState: reason = "the connection ended in the middle of the request"
        default: reason = "it does not follow HTTP/1.1's syntax (\(error))"
        }
        return .failed(.badRequest, "The request is not valid HTTP: \(reason). The connection is closed.")
    }
}
