import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization

/// The port users call in watch mode. It accepts every connection itself and relays its bytes to
/// the current server build, so a rebuild swaps the server behind it without ever closing the
/// port: connections that arrive during a switch go to the new build once it is ready, and
/// connections already open keep talking to the build they started with.
///
/// It relays TCP, not HTTP: requests reach the server byte for byte (Host header and all, so
/// signatures still verify), at the cost of one extra loopback hop.
struct UpstreamProxy: Service {
    /// The server build new connections go to.
    final class Target: Sendable {
        private let port = Mutex<Int?>(nil)

        /// The current server's port; `nil` while none runs.
        var current: Int? { port.withLock { $0 } }

        /// Sends new connections to `port` (or, with `nil`, answers them 502).
        func set(_ newPort: Int?) {
            port.withLock { $0 = newPort }
        }
    }

    let host: String
    let port: Int
    let target: Target
    let onBound: @Sendable (Int) async -> Void

    func run() async throws {
        let server: NIOAsyncChannel<NIOAsyncChannel<ByteBuffer, ByteBuffer>, Never>
        do {
            server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.allowRemoteHalfClosure, value: true)
                .bind(host: host, port: port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel<ByteBuffer, ByteBuffer>(
                            wrappingChannelSynchronously: channel,
                            configuration: .init(isOutboundHalfClosureEnabled: true)
                        )
                    }
                }
        } catch {
            throw WatchError(.cannotListen, "cannot listen on \(host):\(port): \(error). Is another server using the port? Pass --port to use another one.")
        }
        await onBound(server.channel.localAddress?.port ?? port)
        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { connections in
                    for try await connection in connections {
                        group.addTask { await relay(connection) }
                    }
                }
            }
        } onGracefulShutdown: {
            server.channel.close(promise: nil)
        }
    }

    private func relay(_ client: NIOAsyncChannel<ByteBuffer, ByteBuffer>) async {
        guard let upstreamPort = target.current else {
            await refuse(client, status: "503 Service Unavailable", because: "The Functions server is starting; try again in a moment.")
            return
        }
        let upstream: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            upstream = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .channelOption(.allowRemoteHalfClosure, value: true)
                .connect(host: "127.0.0.1", port: upstreamPort) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try NIOAsyncChannel<ByteBuffer, ByteBuffer>(
                            wrappingChannelSynchronously: channel,
                            configuration: .init(isOutboundHalfClosureEnabled: true)
                        )
                    }
                }
        } catch {
            await refuse(client, status: "502 Bad Gateway", because: "The Functions server is not running; it restarts on the next save. Check the terminal for its errors.")
            return
        }
        try? await client.executeThenClose { clientInbound, clientOutbound in
            try await upstream.executeThenClose { upstreamInbound, upstreamOutbound in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for try await bytes in clientInbound { try await upstreamOutbound.write(bytes) }
                        upstreamOutbound.finish()
                    }
                    group.addTask {
                        for try await bytes in upstreamInbound { try await clientOutbound.write(bytes) }
                        clientOutbound.finish()
                    }
                    try await group.waitForAll()
                }
            }
        }
    }

    private func refuse(_ client: NIOAsyncChannel<ByteBuffer, ByteBuffer>, status: String, because message: String) async {
        let body = message + "\n"
        let response = "HTTP/1.1 \(status)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
        try? await client.executeThenClose { _, outbound in
            try await outbound.write(ByteBuffer(string: response))
        }
    }
}
