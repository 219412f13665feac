import Foundation
import FunctionsServer
import Testing

/// Raw HTTP from a loopback socket, byte for byte as a hostile or broken client sends it: each
/// case gets its stated answer (or a closed connection), and the server answers `/hello` after.
@Suite("Hostile input over a raw socket")
struct HostileInputTests {
    static func harness() throws -> Harness {
        try Harness(routes: Harness.shippedRoutes, configuration: LiveServer.hostileConfiguration)
    }

    @Test("malformed request lines", arguments: HostileCases.requestLines)
    func requestLine(_ hostile: HostileCase) async throws {
        try await Self.run(hostile)
    }

    @Test("malformed and oversized headers", arguments: HostileCases.headers)
    func header(_ hostile: HostileCase) async throws {
        try await Self.run(hostile)
    }

    @Test("invalid percent-encoding and UTF-8 in path, query and form", arguments: HostileCases.encodings)
    func encoding(_ hostile: HostileCase) async throws {
        try await Self.run(hostile)
    }

    @Test("huge, deep, duplicated and mislabelled bodies", arguments: HostileCases.bodies)
    func body(_ hostile: HostileCase) async throws {
        try await Self.run(hostile)
    }

    @Test("chunking, pipelining, short bodies and vanishing clients", arguments: HostileCases.framing)
    func framing(_ hostile: HostileCase) async throws {
        try await Self.run(hostile)
    }

    @Test("the suite has at least 50 cases")
    func caseCount() {
        #expect(HostileCases.all.count >= 50)
    }

    @Test("repeating every case does not grow memory without bound")
    func memoryStaysBounded() async throws {
        let harness = try Self.harness()
        try await LiveServer.run(harness) { client in
            // A first round warms up caches, pools and allocator arenas. Left out: the cases that
            // wait for the header timeout (a few bytes, seconds each) and the two 7 MB bodies
            // (refused early, and heavy on a shared machine).
            let cases = HostileCases.all.filter { !$0.waitsForTimeout && $0.size < 4 * 1024 * 1024 }
            for hostile in cases { await hostile.check(with: client) }
            let before = try #require(Self.residentBytes())
            for _ in 0..<3 {
                for hostile in cases { await hostile.check(with: client) }
            }
            let after = try #require(Self.residentBytes())
            await client.expectHelloStillAnswers(after: "four rounds of the cases")
            // Other suites run in the same process and allocate meanwhile, hence a generous bound:
            // it catches growth per connection or per request, not a few megabytes.
            #expect(after - before < 128 * 1024 * 1024, "resident memory grew from \(before) to \(after) bytes")
        }
    }

    /// Runs `hostile` on the shared hostile-case server, then checks `/hello`.
    static func run(_ hostile: HostileCase, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let client = try await LiveServer.hostile.value
        await hostile.check(with: client, sourceLocation: sourceLocation)
        await client.expectHelloStillAnswers(after: hostile.name, sourceLocation: sourceLocation)
    }

    /// VmRSS of this process, from /proc/self/status.
    static func residentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
    }
}
