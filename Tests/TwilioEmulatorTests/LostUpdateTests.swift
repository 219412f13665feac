import Testing
import TwilioEmulator
import TwilioWire

/// Optimistic concurrency under contention: writers that read, change and write back with
/// If-Match, retrying on 412, never lose one another's updates.
struct LostUpdateTests {
    static let writers = 8
    static let incrementsPerWriter = 12

    @Test func concurrentReadModifyWriteWithIfMatchLosesNoUpdate() async throws {
        // In memory: the check and the change share the store's lock whatever the store, and a
        // file store's hundred synced writes would hold threads the other suites need.
        let test = try await TestEmulator.make()
        try await test.createDocument("counter", data: #"{"n":0}"#)
        let document = test.documentsPath + "/counter"

        let conflicts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<Self.writers {
                group.addTask {
                    var conflicts = 0
                    for _ in 0..<Self.incrementsPerWriter {
                        while true {
                            let current = await test.send("GET", document)
                            guard let revision = current.json?["revision"]?.stringValue,
                                let value = current.json?["data"]?["n"]?.intValue
                            else { return -1 }
                            let written = await test.send(
                                "POST", document, [("Data", #"{"n":\#(value + 1)}"#)], headers: [("If-Match", revision)]
                            )
                            if written.status == 200 { break }
                            guard written.status == 412 else { return -1 }
                            conflicts += 1
                        }
                    }
                    return conflicts
                }
            }
            var conflicts: [Int] = []
            for await count in group { conflicts.append(count) }
            return conflicts
        }
        #expect(!conflicts.contains(-1), "a read or write failed with another status than 412")

        let expected = Self.writers * Self.incrementsPerWriter
        let final = await test.send("GET", document)
        #expect(final.json?["data"]?["n"]?.intValue == expected)
        // One revision per acknowledged write, on top of the creation's.
        #expect(final.json?["revision"]?.stringValue == String(expected))
    }

    @Test func aStaleRevisionIsRefusedAndChangesNothing() async throws {
        let test = try await TestEmulator.make()
        let created = try await test.createDocument("stale", data: #"{"n":0}"#)
        let stale = try #require(created["revision"]?.stringValue)
        let document = test.documentsPath + "/stale"
        #expect(await test.send("POST", document, [("Data", #"{"n":1}"#)], headers: [("If-Match", stale)]).status == 200)
        let refused = await test.send("POST", document, [("Data", #"{"n":99}"#)], headers: [("If-Match", stale)])
        #expect(refused.status == 412)
        #expect(await test.send("GET", document).json?["data"]?["n"]?.intValue == 1)
    }
}
