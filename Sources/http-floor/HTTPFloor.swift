import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix

/// `http-floor`: the HTTP floors `bench/run` measures the server against, each answering
/// `Hello World` to every request on `127.0.0.1:<port>`:
///
/// - `hummingbird`: a Hummingbird 2 application with one constant route, the framework the
///   server is built on, without the Functions runtime;
/// - `nio`: a SwiftNIO HTTP/1.1 pipeline with one handler, without any framework.
///
/// The distance between `/hello` and `hummingbird` is the runtime's own cost per request; the one
/// between `hummingbird` and `nio` is the framework's.
///
///     .build/release/http-floor hummingbird 3100
///     .build/release/http-floor nio 3101
@main
struct HTTPFloor {
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count == 2, let kind = arguments.first, let port = arguments.last.flatMap(Int.init) else {
            print("usage: http-floor hummingbird|nio PORT")
            return
        }
        switch kind {
        case "hummingbird": try await runHummingbird(port: port)
        case "nio": try await runNIO(port: port)
        default: print("http-floor: unknown floor \(kind); use hummingbird or nio")
        }
    }

    static func runHummingbird(port: Int) async throws {
        let router = Router()
        router.get("/") { _, _ in "Hello World" }
        var logger = Logger(label: "http-floor")
        logger.logLevel = .warning
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)), logger: logger)
        try await app.runService()
    }

    static func runNIO(port: Int) async throws {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(ConstantHandler())
                }
            }
            .bind(host: "127.0.0.1", port: port)
            .get()
        try await channel.closeFuture.get()
    }
}

/// Answers every request with the same 200 once its end arrives.
private final class ConstantHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private static let body = ByteBuffer(string: "Hello World")
    private static let headers: HTTPHeaders = [
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Length": "11",
    ]
    private var keepAlive = true

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            keepAlive = head.isKeepAlive
        case .body:
            break
        case .end:
            let head = HTTPResponseHead(version: .http1_1, status: .ok, headers: Self.headers)
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(Self.body))), promise: nil)
            if keepAlive {
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            } else {
                let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
                context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in loopBound.value.close(promise: nil) }
            }
        }
    }
}
