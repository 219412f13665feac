import Foundation
import Testing
import TwilioEmulator
import TwilioWire

struct PlayerStreamerTests {
    @Test func createAnswers201WithTheSpecFieldsInOrder() async throws {
        let test = try await TestEmulator.make()
        let response = await test.send("POST", "/v1/PlayerStreamers")
        #expect(response.status == 201)
        let streamer = try #require(response.json?.objectValue)
        #expect(
            streamer.keys == [
                "account_sid", "date_created", "date_updated", "status", "video", "sid", "status_callback",
                "status_callback_method", "ended_reason", "url", "max_duration", "links",
            ]
        )
        let sid = try #require(streamer["sid"]?.stringValue)
        #expect(sid.hasPrefix("VJ") && sid.count == 34)
        #expect(streamer["account_sid"] == .string(TestValues.accountSid))
        #expect(streamer["date_created"] == "2015-07-30T20:00:00Z")
        #expect(streamer["status"] == "created")
        #expect(streamer["video"] == true)
        #expect(streamer["status_callback"] == .null)
        #expect(streamer["status_callback_method"] == "POST")
        #expect(streamer["ended_reason"] == .null)
        #expect(streamer["max_duration"] == 300)
        let url = "https://media.twilio.com/v1/PlayerStreamers/\(sid)"
        #expect(streamer["url"] == .string(url))
        let links = try #require(streamer["links"]?.objectValue)
        #expect(links.keys == ["timed_metadata", "playback_grant"])
        #expect(links["timed_metadata"] == .string(url + "/TimedMetadata"))
        #expect(links["playback_grant"] == .string(url + "/PlaybackGrant"))
    }

    @Test func createTakesTheOptionalParameters() async throws {
        let test = try await TestEmulator.make()
        let response = await test.send(
            "POST", "/v1/PlayerStreamers",
            [("Video", "false"), ("StatusCallback", "https://example.com/cb"), ("StatusCallbackMethod", "get"), ("MaxDuration", "90000")]
        )
        #expect(response.status == 201)
        #expect(response.json?["video"] == false)
        #expect(response.json?["status_callback"] == "https://example.com/cb")
        #expect(response.json?["status_callback_method"] == "GET")
        #expect(response.json?["max_duration"] == 90000)
    }

    @Test(arguments: [
        ("MaxDuration", "0"), ("MaxDuration", "90001"), ("Video", "yes"),
        ("StatusCallbackMethod", "PUT"), ("StatusCallback", "not a url"),
    ])
    func invalidCreateParameterIs400NamingIt(name: String, value: String) async throws {
        let test = try await TestEmulator.make()
        let message = try expectTwilioError(
            await test.send("POST", "/v1/PlayerStreamers", [(name, value)]), status: 400, code: 20001
        )
        #expect(message.contains(name))
    }

    @Test func fetchAnswers200AndUnknownIs404() async throws {
        let test = try await TestEmulator.make()
        let sid = try await test.createPlayerStreamer()
        let fetched = await test.send("GET", "/v1/PlayerStreamers/\(sid)")
        #expect(fetched.status == 200)
        #expect(fetched.json?["sid"] == .string(sid))

        let unknown = "VJ" + String(repeating: "f", count: 32)
        let message = try expectTwilioError(await test.send("GET", "/v1/PlayerStreamers/\(unknown)"), status: 404, code: 20404)
        #expect(message == "The requested resource /PlayerStreamers/\(unknown) was not found")
    }

    @Test func updateToEndedAnswers200() async throws {
        let test = try await TestEmulator.make()
        let sid = try await test.createPlayerStreamer()
        test.clock.advance(by: 5)
        let response = await test.send("POST", "/v1/PlayerStreamers/\(sid)", [("Status", "ended")])
        #expect(response.status == 200)
        #expect(response.json?["status"] == "ended")
        #expect(response.json?["ended_reason"] == "ended-via-api")
        #expect(response.json?["date_updated"] == "2015-07-30T20:00:05Z")
        #expect(await test.send("GET", "/v1/PlayerStreamers/\(sid)").json?["status"] == "ended")
    }

    @Test(arguments: [[("Status", "started")], [("Status", "ENDED")], []])
    func updateToAnythingButEndedIs400NamingStatus(parameters: [(String, String)]) async throws {
        let test = try await TestEmulator.make()
        let sid = try await test.createPlayerStreamer()
        let message = try expectTwilioError(
            await test.send("POST", "/v1/PlayerStreamers/\(sid)", parameters), status: 400, code: 20001
        )
        #expect(message.contains("Status"))
    }

    @Test func listOrdersFiltersAndUsesKeyPlayerStreamers() async throws {
        let test = try await TestEmulator.make()
        var sids: [String] = []
        for _ in 0..<3 {
            sids.append(try await test.createPlayerStreamer())
            test.clock.advance(by: 1)
        }
        _ = await test.send("POST", "/v1/PlayerStreamers/\(sids[1])", [("Status", "ended")])

        let descending = await test.send("GET", "/v1/PlayerStreamers")
        #expect(descending.status == 200)
        #expect(descending.json?["player_streamers"]?.arrayValue?.compactMap { $0["sid"]?.stringValue } == sids.reversed())
        #expect(descending.json?["meta"]?["key"] == "player_streamers")

        let ascending = await test.send("GET", "/v1/PlayerStreamers", [("Order", "asc")])
        #expect(ascending.json?["player_streamers"]?.arrayValue?.compactMap { $0["sid"]?.stringValue } == sids)

        let ended = await test.send("GET", "/v1/PlayerStreamers", [("Status", "ended"), ("PageSize", "1000")])
        #expect(ended.json?["player_streamers"]?.arrayValue?.compactMap { $0["sid"]?.stringValue } == [sids[1]])
        #expect(
            ended.json?["meta"]?["url"] == "https://media.twilio.com/v1/PlayerStreamers?Status=ended&PageSize=1000&Page=0"
        )
    }

    @Test(arguments: [("Order", "up"), ("Status", "done"), ("PageSize", "1001")])
    func invalidListParameterIs400NamingIt(name: String, value: String) async throws {
        let test = try await TestEmulator.make()
        let message = try expectTwilioError(await test.send("GET", "/v1/PlayerStreamers", [(name, value)]), status: 400, code: 20001)
        #expect(message.contains(name))
    }
}
