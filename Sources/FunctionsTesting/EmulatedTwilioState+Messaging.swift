import TwilioAPI
import TwilioEmulator
import TwilioWire

extension EmulatedTwilioState {
    /// What happened when a text message came in: the message, what its webhook's Function
    /// answered, and the replies its TwiML sent on.
    public struct TriggeredSMS: Sendable {
        /// The inbound message (`received`).
        public var message: Message
        /// The Function's HTTP status; `nil` when the webhook could not be sent.
        public var webhookStatus: Int?
        /// The Function's answer, e.g. TwiML.
        public var webhookBody: String
        /// The `outbound-reply` messages of the answer's `<Message>`s, `queued`.
        public var replies: [Message]
        /// Why the answer was not followed (not TwiML, an error status), if it was not.
        public var problem: String?
    }

    /// A message an account's number receives, as Twilio delivers it: the number's `SmsUrl`
    /// Function (or `url`'s) gets the webhook, signed, and the `<Message>`s of its TwiML answer go
    /// to the outbox.
    ///
    /// ```swift
    /// try await kit.twilio.addPhoneNumber("+15005550006", smsUrl: "/forward-message")
    /// let sms = try await kit.twilio.triggerSMS(from: "+14155552671", to: "+15005550006", body: "hi")
    /// #expect(sms.replies.map(\.to) == ["+12223334444"])
    /// ```
    /// - Throws: `TwilioAPIError` when `to` is not one of the account's numbers, or has no `SmsUrl`
    ///   and no `url` is given.
    public func triggerSMS(from: String, to: String, body: String, mediaURLs: [String] = [], url: String? = nil) async throws -> TriggeredSMS {
        var parameters = [("From", from), ("To", to), ("Body", body)] + mediaURLs.map { ("MediaUrl", $0) }
        if let url { parameters.append(("Url", url)) }
        let answer = try await send("POST", "/_emulator/Trigger/Sms", parameters)
        let webhook = answer["webhook"]?.objectValue ?? JSONObject()
        return TriggeredSMS(
            message: try Message(json: answer["message"]?.objectValue ?? JSONObject()),
            webhookStatus: webhook["status"]?.intValue,
            webhookBody: webhook["body"]?.stringValue ?? webhook["error"]?.stringValue ?? "",
            replies: try (answer["replies"]?.arrayValue ?? []).map { try Message(json: $0.objectValue ?? JSONObject()) },
            problem: answer["problem"]?.stringValue
        )
    }

    /// Adds `phoneNumber` to the account's IncomingPhoneNumbers, with its webhook URLs: a path
    /// (`/forward-message`) names a Function of this kit.
    @discardableResult
    public func addPhoneNumber(_ phoneNumber: String, smsUrl: String? = nil, voiceUrl: String? = nil) async throws -> IncomingPhoneNumber {
        var parameters = [("PhoneNumber", phoneNumber)]
        if let smsUrl { parameters.append(("SmsUrl", smsUrl)) }
        if let voiceUrl { parameters.append(("VoiceUrl", voiceUrl)) }
        return try IncomingPhoneNumber(json: try await send("POST", "\(accountPath)/IncomingPhoneNumbers.json", parameters))
    }

    /// Every message sent and received (up to the latest 100), newest first: the outbox and the inbox.
    public func messages() async throws -> [Message] {
        let body = try await send("GET", "/_emulator/Messages")
        return try (body["messages"]?.arrayValue ?? []).map { try Message(json: $0.objectValue ?? JSONObject()) }
    }

    /// The status callbacks made for the message `sid` so far, in order: each with `status`,
    /// `url`, `at` and the receiver's `response_status` (or an `error`).
    public func statusCallbacks(of sid: String) async throws -> [JSONObject] {
        let body = try await send("GET", "/_emulator/Messages")
        let message = body["messages"]?.arrayValue?.first { $0["sid"]?.stringValue == sid }
        return (message?["callbacks"]?.arrayValue ?? []).compactMap(\.objectValue)
    }

    /// Moves every outbound message to its last status now (`delivered`, or `undelivered` and
    /// `failed` for the numbers that fail), calling each status callback on the way, instead of
    /// waiting the three seconds a server takes.
    /// - Returns: how many status changes were made.
    @discardableResult
    public func deliverMessages() async -> Int {
        prepare()
        return await emulator.deliverMessages(all: true)
    }

    private var accountPath: String { "/2010-04-01/Accounts/\(emulator.credentials.accountSid)" }
}

extension EmulatedTwilioState {
    /// What a call that came in did: the call, and each step of its TwiML, in order.
    public struct TriggeredCall: Sendable {
        /// The inbound call, ended (`completed`, or `failed` when its TwiML could not be followed).
        public var call: Call
        /// What the TwiML made the call do: `["verb": "Say", "text": "…"]`, `["verb": "Gather",
        /// "digits": "1", "action": "…"]`, the requests made (`"verb": "request"`), ….
        public var steps: [JSONObject]
        /// Why the call could not be followed to its end, if it could not.
        public var problem: String?

        /// The text of every `<Say>`, in order.
        public var said: [String] { steps.filter { $0["verb"]?.stringValue == "Say" }.compactMap { $0["text"]?.stringValue } }
    }

    /// A call that comes in to one of the account's numbers: its `VoiceUrl` Function (or `url`'s)
    /// answers TwiML, and the call follows it, pressing `digits` in order at each `<Gather>` and
    /// following `<Redirect>`s, until it hangs up.
    ///
    /// ```swift
    /// let call = try await kit.twilio.triggerCall(from: "+14155552671", to: "+15005550006", digits: ["1"])
    /// #expect(call.said.first == "Hello +14155552671!")
    /// ```
    public func triggerCall(from: String, to: String, digits: [String] = [], url: String? = nil) async throws -> TriggeredCall {
        var parameters = [("From", from), ("To", to), ("Digits", digits.joined(separator: ","))]
        if let url { parameters.append(("Url", url)) }
        let answer = try await send("POST", "/_emulator/Trigger/Call", parameters)
        return TriggeredCall(
            call: try Call(json: answer["call"]?.objectValue ?? JSONObject()),
            steps: (answer["steps"]?.arrayValue ?? []).compactMap(\.objectValue),
            problem: answer["problem"]?.stringValue
        )
    }
}
