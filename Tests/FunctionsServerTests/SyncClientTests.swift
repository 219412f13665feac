import FunctionsHost
import FunctionsRuntime
import FunctionsTesting
import Testing
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// The Swift client's Sync API against the emulator, in process: every kind of Sync object, as
/// a handler would use them.
struct SyncClientTests {
    private func client() throws -> (TwilioClient, EmulatedTwilio) {
        let twilio = try EmulatedTwilio()
        let client = TwilioClient(
            credentials: .apiKey(Fake.apiKey, secret: Fake.apiSecret, accountSid: Fake.accountSid),
            transport: EmulatorTransport(twilio.emulator)
        )
        return (client, twilio)
    }

    @Test func listsAndTheirItems() async throws {
        let (client, _) = try client()
        let lists = client.sync.services(Fake.syncServiceSid).syncLists
        let list = try await lists.create(uniqueName: "todo")
        #expect(list.sid.hasPrefix("ES"))
        let items = lists("todo").syncListItems
        for task in ["a", "b", "c"] { _ = try await items.create(data: ["task": .string(task)]) }
        try await items(1).remove()
        let updated = try await items(2).update(data: ["task": "C"], ifMatch: "0")
        #expect(updated.revision == "1")
        await #expect(throws: TwilioAPIError.self) { try await items(2).update(data: ["task": "D"], ifMatch: "0") }
        let listed = try await items.list(order: .descending)
        #expect(listed.map(\.index) == [2, 0])
        #expect(listed.first?.data == ["task": "C"])
        #expect(try await items.list(from: 1, bounds: .exclusive).map(\.index) == [2])
        #expect(try await lists.list().map(\.uniqueName) == ["todo"])
    }

    @Test func mapsTheirItemsAndPermissions() async throws {
        let (client, _) = try client()
        let maps = client.sync.services(Fake.syncServiceSid).syncMaps
        _ = try await maps.create(uniqueName: "players", ttl: 3600)
        let items = maps("players").syncMapItems
        for name in ["carol", "alice", "bob"] { _ = try await items.create(key: name, data: ["score": 0]) }
        do {
            _ = try await items.create(key: "alice", data: [:])
            Issue.record("a second alice was created")
        } catch let error as TwilioAPIError {
            #expect(error.status == 409 && error.code == 54208)
        }
        #expect(try await items.list().map(\.key) == ["alice", "bob", "carol"])
        #expect(try await items("bob").fetch().data == ["score": 0])

        let permission = try await maps("players").syncMapPermissions("alice").update(read: true, write: false, manage: false)
        #expect(permission.read == true && permission.write == false)
        #expect(try await maps("players").syncMapPermissions.list().map(\.identity) == ["alice"])
        try await maps("players").remove()
        await #expect(throws: TwilioAPIError.self) { try await items("bob").fetch() }
    }

    @Test func streamMessagesArePublished() async throws {
        let (client, twilio) = try client()
        let streams = client.sync.services(Fake.syncServiceSid).syncStreams
        _ = try await streams.create(uniqueName: "news")
        let feed = twilio.emulator.streamMessages()
        let message = try await streams("news").streamMessages.create(data: ["headline": "hi"])
        #expect(message.sid.hasPrefix("TZ"))
        var iterator = feed.makeAsyncIterator()
        #expect(await iterator.next()?.sid == message.sid)
    }

    @Test func servicesAreCreatedUpdatedAndRemovedWithTheirObjects() async throws {
        let (client, twilio) = try client()
        let service = try await client.sync.services.create(friendlyName: "scratch", aclEnabled: true)
        #expect(service.aclEnabled == true)
        let context = client.sync.services(service.sid)
        _ = try await context.documents.create(uniqueName: "d")
        _ = try await context.update(friendlyName: "renamed", aclEnabled: false)
        #expect(try await context.fetch().friendlyName == "renamed")
        try await context.remove()
        let gone = await twilio.send("GET", "/v1/Services/\(service.sid)/Documents/d")
        #expect(gone.status == 404)
    }

    @Test func aHandlerReachesTheServiceWithGetSync() async throws {
        var registry = FunctionRegistry()
        registry.register("visit", returning: { context, event in
            let visits = try context.getSync().syncMaps("visits").syncMapItems
            let name = event.name ?? "anonymous"
            let count = (try? await visits(name).fetch().data["count"]?.intValue) ?? 0
            if count == 0 {
                _ = try await visits.create(key: name, data: ["count": 1])
            } else {
                _ = try await visits(name).update(data: ["count": .int(count + 1)])
            }
            return count + 1
        })
        let kit = try FunctionsTestKit(registry: registry, routes: [.init(path: "/visit", handler: "visit")], environment: FunctionsTestKitTests.environment)
        // A helper call creates the environment's service, as the first request would.
        #expect(try await kit.twilio.document("none") == nil)
        let map = await kit.twilio.emulator.handle(method: "POST", path: "/v1/Services/\(Fake.syncServiceSid)/Maps", parameters: [("UniqueName", "visits")])
        #expect(map.status == 201)
        #expect(await kit.get("/visit", query: ["name": "ada"]).text == "1")
        #expect(await kit.get("/visit", query: ["name": "ada"]).text == "2")
        let item = await kit.twilio.emulator.handle(method: "GET", path: "/v1/Services/\(Fake.syncServiceSid)/Maps/visits/Items/ada")
        #expect(item.json?["data"] == ["count": 2])
    }
}
