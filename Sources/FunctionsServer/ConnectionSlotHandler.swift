import Logging
import NIOCore
import NIOHTTP1

/// Reports one connection to its server's ``ConnectionRegistry`` and carries out the registry's
/// decisions on the connection's own event loop.
///
/// It tells the registry when the connection opens, reads a request head, writes an answer's end
/// and closes. While the connection waits for a place it holds back reads, so the client's request
/// stays unread (and unanswered) until the connection is let in. When the registry picks the
/// connection to make room, it closes it, after confirming that no request head arrived meanwhile.
/// It sits right after the parser, so it sees every request head (also those answered by the
/// handlers after it) and every answer.
final class ConnectionSlotHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// The registry's handle on a connection: usable only on the connection's event loop.
    typealias Member = NIOLoopBound<ConnectionSlotHandler>
    typealias Registry = ConnectionRegistry<Member>

    private let registry: Registry
    private let logger: Logger
    private var context: ChannelHandlerContext?
    /// Set while the registry knows the connection.
    private var id: Registry.ID?
    private var isWaiting = false
    /// A read asked for while waiting, to pass on once let in.
    private var heldRead = false

    init(registry: Registry, logger: Logger) {
        self.registry = registry
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        if context.channel.isActive { join(context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        leave()
        self.context = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        join(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        leave()
        context.fireChannelInactive()
    }

    func read(context: ChannelHandlerContext) {
        if isWaiting {
            heldRead = true
        } else {
            context.read()
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if let id, case .head = unwrapInboundIn(data) {
            Self.evict(registry.requestStarted(id))
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let isEnd = if case .end = unwrapOutboundIn(data) { true } else { false }
        context.write(data, promise: promise)
        if isEnd, let id {
            // Any connection closed for this becoming idle (even this one) closes in a later
            // event-loop task, after this write's flush.
            Self.evict(registry.responseEnded(id))
        }
    }

    private func join(_ context: ChannelHandlerContext) {
        guard id == nil else { return }
        let joined = registry.connect(NIOLoopBound(self, eventLoop: context.eventLoop))
        id = joined.id
        isWaiting = !joined.isOpen
        Self.evict(joined.evict)
    }

    private func leave() {
        guard let id else { return }
        self.id = nil
        for member in registry.disconnect(id) {
            member.eventLoop.execute { member.value.letIn() }
        }
    }

    private static func evict(_ members: [Member]) {
        for member in members {
            member.eventLoop.execute { member.value.closeIfStillIdle() }
        }
    }

    /// The registry made room for this waiting connection: its reads go on.
    private func letIn() {
        guard isWaiting else { return }
        isWaiting = false
        if heldRead, let context {
            heldRead = false
            context.read()
        }
    }

    /// The registry picked this idle connection to make room for a waiting one.
    private func closeIfStillIdle() {
        guard let id, let context, registry.confirmEviction(id) else { return }
        logger.debug("Closing the connection idle longest: another client is waiting for one of the server's --max-connections.")
        context.flush()
        // Bytes of the last answer NIO still buffers (a client reading slowly) are written first.
        let buffered = (try? context.channel.syncOptions?.getOption(.bufferedWritableBytes)) ?? 0
        guard buffered > 0 else {
            context.close(promise: nil)
            return
        }
        let outputClosed = context.eventLoop.makePromise(of: Void.self)
        context.close(mode: .output, promise: outputClosed)
        outputClosed.futureResult.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
    }
}

@available(*, unavailable)
extension ConnectionSlotHandler: Sendable {}
