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
            // A first round warms up caches, pools and allocator arenas. The cases that wait for
            // the header timeout are left out: they send a few bytes and take seconds.
            let cases = HostileCases.all.filter { !$0.waitsForTimeout }
            for hostile in cases { await hostile.check(with: client) }
            let before = try #require(Self.residentBytes())
            for _ in 0..<8 {
                for hostile in cases { await hostile.check(with: client) }
            }
            let after = try #require(Self.residentBytes())
            await client.expectHelloStillAnswers(after: "nine rounds of every case")
            // Each round sends over 15 MB, so keeping what a round sent would grow memory by over
            // 120 MB; other suites run in the same process, hence a bound well above noise.
            #expect(after - before < 100 * 1024 * 1024, "resident memory grew from \(before) to \(after) bytes")
        }
    }

    /// Runs `hostile` on a server of its own, then checks `/hello`.
    static func run(_ hostile: HostileCase, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await LiveServer.run(try harness()) { client in
            await hostile.check(with: client, sourceLocation: sourceLocation)
            await client.expectHelloStillAnswers(after: hostile.name, sourceLocation: sourceLocation)
        }
    }

    /// VmRSS of this process, from /proc/self/status.
    static func residentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
    }
}
