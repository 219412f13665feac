/// One Call, as `client.calls(sid)`.
///
/// ```swift
/// let call = client.calls("CAxxxx")
/// try await call.update(twiml: "<Response><Say>Goodbye</Say><Hangup/></Response>")
/// try await call.update(status: .completed)   // hangs up
/// ```
public struct CallContext: Sendable {
    let client: TwilioClient
    /// The call SID (`CA…`).
    public let sid: String

    /// Fetches the call: `GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`.
    /// - Returns: The call.
    /// - Throws: ``TwilioAPIError``, with status 404 (code 20404) when there is no such call.
    public func fetch() async throws -> Call {
        try await client.resource(client.accountRequest("GET", ["Calls", sid]), Call.init(json:))
    }

    /// Redirects, cancels or ends the call: `POST /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`.
    /// - Parameters:
    ///   - url: New TwiML to run, fetched from this URL.
    ///   - method: The method of that fetch; Twilio's default is `POST`.
    ///   - status: ``Call/Status/canceled`` for a queued or ringing call, ``Call/Status/completed``
    ///     to hang up one in progress.
    ///   - fallbackUrl: A URL to fetch when `url` fails.
    ///   - fallbackMethod: The method of that fetch.
    ///   - statusCallback: A URL Twilio calls when the call ends.
    ///   - statusCallbackMethod: The method of that call.
    ///   - twiml: New TwiML to run, given inline (up to 4000 characters).
    ///   - timeLimit: The longest the call may last from now, in seconds.
    /// - Returns: The updated call.
    /// - Throws: ``TwilioAPIError``.
    @discardableResult
    public func update(
        url: String? = nil,
        method: String? = nil,
        status: Call.Status? = nil,
        fallbackUrl: String? = nil,
        fallbackMethod: String? = nil,
        statusCallback: String? = nil,
        statusCallbackMethod: String? = nil,
        twiml: String? = nil,
        timeLimit: Int? = nil
    ) async throws -> Call {
        var form = TwilioParameters()
        form.add("Url", url)
        form.add("Method", method)
        form.add("Status", status?.rawValue)
        form.add("FallbackUrl", fallbackUrl)
        form.add("FallbackMethod", fallbackMethod)
        form.add("StatusCallback", statusCallback)
        form.add("StatusCallbackMethod", statusCallbackMethod)
        form.add("Twiml", twiml)
        form.add("TimeLimit", timeLimit)
        let request = try client.accountRequest("POST", ["Calls", sid], form: form.pairs)
        return try await client.resource(request, Call.init(json:))
    }

    /// Deletes the call's record: `DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`.
    ///
    /// twilio-node resolves `remove()` to `true`; here success is simply returning.
    /// - Throws: ``TwilioAPIError``, with status 404 when there is no such call.
    public func remove() async throws {
        _ = try await client.perform(client.accountRequest("DELETE", ["Calls", sid]))
    }
}
