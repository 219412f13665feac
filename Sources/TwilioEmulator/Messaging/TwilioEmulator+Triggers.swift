import TwilioWire

extension TwilioEmulator {
    /// `POST /_emulator/Trigger/Sms`: a text message arrives, as Twilio would deliver it. `From`
    /// (any valid number), `To` (one of the account's numbers), `Body`, `MediaUrl` (repeatable),
    /// and `Url` to send the webhook somewhere other than the number's `SmsUrl` (a path names a
    /// Function). The inbound message is stored (`received`), the webhook is sent, signed, and
    /// each `<Message>` of a TwiML answer is sent on as an `outbound-reply`, which then moves
    /// like any outbound message. Not a Twilio API.
    ///
    /// Answers `{"message": {…}, "webhook": {"url", "method", "status", "content_type", "body"} or
    /// {"url", "error"}, "replies": [{…}], "problem": null or "…"}`.
    func triggerSMS(_ parameters: RequestParameters) async throws(EmulatorError) -> EmulatorResponse {
        guard let sentFrom = parameters["From"] else { throw .missingParameter("From", "the number the message comes from, e.g. +14155552671") }
        let fromNumber = PhoneNumber(sentFrom)
        guard fromNumber.isValid, let from = fromNumber.e164 else {
            throw .messaging(21211, "The 'From' number \(RequestParameters.excerpt(sentFrom)) is not a valid phone number.")
        }
        guard let sentTo = parameters["To"] else { throw .missingParameter("To", "one of the account's numbers (IncomingPhoneNumbers)") }
        let to = PhoneNumber(sentTo).e164 ?? sentTo
        let body = parameters["Body"] ?? ""
        let mediaURLs = parameters.all("MediaUrl")
        let override = try parameters.webhookURL("Url")
        let now = now
        let accountSid = credentials.accountSid
        let sid = SID.make(mediaURLs.isEmpty ? SID.smsMessage : SID.mmsMessage)
        let (message, number) = try await store.write(now: now) { access in
            guard let number = try access.resource(IncomingPhoneNumber.self, parent: "", uniqueName: to) else {
                throw EmulatorError.messaging(21606, "To \(RequestParameters.excerpt(sentTo)) is not one of the account's numbers; list them with GET …/IncomingPhoneNumbers.json.")
            }
            guard override != nil || number.smsURL != nil else {
                throw EmulatorError.invalidParameter(
                    "Url", "the number \(to) has no SmsUrl; set one (POST …/IncomingPhoneNumbers/\(number.sid).json SmsUrl=/sms) or send Url"
                )
            }
            let message = Message(
                sid: sid, accountSid: accountSid, to: to, from: from, body: body, direction: "inbound", status: "received",
                mediaURLs: mediaURLs, now: now
            )
            try access.insert(message)
            return (message, number)
        }
        let url = override ?? number.smsURL ?? ""
        let webhook = EmulatorWebhook(url: url, method: override == nil ? number.smsMethod : "POST", parameters: Self.smsWebhookParameters(message))
        let outcome = await sendWebhook(webhook)
        var answer: JSONObject = ["message": message.resource(publicBaseURLs)]
        var replies: [JSONValue] = []
        var problem: String?
        switch outcome.result {
        case .failure(let failure):
            answer["webhook"] = ["url": .string(outcome.url), "method": .string(webhook.method), "error": .string(failure.reason)]
        case .success(let reply):
            answer["webhook"] = [
                "url": .string(outcome.url), "method": .string(webhook.method), "status": .int(reply.status),
                "content_type": reply.contentType.jsonValue, "body": .string(reply.text),
            ]
            if (200..<300).contains(reply.status), !reply.body.isEmpty, reply.contentType?.contains("xml") ?? true {
                do {
                    let response = try TwiMLReader.response(reply.body)
                    for reply in try await sendReplies(response, to: message) { replies.append(reply.resource(publicBaseURLs)) }
                } catch let error as TwiMLProblem {
                    problem = "The answer is not TwiML Twilio can follow: \(error.reason)."
                } catch {
                    problem = "The replies could not be stored: \(error)."
                }
            } else if !(200..<300).contains(reply.status) {
                problem = "The Function answered HTTP \(reply.status); Twilio would log error 11200 and send no reply."
            }
        }
        answer["replies"] = .array(replies)
        answer["problem"] = problem.jsonValue
        return .json(.object(answer))
    }

    /// Stores each `<Message>` of `response` as an `outbound-reply` to `inbound`.
    private func sendReplies(_ response: TwiMLNode, to inbound: Message) async throws -> [Message] {
        let now = now
        var replies: [Message] = []
        for node in response.children where node.name == "Message" {
            let body = node.child("Body")?.text ?? node.text
            let media = node.children.filter { $0.name == "Media" }.map(\.text)
            let to = node.attributes["to"].map { PhoneNumber($0).e164 ?? $0 } ?? (inbound.from ?? "")
            let from = node.attributes["from"].map { PhoneNumber($0).e164 ?? $0 } ?? inbound.to
            replies.append(
                Message(
                    sid: SID.make(media.isEmpty ? SID.smsMessage : SID.mmsMessage), accountSid: inbound.accountSid, to: to, from: from,
                    body: body, direction: "outbound-reply", status: "queued", mediaURLs: media,
                    statusCallback: node.attributes["statusCallback"] ?? node.attributes["action"], now: now
                )
            )
        }
        let stored = replies
        try await store.write(now: now) { access in
            for reply in stored { try access.insert(reply) }
        }
        return replies
    }

    /// The parameters of an incoming message's webhook, in the order Twilio sends them.
    static func smsWebhookParameters(_ message: Message) -> [(String, String)] {
        let from = PhoneNumber(message.from ?? ""), to = PhoneNumber(message.to)
        var parameters: [(String, String)] = [
            ("ToCountry", to.country ?? ""), ("ToState", ""), ("SmsMessageSid", message.sid), ("NumMedia", String(message.mediaURLs.count)),
            ("ToCity", ""), ("FromZip", ""), ("SmsSid", message.sid), ("FromState", ""), ("SmsStatus", "received"), ("FromCity", ""),
            ("Body", message.body), ("FromCountry", from.country ?? ""), ("To", message.to), ("ToZip", ""),
            ("NumSegments", String(message.numSegments)), ("MessageSid", message.sid), ("AccountSid", message.accountSid),
            ("From", message.from ?? ""), ("ApiVersion", "2010-04-01"),
        ]
        for (index, url) in message.mediaURLs.enumerated() {
            parameters.append(("MediaContentType\(index)", contentType(ofMediaURL: url)))
            parameters.append(("MediaUrl\(index)", url))
        }
        return parameters
    }
}

extension TwilioEmulator {
    /// `GET /_emulator/Messages`: the latest 100 messages, newest first, each with Twilio's fields
    /// and the emulator's `history` (statuses with times) and `callbacks` (status callbacks made
    /// and their answers), for the console, the CLI and tests. Not a Twilio API.
    func recentMessages() async throws(EmulatorError) -> EmulatorResponse {
        let urls = publicBaseURLs
        let messages = try await store.read(now: now) { access in try access.latest(Message.self, limit: 100) }
        return .json([
            "messages": .array(messages.map { message in
                guard case .object(var fields) = message.resource(urls) else { return .null }
                fields["status_callback"] = message.statusCallback.jsonValue
                fields["media_urls"] = .array(message.mediaURLs.map { .string($0) })
                fields["history"] = .array(message.history)
                fields["callbacks"] = .array(message.callbacks)
                return .object(fields)
            })
        ])
    }
}
