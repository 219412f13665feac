import FunctionsHost
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import Testing

@testable import FunctionsServer

/// The console serves only connections from this machine, whatever `Host` they claim: with
/// `--host 0.0.0.0 --console always`, a network client sending `Host: 127.0.0.1` is refused.
@Suite("The console's peer check")
struct ConsolePeerTests {
    @Test(arguments: [
        ("127.0.0.1", true), ("127.9.8.7", true), ("::1", true), ("::ffff:127.0.0.1", true),
        ("10.0.0.7", false), ("192.168.1.20", false), ("128.0.0.1", false), ("::ffff:10.0.0.7", false),
        ("fe80::1", false), ("2001:db8::1", false), ("::", false),
    ])
    func loopbackPeers(address: String, isLoopback: Bool) throws {
        #expect(Console.isLoopback(peer: try SocketAddress(ipAddress: address, port: 50_000)) == isLoopback)
    }

    /// A console request on a connection from `peer`, as the Functions port receives it.
    private func consoleRequest(from peer: String, method: HTTPRequest.Method = .get, path: String) async throws -> Response {
        let configuration = ServerConfiguration(host: "0.0.0.0", console: .always)
        let harness = try Harness(routes: Harness.shippedRoutes, configuration: configuration)
        let logger = Logger(label: "console-peer-tests")
        let responder = FunctionsResponder(
            reloadable: ReloadableProject(project: harness.project, configuration: configuration, twilio: nil, logger: logger),
            configuration: configuration,
            domainName: DomainName("127.0.0.1:3000"),
            requestLog: RequestLog(),
            logger: logger
        )
        let channel = NIOAsyncTestingChannel()
        channel.remoteAddress = try SocketAddress(ipAddress: peer, port: 50_000)
        let context = FunctionsRequestContext(source: ApplicationRequestContextSource(channel: channel, logger: logger))
        var head = HTTPRequest(method: method, scheme: "http", authority: "127.0.0.1:3000", path: path)
        head.headerFields[HTTPField.Name("X-Console")!] = "1"
        return try await responder.respond(to: Request(head: head, body: RequestBody(buffer: ByteBuffer())), context: context)
    }

    @Test func aNetworkPeerClaimingALoopbackHostIsRefused() async throws {
        #expect(try await consoleRequest(from: "10.0.0.7", path: "/_console/api/overview").status == .forbidden)
        #expect(try await consoleRequest(from: "10.0.0.7", method: .post, path: "/_console/api/invoke").status == .forbidden)
        #expect(try await consoleRequest(from: "192.168.1.20", path: "/_console").status == .forbidden)
    }

    @Test func aLoopbackPeerIsServed() async throws {
        #expect(try await consoleRequest(from: "127.0.0.1", path: "/_console/api/overview").status == .ok)
        #expect(try await consoleRequest(from: "::1", path: "/_console").status == .ok)
    }
}
