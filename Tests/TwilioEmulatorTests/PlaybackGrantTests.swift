import Foundation
import Testing
import TwilioEmulator
import TwilioWire

struct PlaybackGrantTests {
    @Test func createAnswers201WithTheGrant() async throws {
        let test = try await TestEmulator.make()
        let sid = try await test.createPlayerStreamer()
        let response = await test.send("POST", "/v1/PlayerStreamers/\(sid)/PlaybackGrant", [("Ttl", "60")])
        #expect(response.status == 201)
        let body = try #require(response.json?.objectValue)
        #expect(body.keys == ["sid", "url", "account_sid", "date_created", "grant"])
        #expect(body["sid"] == .string(sid))
        #expect(body["url"] == .string("https://media.twilio.com/v1/PlayerStreamers/\(sid)/PlaybackGrant"))
        #expect(body["account_sid"] == .string(TestValues.accountSid))
        #expect(body["date_created"] == "2015-07-30T20:00:00Z")

        let grant = try #require(body["grant"]?.objectValue)
        #expect(grant.keys == ["requestCredentials", "playbackUrl", "playerStreamerSid"])
        #expect(grant["requestCredentials"] == .null)
        #expect(grant["playerStreamerSid"] == .string(sid))
        let playbackURL = try #require(grant["playbackUrl"]?.stringValue)
        #expect(playbackURL.hasPrefix("https://playback.twilio-emulator.invalid/"))
        #expect(playbackURL.contains(sid) && playbackURL.contains("token="))
    }

    @Test func eachGrantHasItsOwnToken() async throws {
        let test = try await TestEmulator.make()
        let sid = try await test.createPlayerStreamer()
        let first = await test.send("POST", "/v1/PlayerStreamers/\(sid)/PlaybackGrant")
        let second = await test.send("POST", "/v1/PlayerStreamers/\(sid)/PlaybackGrant")
        #expect(first.status == 201 && second.status == 201)
        #expect(first.json?["grant"]?["playbackUrl"] != second.json?["grant"]?["playbackUrl"])
    }

    @Test(arguments: ["0", "61", "-5", "soon"])
    func ttlOutside1To60Is400NamingTtl(ttl: String) async throws {
        let test = try await TestEmulator.make()
        let sid = try await test.createPlayerStreamer()
        let message = try expectTwilioError(
            await test.send("POST", "/v1/PlayerStreamers/\(sid)/PlaybackGrant", [("Ttl", ttl)]), status: 400, code: 20001
        )
        #expect(message.contains("Ttl"))
    }

    @Test func getIsNotEnabled() async throws {
        let test = try await TestEmulator.make()
        let sid = try await test.createPlayerStreamer()
        let response = await test.send("GET", "/v1/PlayerStreamers/\(sid)/PlaybackGrant")
        let message = try expectTwilioError(response, status: 405, code: 20004)
        #expect(message.contains("not enabled"))
        #expect(response.header("Allow") == "POST")
    }

    @Test func grantOnAnEndedStreamerIs400() async throws {
        let test = try await TestEmulator.make()
        let sid = try await test.createPlayerStreamer()
        _ = await test.send("POST", "/v1/PlayerStreamers/\(sid)", [("Status", "ended")])
        let message = try expectTwilioError(
            await test.send("POST", "/v1/PlayerStreamers/\(sid)/PlaybackGrant"), status: 400, code: 20001
        )
        #expect(message.contains(sid) && message.contains("ended"))
    }

    @Test func grantOnAnUnknownStreamerIs404() async throws {
        let test = try await TestEmulator.make()
        let unknown = "VJ" + String(repeating: "0", count: 32)
        let message = try expectTwilioError(
            await test.send("POST", "/v1/PlayerStreamers/\(unknown)/PlaybackGrant"), status: 404, code: 20404
        )
        #expect(message == "The requested resource /PlayerStreamers/\(unknown)/PlaybackGrant was not found")
    }
}
