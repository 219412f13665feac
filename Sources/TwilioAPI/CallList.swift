import Foundation

/// The account's Calls, as `client.calls` (twilio-node's `client.calls`, short for
/// `client.api.v2010.account.calls`).
///
/// Calling it addresses one call; its methods act on the list:
///
/// ```swift
/// let call = try await client.calls.create(
///     to: "+15558675310", from: "+15017122661", twiml: "<Response><Say>Ahoy</Say></Response>",
///     statusCallback: "https://example.com/status", statusCallbackEvent: ["initiated", "completed"])
/// let active = try await client.calls.list(status: .inProgress)
/// try await client.calls(call.sid).update(status: .completed)
/// ```
public struct CallList: Sendable {
    /// Twilio's largest page of calls.
    static let maximumPageSize = 1000

    let client: TwilioClient

    /// The call with this SID (`CA…`).
    public func callAsFunction(_ sid: String) -> CallContext {
        CallContext(client: client, sid: sid)
    }

    /// Places a call: `POST /2010-04-01/Accounts/{AccountSid}/Calls.json`.
    ///
    /// Twilio needs what to run once the call connects: `url`, `twiml` or `applicationSid`.
    /// Parameters go in the order of Twilio's API description, as twilio-node sends them; the
    /// lists go as one parameter per value (`StatusCallbackEvent=initiated&StatusCallbackEvent=answered`).
    /// - Parameters:
    ///   - to: The callee: a phone number, SIP address (`sip:…`) or client identifier (`client:…`).
    ///   - from: The caller ID: a Twilio number or verified caller ID (or `client:…`).
    ///   - url: The URL of the TwiML to run when the call connects.
    ///   - twiml: The TwiML to run, given inline.
    ///   - applicationSid: A TwiML Application (`AP…`) whose voice URL to run.
    ///   - method: The method of the `url` fetch; Twilio's default is `POST`.
    ///   - statusCallback: A URL Twilio calls on the `statusCallbackEvent` events.
    ///   - statusCallbackEvent: Which events to report: `initiated`, `ringing`, `answered`, `completed`.
    ///   - statusCallbackMethod: The method of the status callback.
    ///   - timeout: Seconds to let the call ring (Twilio's default 60, at most 600).
    ///   - fallbackUrl: A URL to fetch when `url` fails.
    ///   - fallbackMethod: The method of that fetch.
    ///   - sendDigits: Keys to press once connected (`W` waits half a second, `w` a second).
    ///   - record: Whether to record the call.
    ///   - recordingChannels: `mono` or `dual`.
    ///   - recordingStatusCallback: A URL Twilio calls when the recording is available.
    ///   - recordingStatusCallbackMethod: The method of that call.
    ///   - sipAuthUsername: The user name for a SIP `to`.
    ///   - sipAuthPassword: The password for a SIP `to`.
    ///   - machineDetection: `Enable` or `DetectMessageEnd`, for answering machine detection.
    ///   - machineDetectionTimeout: Seconds to try detecting a machine.
    ///   - recordingStatusCallbackEvent: Which recording events to report: `in-progress`,
    ///     `completed`, `absent`.
    ///   - trim: `trim-silence` or `do-not-trim` the recording.
    ///   - callerId: The caller ID for a SIP or client `to`.
    ///   - machineDetectionSpeechThreshold: Milliseconds of speech that mean a machine.
    ///   - machineDetectionSpeechEndThreshold: Milliseconds of silence that end speech.
    ///   - machineDetectionSilenceTimeout: Milliseconds of initial silence before `unknown`.
    ///   - asyncAmd: `true` to detect machines without holding up the call.
    ///   - asyncAmdStatusCallback: A URL Twilio calls with the detection result.
    ///   - asyncAmdStatusCallbackMethod: The method of that call.
    ///   - byoc: A BYOC trunk SID (`BY…`) to route through.
    ///   - callReason: Why the call is made (shown on branded calls).
    ///   - callToken: A token from an incoming call's parameters, to forward a call's caller ID.
    ///   - recordingTrack: `inbound`, `outbound` or `both`.
    ///   - timeLimit: The longest the call may last, in seconds (Twilio's default 4 hours).
    ///   - clientNotificationUrl: A URL to notify a Voice SDK client without push credentials.
    /// - Returns: The new call, usually `queued`.
    /// - Throws: ``TwilioAPIError``.
    public func create(
        to: String,
        from: String,
        url: String? = nil,
        twiml: String? = nil,
        applicationSid: String? = nil,
        method: String? = nil,
        statusCallback: String? = nil,
        statusCallbackEvent: [String] = [],
        statusCallbackMethod: String? = nil,
        timeout: Int? = nil,
        fallbackUrl: String? = nil,
        fallbackMethod: String? = nil,
        sendDigits: String? = nil,
        record: Bool? = nil,
        recordingChannels: String? = nil,
        recordingStatusCallback: String? = nil,
        recordingStatusCallbackMethod: String? = nil,
        sipAuthUsername: String? = nil,
        sipAuthPassword: String? = nil,
        machineDetection: String? = nil,
        machineDetectionTimeout: Int? = nil,
        recordingStatusCallbackEvent: [String] = [],
        trim: String? = nil,
        callerId: String? = nil,
        machineDetectionSpeechThreshold: Int? = nil,
        machineDetectionSpeechEndThreshold: Int? = nil,
        machineDetectionSilenceTimeout: Int? = nil,
        asyncAmd: String? = nil,
        asyncAmdStatusCallback: String? = nil,
        asyncAmdStatusCallbackMethod: String? = nil,
        byoc: String? = nil,
        callReason: String? = nil,
        callToken: String? = nil,
        recordingTrack: String? = nil,
        timeLimit: Int? = nil,
        clientNotificationUrl: String? = nil
    ) async throws -> Call {
        var form = TwilioParameters()
        form.add("To", to)
        form.add("From", from)
        form.add("Method", method)
        form.add("FallbackUrl", fallbackUrl)
        form.add("FallbackMethod", fallbackMethod)
        form.add("StatusCallback", statusCallback)
        form.add("StatusCallbackEvent", each: statusCallbackEvent)
        form.add("StatusCallbackMethod", statusCallbackMethod)
        form.add("SendDigits", sendDigits)
        form.add("Timeout", timeout)
        form.add("Record", record)
        form.add("RecordingChannels", recordingChannels)
        form.add("RecordingStatusCallback", recordingStatusCallback)
        form.add("RecordingStatusCallbackMethod", recordingStatusCallbackMethod)
        form.add("SipAuthUsername", sipAuthUsername)
        form.add("SipAuthPassword", sipAuthPassword)
        form.add("MachineDetection", machineDetection)
        form.add("MachineDetectionTimeout", machineDetectionTimeout)
        form.add("RecordingStatusCallbackEvent", each: recordingStatusCallbackEvent)
        form.add("Trim", trim)
        form.add("CallerId", callerId)
        form.add("MachineDetectionSpeechThreshold", machineDetectionSpeechThreshold)
        form.add("MachineDetectionSpeechEndThreshold", machineDetectionSpeechEndThreshold)
        form.add("MachineDetectionSilenceTimeout", machineDetectionSilenceTimeout)
        form.add("AsyncAmd", asyncAmd)
        form.add("AsyncAmdStatusCallback", asyncAmdStatusCallback)
        form.add("AsyncAmdStatusCallbackMethod", asyncAmdStatusCallbackMethod)
        form.add("Byoc", byoc)
        form.add("CallReason", callReason)
        form.add("CallToken", callToken)
        form.add("RecordingTrack", recordingTrack)
        form.add("TimeLimit", timeLimit)
        form.add("ClientNotificationUrl", clientNotificationUrl)
        form.add("Url", url)
        form.add("Twiml", twiml)
        form.add("ApplicationSid", applicationSid)
        let request = try client.accountRequest("POST", ["Calls"], form: form.pairs)
        return try await client.resource(request, Call.init(json:))
    }

