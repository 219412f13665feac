import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// Hummingbird's HTTP/1 channel with the server's limits: the request head's size (NIO's
/// parser limits, answered with a 431 by ``ParseErrorHandler``) and the header read timeout
/// (Hummingbird's idle timeout, which closes a connection that sends no complete request part
/// for that long, but never one whose request is being answered). It also closes HTTP/1.0
/// connections as HTTP/1.0 expects (``KeepAliveHandler``), refuses tunnels
/// (``TunnelRefusalHandler``), answers `Expect: 100-continue` (``ContinueHandler``) and, at the
/// connection limit, closes the connection idle longest for a new client (``ConnectionSlotHandler``
/// reporting to the server's ``ConnectionRegistry``).
struct FunctionsHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    /// The most header lines a request may have; more is answered like a header section over
    /// the size limit.
    static let maxHeaderFieldCount = 1000

    private let base: HTTP1Channel
    private let maxHeaderSize: Int
    /// The server's open connections: one registry for all of this channel's connections.
    let connections: ConnectionSlotHandler.Registry

    init(
        responder: @escaping HTTPChannelHandler.Responder,
        maxHeaderSize: Int,
        headerTimeout: Duration,
        connections: ConnectionSlotHandler.Registry
    ) {
        let (seconds, attoseconds) = headerTimeout.components
        let timeout = TimeAmount.nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        base = HTTP1Channel(
            responder: responder,
            configuration: HTTP1Channel.Configuration(
                idleTimeout: timeout,
                httpDecoderConfiguration: .init(
                    maxHeaderFieldSize: maxHeaderSize,
                    maxHeaderListSize: maxHeaderSize,
                    maxHeaderFieldCount: Self.maxHeaderFieldCount
                )
            )
        )
        self.maxHeaderSize = maxHeaderSize
        self.connections = connections
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let limit = maxHeaderSize
        let connections = connections
        return base.setup(channel: channel, logger: logger).flatMapThrowing { value in
            // Right after the parser, where requests still have their HTTP version and a parse
            // error is seen before Hummingbird's codec.
            let pipeline = channel.pipeline.syncOperations
            let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
            try pipeline.addHandler(ParseErrorHandler(limit: limit), position: .after(decoder))
            try pipeline.addHandler(KeepAliveHandler(), position: .after(decoder))
            try pipeline.addHandler(TunnelRefusalHandler(), position: .after(decoder))
            try pipeline.addHandler(ContinueHandler(), position: .after(decoder))
            // Closest to the parser, so it sees every request head and every answer.
            try pipeline.addHandler(ConnectionSlotHandler(registry: connections, logger: logger), position: .after(decoder))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// The HTTP/1 server with `configuration`'s header limits, header read timeout and connection
    /// limit. Each server built from it (the Functions port, the API port) has a registry of its own.
    static func functions(_ configuration: ServerConfiguration) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            FunctionsHTTP1Channel(
                responder: responder,
                maxHeaderSize: configuration.maxHeaderSize,
                headerTimeout: configuration.headerTimeout,
                connections: ConnectionSlotHandler.Registry(maxConnections: configuration.maxConnections)
            )
        }
    }
}
