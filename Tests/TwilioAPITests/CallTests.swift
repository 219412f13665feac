import Foundation
import Testing
import TwilioAPI
import TwilioWire

@Suite("Calls (2010 API)")
struct CallTests {
    private let callsURL = "\(Fixtures.accountURL)/Calls.json"

    private func object(_ text: String) throws -> JSONObject {
        try #require(JSONParser.parse(text).objectValue)
    }

    @Test func createPostsToAndFromWithRepeatedStatusCallbackEvents() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.call))
        let call = try await Fixtures.client(transport).calls.create(
            to: "+15558675310", from: "+15017122661", url: "http://demo.twilio.com/docs/voice.xml",
            method: "GET", statusCallback: "https://example.com/status",
            statusCallbackEvent: ["initiated", "answered", "completed"], statusCallbackMethod: "POST", timeout: 20)

        let request = try #require(transport.onlyRequest)
        #expect(request.method == "POST")
        #expect(request.url == callsURL)
        #expect(request.form.map(\.0) == [
            "To", "From", "Method", "StatusCallback", "StatusCallbackEvent", "StatusCallbackEvent", "StatusCallbackEvent",
            "StatusCallbackMethod", "Timeout", "Url",
        ])
        #expect(request.bodyText == "To=%2B15558675310&From=%2B15017122661&Method=GET&StatusCallback=https%3A%2F%2Fexample.com%2Fstatus"
            + "&StatusCallbackEvent=initiated&StatusCallbackEvent=answered&StatusCallbackEvent=completed"
            + "&StatusCallbackMethod=POST&Timeout=20&Url=http%3A%2F%2Fdemo.twilio.com%2Fdocs%2Fvoice.xml")
        #expect(call.sid == Fixtures.callSid)
    }

    @Test func createSendsTwimlRecordingAndMachineDetectionOptions() async throws {
        let transport = RecordingTransport(.json(201, Fixtures.call))
        let twiml = "<Response><Say>Ahoy</Say></Response>"
        _ = try await Fixtures.client(transport).calls.create(
            to: "client:alice", from: "+15017122661", twiml: twiml, applicationSid: "APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            record: true, machineDetection: "Enable", recordingStatusCallbackEvent: ["in-progress", "completed"],
            callerId: "+15017122661", timeLimit: 600)

        let form = try #require(transport.onlyRequest).form
        #expect(form.map(\.0) == [
            "To", "From", "Record", "MachineDetection", "RecordingStatusCallbackEvent", "RecordingStatusCallbackEvent",
            "CallerId", "TimeLimit", "Twiml", "ApplicationSid",
        ])
        #expect(form.first { $0.0 == "Twiml" }?.1 == twiml)
        #expect(form.first { $0.0 == "Record" }?.1 == "true")
    }

    @Test func listSendsStatusAndDayFilters() async throws {
        let transport = RecordingTransport(.json(200, Fixtures.page2010("calls", [Fixtures.call], uri: "/x")))
        let calls = try await Fixtures.client(transport).calls.list(
            to: "+15558675310", from: "+15017122661", parentCallSid: "CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            status: .inProgress, startTimeAfter: Date(timeIntervalSince1970: 1_199_318_399),
            endTimeBefore: Date(timeIntervalSince1970: 1_230_854_400), pageSize: 2)

        #expect(calls.map(\.sid) == [Fixtures.callSid])
        let request = try #require(transport.onlyRequest)
        #expect(request.method == "GET")
        #expect(request.url == callsURL + "?To=%2B15558675310&From=%2B15017122661&ParentCallSid=CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
            + "&Status=in-progress&StartTime%3E=2008-01-02&EndTime%3C=2009-01-02&PageSize=2")
    }

    @Test func contextFetchesUpdatesAndRemovesTheCall() async throws {
        let transport = RecordingTransport(
            .json(200, Fixtures.call), .json(200, Fixtures.call), .json(200, Fixtures.call), TwilioHTTPResponse(status: 204))
        let call = Fixtures.client(transport).calls(Fixtures.callSid)
        _ = try await call.fetch()
        try await call.update(url: "https://example.com/next", method: "POST", timeLimit: 30)
        try await call.update(status: .completed, twiml: "<Response><Hangup/></Response>")
        try await call.remove()

        let requests = transport.requests
        #expect(requests.map(\.method) == ["GET", "POST", "POST", "DELETE"])
        #expect(requests.map(\.url) == Array(repeating: "\(Fixtures.accountURL)/Calls/\(Fixtures.callSid).json", count: 4))
        #expect(requests[1].bodyText == "Url=https%3A%2F%2Fexample.com%2Fnext&Method=POST&TimeLimit=30")
        #expect(requests[2].bodyText == "Status=completed&Twiml=%3CResponse%3E%3CHangup%2F%3E%3C%2FResponse%3E")
    }

    @Test func callExampleDecodesEveryField() throws {
        let call = try Call(json: object(Fixtures.call))
        let base = "\(Fixtures.accountPath)/Calls/\(Fixtures.callSid)"
        // Fri, 18 Oct 2019 17:00:00 +0000 is 1571418000.
        #expect(call.sid == Fixtures.callSid)
        #expect(call.dateCreated == Date(timeIntervalSince1970: 1_571_418_000))
        #expect(call.dateUpdated == Date(timeIntervalSince1970: 1_571_418_060))
        #expect(call.parentCallSid == "CAdeadbeefdeadbeefdeadbeefdeadbeef")
        #expect(call.accountSid == Fixtures.accountSid)
        #expect(call.to == "+13051913581")
        #expect(call.toFormatted == "(305) 191-3581")
        #expect(call.from == "+13051416799")
        #expect(call.fromFormatted == "(305) 141-6799")
        #expect(call.phoneNumberSid == "PNdeadbeefdeadbeefdeadbeefdeadbeef")
        #expect(call.status == .completed)
        #expect(call.startTime == Date(timeIntervalSince1970: 1_571_418_120))
        #expect(call.endTime == Date(timeIntervalSince1970: 1_571_418_180))
        #expect(call.duration == "4")
        #expect(call.price == "-0.200")
        #expect(call.priceUnit == "USD")
        #expect(call.direction == "outbound-api")
        #expect(call.answeredBy == "machine_start")
        #expect(call.apiVersion == "2010-04-01")
        #expect(call.forwardedFrom == "calledvia")
        #expect(call.groupSid == "GPdeadbeefdeadbeefdeadbeefdeadbeef")
        #expect(call.callerName == "callerid")
        #expect(call.queueTime == "1000")
        #expect(call.trunkSid == "TKdeadbeefdeadbeefdeadbeefdeadbeef")
        #expect(call.uri == "\(base).json")
        #expect(call.subresourceUris == ["notifications": "\(base)/Notifications.json", "recordings": "\(base)/Recordings.json"])
    }

    @Test func callStatusesUseTwilioSpelling() {
        #expect([Call.Status.inProgress, .noAnswer, .canceled].map(\.rawValue) == ["in-progress", "no-answer", "canceled"])
    }
}