    /// Lists calls, newest first: `GET /2010-04-01/Accounts/{AccountSid}/Calls.json`.
    ///
    /// Follows `next_page_uri` page after page until the last page, or until `limit` calls are
    /// read, as twilio-node's `list({…, pageSize, limit})` does. The time filters take the UTC day
    /// (`StartTime>=YYYY-MM-DD` as `StartTime>`).
    /// - Parameters:
    ///   - to: Only calls to this number or address.
    ///   - from: Only calls from this number or address.
    ///   - parentCallSid: Only the children of this call.
    ///   - status: Only calls in this state.
    ///   - startTime: Only calls that started on this UTC day.
    ///   - startTimeBefore: Only calls that started on or before this UTC day (`StartTime<`).
    ///   - startTimeAfter: Only calls that started on or after this UTC day (`StartTime>`).
    ///   - endTime: Only calls that ended on this UTC day.
    ///   - endTimeBefore: Only calls that ended on or before this UTC day (`EndTime<`).
    ///   - endTimeAfter: Only calls that ended on or after this UTC day (`EndTime>`).
    ///   - pageSize: Calls per page (up to 1000); Twilio's default (50) when `nil`, or `limit`.
    ///   - limit: The most calls to return; all of them when `nil`.
    /// - Returns: The calls in Twilio's order.
    /// - Throws: ``TwilioAPIError``.
    public func list(
        to: String? = nil,
        from: String? = nil,
        parentCallSid: String? = nil,
        status: Call.Status? = nil,
        startTime: Date? = nil,
        startTimeBefore: Date? = nil,
        startTimeAfter: Date? = nil,
        endTime: Date? = nil,
        endTimeBefore: Date? = nil,
        endTimeAfter: Date? = nil,
        pageSize: Int? = nil,
        limit: Int? = nil
    ) async throws -> [Call] {
        var query = TwilioParameters()
        query.add("To", to)
        query.add("From", from)
        query.add("ParentCallSid", parentCallSid)
        query.add("Status", status?.rawValue)
        query.add("StartTime", day: startTime)
        query.add("StartTime<", day: startTimeBefore)
        query.add("StartTime>", day: startTimeAfter)
        query.add("EndTime", day: endTime)
        query.add("EndTime<", day: endTimeBefore)
        query.add("EndTime>", day: endTimeAfter)
        let pageSizeQuery = TwilioClient.pageSizeQuery(pageSize: pageSize, limit: limit, maximum: Self.maximumPageSize)
        let request = try client.accountRequest("GET", ["Calls"], query: query.pairs + pageSizeQuery)
        return try await client.accountList(request, key: "calls", limit: limit, Call.init(json:))
    }
}
