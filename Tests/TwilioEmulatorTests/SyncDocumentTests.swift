import Foundation
import Testing
import TwilioEmulator
import TwilioWire

struct SyncDocumentTests {
    @Test func createAnswers201WithTheSpecFieldsInOrder() async throws {
        let test = try await TestEmulator.make()
        let response = await test.send(
            "POST", test.documentsPath, [("UniqueName", "streaming_info"), ("Data", #"{"playerStreamerSid":"VJ1"}"#)]
        )
        #expect(response.status == 201)
        #expect(response.header("Content-Type") == "application/json; charset=utf-8")
        let document = try #require(response.json?.objectValue)
        #expect(
            document.keys == [
                "sid", "unique_name", "account_sid", "service_sid", "url", "links", "revision", "data",
                "date_expires", "date_created", "date_updated", "created_by",
            ]
        )
        let sid = try #require(document["sid"]?.stringValue)
        #expect(sid.hasPrefix("ET") && sid.count == 34)
        #expect(sid.dropFirst(2).allSatisfy { "0123456789abcdef".contains($0) })
        #expect(document["unique_name"] == "streaming_info")
        #expect(document["account_sid"] == .string(TestValues.accountSid))
        #expect(document["service_sid"] == .string(test.serviceSid))
        let url = "https://sync.twilio.com/v1/Services/\(test.serviceSid)/Documents/\(sid)"
        #expect(document["url"] == .string(url))
        #expect(document["links"] == ["permissions": .string(url + "/Permissions")])
        #expect(document["data"] == ["playerStreamerSid": "VJ1"])
        #expect(document["date_expires"] == .null)
        #expect(document["date_created"] == "2015-07-30T20:00:00Z")
        #expect(document["date_updated"] == "2015-07-30T20:00:00Z")
        #expect(document["created_by"] == "system")
        #expect(response.header("ETag") == document["revision"]?.stringValue.map { "\"\($0)\"" })
    }

    @Test func createWithoutParametersStoresAnEmptyObject() async throws {
        let test = try await TestEmulator.make()
        let response = await test.send("POST", test.documentsPath)
        #expect(response.status == 201)
        #expect(response.json?["data"] == .object(JSONObject()))
        #expect(response.json?["unique_name"] == .null)
    }

    @Test func fetchBySidAndByUniqueName() async throws {
        let test = try await TestEmulator.make()
        let created = try await test.createDocument("my doc/1", data: #"{"a":[1,2]}"#)
        let sid = try #require(created["sid"]?.stringValue)

        let bySid = await test.send("GET", "\(test.documentsPath)/\(sid)")
        #expect(bySid.status == 200)
        #expect(bySid.json == created)
        #expect(bySid.header("ETag") == created["revision"]?.stringValue.map { "\"\($0)\"" })

        let byName = await test.send("GET", "\(test.documentsPath)/\(PercentEncoding.encode("my doc/1"))")
        #expect(byName.status == 200)
        #expect(byName.json == created)

        let viaDefault = await test.send("GET", "/v1/Services/default/Documents/\(sid)")
        #expect(viaDefault.status == 200)
    }

    @Test func updateReplacesDataAndChangesTheRevision() async throws {
        let test = try await TestEmulator.make()
        let created = try await test.createDocument("doc")
        test.clock.advance(by: 90)
        let response = await test.send("POST", "\(test.documentsPath)/doc", [("Data", #"{"n":1}"#)])
        #expect(response.status == 200)
        let updated = try #require(response.json)
        #expect(updated["data"] == ["n": 1])
        #expect(updated["revision"] != created["revision"])
        #expect(updated["date_created"] == "2015-07-30T20:00:00Z")
        #expect(updated["date_updated"] == "2015-07-30T20:01:30Z")
        #expect(response.header("ETag") == updated["revision"]?.stringValue.map { "\"\($0)\"" })
        let fetched = await test.send("GET", "\(test.documentsPath)/doc")
        #expect(fetched.json == updated)
    }

    @Test func updateWithTheCurrentRevisionSucceedsAndAStaleOneIs412() async throws {
        let test = try await TestEmulator.make()
        let created = try await test.createDocument("doc")
        let revision = try #require(created["revision"]?.stringValue)

        let first = await test.send("POST", "\(test.documentsPath)/doc", [("Data", #"{"n":1}"#)], headers: [("If-Match", revision)])
        #expect(first.status == 200)

        let stale = await test.send("POST", "\(test.documentsPath)/doc", [("Data", #"{"n":2}"#)], headers: [("If-Match", revision)])
        let message = try expectTwilioError(stale, status: 412, code: 54103)
        #expect(message == "The revision of the Document does not match the expected revision")
        #expect(await test.send("GET", "\(test.documentsPath)/doc").json?["data"] == ["n": 1])

        // The ETag as sent back, quoted as HTTP writes entity tags, is accepted too.
        let current = try #require(first.header("ETag"))
        #expect(current == "\"1\"")
        let quoted = await test.send("POST", "\(test.documentsPath)/doc", [("Data", "{}")], headers: [("If-Match", current)])
        #expect(quoted.status == 200)
    }

    @Test(arguments: [
        (#""0", "2""#, true), (#""7", "2", "9""#, true), ("1, 2", true), (#"W/"2""#, true), ("*", true), (#""1", *"#, true),
        (#""0", "1""#, false), ("22", false), (#""""#, false), ("", false),
    ])
    func ifMatchTakesAListOfEntityTags(ifMatch: String, admitted: Bool) async throws {
        let test = try await TestEmulator.make()
        try await test.createDocument("doc")
        for n in 1...2 { _ = await test.send("POST", "\(test.documentsPath)/doc", [("Data", #"{"n":\#(n)}"#)]) }
        let response = await test.send("POST", "\(test.documentsPath)/doc", [("Data", "{}")], headers: [("If-Match", ifMatch)])
        #expect(response.status == (admitted ? 200 : 412), "If-Match: \(ifMatch) on revision 2")
    }

    @Test func deleteAnswers204ThenTheDocumentIsGone() async throws {
        let test = try await TestEmulator.make()
        try await test.createDocument("doc")
        let deleted = await test.send("DELETE", "\(test.documentsPath)/doc")
        #expect(deleted.status == 204)
        #expect(deleted.body.isEmpty)
        try expectTwilioError(await test.send("GET", "\(test.documentsPath)/doc"), status: 404, code: 20404)
        try expectTwilioError(await test.send("DELETE", "\(test.documentsPath)/doc"), status: 404, code: 20404)
    }

    @Test func unknownDocumentIs404WithTwilioBody() async throws {
        let test = try await TestEmulator.make()
        let response = await test.send("GET", "\(test.documentsPath)/foo")
        #expect(response.status == 404)
        #expect(
            response.bodyText == #"{"code":20404,"message":"The requested resource /Services/\#(test.serviceSid)/Documents/foo was not found","more_info":"https://www.twilio.com/docs/errors/20404","status":404}"#
        )
    }

    @Test func unknownServiceIs404() async throws {
        let test = try await TestEmulator.make()
        let path = "/v1/Services/IS\(String(repeating: "0", count: 32))/Documents"
        let message = try expectTwilioError(await test.send("POST", path), status: 404, code: 20404)
        #expect(message == "The requested resource /Services/IS\(String(repeating: "0", count: 32))/Documents was not found")
    }

    @Test func duplicateUniqueNameIs409() async throws {
        let test = try await TestEmulator.make()
        try await test.createDocument("doc")
        let response = await test.send("POST", test.documentsPath, [("UniqueName", "doc")])
        let message = try expectTwilioError(response, status: 409, code: 54301)
        #expect(message.contains("doc"))
    }

    @Test(arguments: [
        (String(repeating: "x", count: 321), "320"),
        ("ET" + String(repeating: "a", count: 32), "Document SID"),
        ("ET" + String(repeating: "A", count: 32) + "-copy", "Document SID"),
        ("", "empty"),
    ])
    func invalidUniqueNameIs400(name: String, reason: String) async throws {
        let test = try await TestEmulator.make()
        let message = try expectTwilioError(
            await test.send("POST", test.documentsPath, [("UniqueName", name)]), status: 400, code: 54302
        )
        #expect(message.contains("UniqueName") && message.contains(reason))
    }

    @Test func uniqueNamesAreCountedAndComparedByUnicodeScalars() async throws {
        let test = try await TestEmulator.make()
        // 160 characters, 320 scalars: the most there may be.
        try await test.createDocument(String(repeating: "e\u{301}", count: 160))
        let over = await test.send("POST", test.documentsPath, [("UniqueName", String(repeating: "e\u{301}", count: 161))])
        #expect(try expectTwilioError(over, status: 400, code: 54302).contains("322 Unicode scalars long; the limit is 320"))
        let huge = "b" + String(repeating: "\u{301}", count: 1_000_000)
        let refused = await test.send("POST", test.documentsPath, [("UniqueName", huge)])
        #expect(try expectTwilioError(refused, status: 400, code: 54302).contains("is 2000001 bytes long"))

        let precomposed = try await test.createDocument("caf\u{E9}")
        let decomposed = try await test.createDocument("cafe\u{301}")
        #expect(precomposed["sid"] != decomposed["sid"])
        let fetched = await test.send("GET", test.documentsPath + "/" + PercentEncoding.encode("cafe\u{301}"))
        #expect(fetched.json?["sid"] == decomposed["sid"])
        #expect(fetched.json?["unique_name"]?.stringValue.map { Array($0.unicodeScalars) } == Array("cafe\u{301}".unicodeScalars))
    }

    @Test func uniqueNameOf320CharactersIsAccepted() async throws {
        let test = try await TestEmulator.make()
        try await test.createDocument(String(repeating: "é", count: 320))
    }

    @Test func dataOver16KiBIs400() async throws {
        let test = try await TestEmulator.make()
        // {"s":"…"} is 8 bytes of JSON around the string.
        let fits = #"{"s":""# + String(repeating: "x", count: 16_384 - 8) + #""}"#
        #expect(await test.send("POST", test.documentsPath, [("Data", fits)]).status == 201)

        let tooLarge = #"{"s":""# + String(repeating: "x", count: 16_384 - 7) + #""}"#
        let message = try expectTwilioError(
            await test.send("POST", test.documentsPath, [("Data", tooLarge)]), status: 400, code: 54006
        )
        #expect(message.contains("Data") && message.contains("16385"))
    }

    @Test(arguments: [#"[1,2]"#, #""text""#, "42", "null"])
    func dataThatIsNotAnObjectIs400(data: String) async throws {
        let test = try await TestEmulator.make()
        let message = try expectTwilioError(
            await test.send("POST", test.documentsPath, [("Data", data)]), status: 400, code: 54101
        )
        #expect(message.contains("Data") && message.contains("object"))
    }

    @Test func invalidJSONInDataIs400WithItsPosition() async throws {
        let test = try await TestEmulator.make()
        let message = try expectTwilioError(
            await test.send("POST", test.documentsPath, [("Data", #"{"a":}"#)]), status: 400, code: 54101
        )
        #expect(message.contains("Data") && message.contains("line 1, column 6"))

        try await test.createDocument("doc")
        let update = await test.send("POST", "\(test.documentsPath)/doc", [("Data", "{")])
        try expectTwilioError(update, status: 400, code: 54101)
    }

    @Test(arguments: ["-1", "1.5", "ten", "", "31536001", "99999999999999999999999"])
    func badTtlIs400NamingTtl(ttl: String) async throws {
        let test = try await TestEmulator.make()
        let message = try expectTwilioError(
            await test.send("POST", test.documentsPath, [("Ttl", ttl)]), status: 400, code: 20001
        )
        #expect(message.contains("Ttl"))
    }

    @Test func updateWithoutDataOrTtlIs400() async throws {
        let test = try await TestEmulator.make()
        try await test.createDocument("doc")
        try expectTwilioError(await test.send("POST", "\(test.documentsPath)/doc"), status: 400, code: 20001)
    }

    @Test func documentsExpireAfterTheirTtl() async throws {
        let test = try await TestEmulator.make()
        let created = try await test.createDocument("short", ttl: 60)
        try await test.createDocument("forever")
        #expect(created["date_expires"] == "2015-07-30T20:01:00Z")

        test.clock.advance(by: 59)
        #expect(await test.send("GET", "\(test.documentsPath)/short").status == 200)

        test.clock.advance(by: 1)
        try expectTwilioError(await test.send("GET", "\(test.documentsPath)/short"), status: 404, code: 20404)
        let list = await test.send("GET", test.documentsPath)
        #expect(list.json?["documents"]?.arrayValue?.compactMap { $0["unique_name"]?.stringValue } == ["forever"])
        // The name is free again once the document has expired.
        try await test.createDocument("short")
    }

    @Test func ttlOnUpdateSetsAndClearsTheExpiry() async throws {
        let test = try await TestEmulator.make()
        try await test.createDocument("doc")
        let withTtl = await test.send("POST", "\(test.documentsPath)/doc", [("Ttl", "3600")])
        #expect(withTtl.json?["date_expires"] == "2015-07-30T21:00:00Z")
        let data = await test.send("POST", "\(test.documentsPath)/doc", [("Data", #"{"kept":true}"#)])
        #expect(data.json?["date_expires"] == "2015-07-30T21:00:00Z")
        let cleared = await test.send("POST", "\(test.documentsPath)/doc", [("Ttl", "0")])
        #expect(cleared.json?["date_expires"] == .null)
        #expect(cleared.json?["data"] == ["kept": true])
    }

    @Test func listPagesWithTwilioMeta() async throws {
        let test = try await TestEmulator.make()
        for index in 0..<5 { try await test.createDocument("doc\(index)") }

        let first = await test.send("GET", test.documentsPath, [("PageSize", "2")])
        #expect(first.status == 200)
        let body = try #require(first.json?.objectValue)
        #expect(body.keys == ["documents", "meta"])
        #expect(body["documents"]?.arrayValue?.compactMap { $0["unique_name"]?.stringValue } == ["doc0", "doc1"])
        let base = "https://sync.twilio.com/v1/Services/\(test.serviceSid)/Documents"
        let meta = try #require(body["meta"]?.objectValue)
        #expect(meta.keys == ["first_page_url", "key", "next_page_url", "page", "page_size", "previous_page_url", "url"])
        #expect(meta["first_page_url"] == .string(base + "?PageSize=2&Page=0"))
        #expect(meta["key"] == "documents")
        #expect(meta["next_page_url"] == .string(base + "?PageSize=2&Page=1&PageToken=PT2"))
        #expect(meta["page"] == 0)
        #expect(meta["page_size"] == 2)
        #expect(meta["previous_page_url"] == .null)
        #expect(meta["url"] == .string(base + "?PageSize=2&Page=0"))

        let last = await test.send("GET", test.documentsPath, [("PageSize", "2"), ("Page", "2")])
        #expect(last.json?["documents"]?.arrayValue?.count == 1)
        #expect(last.json?["meta"]?["next_page_url"] == .null)
        #expect(last.json?["meta"]?["previous_page_url"] == .string(base + "?PageSize=2&Page=1&PageToken=PT2"))

        let beyond = await test.send("GET", test.documentsPath, [("Page", "\(Int.max)")])
        #expect(beyond.json?["documents"] == [])

        let defaults = await test.send("GET", test.documentsPath)
        #expect(defaults.json?["meta"]?["page_size"] == 50)
    }

    @Test(arguments: [("PageSize", "0"), ("PageSize", "101"), ("Page", "-1"), ("PageSize", "x")])
    func badPagingIs400(name: String, value: String) async throws {
        let test = try await TestEmulator.make()
        let message = try expectTwilioError(await test.send("GET", test.documentsPath, [(name, value)]), status: 400, code: 20001)
        #expect(message.contains(name))
    }

    @Test func localBaseURLsAreUsedInResourceURLs() async throws {
        let test = try await TestEmulator.make(publicBaseURLs: .local("http://127.0.0.1:3001/"))
        let created = try await test.createDocument("doc")
        let sid = try #require(created["sid"]?.stringValue)
        #expect(created["url"] == .string("http://127.0.0.1:3001/v1/Services/\(test.serviceSid)/Documents/\(sid)"))
    }
}
