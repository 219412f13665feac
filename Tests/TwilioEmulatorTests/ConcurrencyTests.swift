import Foundation
import Testing
import TwilioEmulator
import TwilioWire

struct ConcurrencyTests {
    @Test func concurrentUpdatesWithOneRevisionHaveExactlyOneWinner() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/emulator.sqlite"
        let test = try await TestEmulator.make(store: try .file(at: path))
        let created = try await test.createDocument("contended")
        let revision = try #require(created["revision"]?.stringValue)

        let statuses = await withTaskGroup(of: (Int, Int).self) { group in
            for writer in 0..<20 {
                group.addTask {
                    let response = await test.send(
                        "POST", test.documentsPath + "/contended", [("Data", #"{"writer":\#(writer)}"#)],
                        headers: [("If-Match", revision)]
                    )
                    return (writer, response.status)
                }
            }
            var statuses: [(Int, Int)] = []
            for await status in group { statuses.append(status) }
            return statuses
        }
        let winners = statuses.filter { $0.1 == 200 }
        #expect(winners.count == 1)
        #expect(statuses.filter { $0.1 == 412 }.count == 19)

        // The winner's data is what is stored, in memory and on disk.
        let winner = try #require(winners.first?.0)
        #expect(await test.send("GET", test.documentsPath + "/contended").json?["data"] == ["writer": .int(winner)])
        let reopened = TwilioEmulator(credentials: TestValues.credentials, store: try .file(at: path))
        let onDisk = await reopened.handle(method: "GET", path: test.documentsPath + "/contended")
        #expect(onDisk.json?["data"] == ["writer": .int(winner)])
    }

    @Test func concurrentCreatesAreAllPersisted() async throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let path = folder + "/emulator.sqlite"
        let test = try await TestEmulator.make(store: try .file(at: path))

        let sids = await withTaskGroup(of: String?.self) { group in
            for index in 0..<50 {
                group.addTask {
                    let response = await test.send("POST", test.documentsPath, [("UniqueName", "doc\(index)"), ("Data", #"{"i":\#(index)}"#)])
                    return response.status == 201 ? response.json?["sid"]?.stringValue : nil
                }
            }
            var sids: [String?] = []
            for await sid in group { sids.append(sid) }
            return sids
        }
        #expect(sids.compactMap { $0 }.count == 50)
        #expect(Set(sids.compactMap { $0 }).count == 50)

        let reopened = TwilioEmulator(credentials: TestValues.credentials, store: try .file(at: path))
        let list = await reopened.handle(method: "GET", path: test.documentsPath, parameters: [("PageSize", "100")])
        let documents = try #require(list.json?["documents"]?.arrayValue)
        #expect(documents.count == 50)
        #expect(Set(documents.compactMap { $0["sid"]?.stringValue }) == Set(sids.compactMap { $0 }))
        #expect(Set(documents.compactMap { $0["unique_name"]?.stringValue }) == Set((0..<50).map { "doc\($0)" }))
    }

    @Test func concurrentCreatesOfOneUniqueNameHaveExactlyOneWinner() async throws {
        let test = try await TestEmulator.make()
        let statuses = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask { await test.send("POST", test.documentsPath, [("UniqueName", "only")]).status }
            }
            var statuses: [Int] = []
            for await status in group { statuses.append(status) }
            return statuses
        }
        #expect(statuses.filter { $0 == 201 }.count == 1)
        #expect(statuses.filter { $0 == 409 }.count == 19)
    }
}
