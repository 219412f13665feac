import Hummingbird
import NIOCore

/// The request context of the Functions port: Hummingbird's basics, and the connection the
/// request came on, whose peer address the developer console checks.
struct FunctionsRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    /// The connection, kept rather than its address: only console requests read the address.
    private let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        channel = source.channel
    }

    /// The peer's address; `nil` for the in-process test client, which has no socket.
    var remoteAddress: SocketAddress? { channel.remoteAddress }
}
