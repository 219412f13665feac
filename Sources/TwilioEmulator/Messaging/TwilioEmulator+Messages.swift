import GRDB
import TwilioWire

extension TwilioEmulator {
    /// Twilio's limit on a message body, in characters.
    static let maximumBodyLength = 1600
    /// Twilio's limit on `MediaUrl` values per message.
    static let maximumMediaCount = 10

    /// `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`: `To` (required), `From` (one of the
    /// account's IncomingPhoneNumbers) or `MessagingServiceSid`, `Body` and/or `MediaUrl` (up to
    /// 10), `StatusCallback` → 201 `queued`. The message then moves on the emulator's clock to
    /// `sending`, `sent` and `delivered` (see ``MessageDelivery``), calling `StatusCallback` at
    /// each step.
    func createMessage(account: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        guard let sentTo = parameters["To"], !sentTo.isEmpty else { throw .messaging(21604, "A 'To' phone number is required.") }
        let to = try Self.messagingNumber(sentTo)
        let messagingServiceSid = parameters["MessagingServiceSid"]
        if let messagingServiceSid, !SID.isValid(messagingServiceSid, prefix: "MG") {
            throw .messaging(21701, "The Messaging Service Sid \(RequestParameters.excerpt(messagingServiceSid)) is invalid: MG followed by 32 hex digits.")
        }
        let sentFrom = parameters["From"]
        guard sentFrom != nil || messagingServiceSid != nil else {
            throw .messaging(21603, "A 'From' phone number is required: one of the account's numbers, or a MessagingServiceSid.")
        }
        let body = parameters["Body"] ?? ""
        let mediaURLs = parameters.all("MediaUrl")
        guard !body.isEmpty || !mediaURLs.isEmpty || parameters["ContentSid"] != nil else {
            throw .messaging(21602, "Message body is required: send Body, MediaUrl or both.")
        }
        guard body.count <= Self.maximumBodyLength else {
            throw .messaging(21617, "The concatenated message body exceeds the \(Self.maximumBodyLength) character limit (it has \(body.count)).")
        }
        guard mediaURLs.count <= Self.maximumMediaCount else {
            throw .messaging(21623, "A message takes at most \(Self.maximumMediaCount) MediaUrl values, got \(mediaURLs.count).")
        }
        for url in mediaURLs where !RequestParameters.isHTTPURL(url) {
            throw .messaging(21620, "Invalid media URL: \(RequestParameters.excerpt(url)); use an absolute http or https URL.")
        }
        let statusCallback = try parameters.webhookURL("StatusCallback", code: 21609)
        let now = now
        let accountSid = credentials.accountSid
        let sid = SID.make(mediaURLs.isEmpty ? SID.smsMessage : SID.mmsMessage)
        let message = try await store.write(now: now) { access in
            var from: String?
            if let sentFrom {
                let number = PhoneNumber(sentFrom).e164 ?? sentFrom
                guard try access.resource(IncomingPhoneNumber.self, parent: "", uniqueName: number) != nil else {
                    throw EmulatorError.messaging(
                        21606,
                        "The From phone number \(RequestParameters.excerpt(sentFrom)) is not a valid, SMS-capable inbound phone number for your account; "
                            + "use one of its IncomingPhoneNumbers (emulator-seed.json lists them)."
                    )
                }
                guard number != to else { throw EmulatorError.messaging(21266, "'To' and 'From' numbers cannot be the same: \(to).") }
                from = number
            } else {
                from = try access.all(IncomingPhoneNumber.self).first?.phoneNumber
            }
            var message = Message(
                sid: sid, accountSid: accountSid, to: to, from: from, body: body, direction: "outbound-api", status: "queued",
                mediaURLs: mediaURLs, statusCallback: statusCallback, now: now
            )
            message.messagingServiceSid = messagingServiceSid
            try access.insert(message)
            return message
        }
        return .json(message.resource(publicBaseURLs), status: 201)
    }

    /// `GET …/Messages.json`: `To`, `From`, `DateSent` (a day, `YYYY-MM-DD`), `DateSent<` (on and
    /// before), `DateSent>` (on and after), paging (`PageSize` up to 1000); newest first.
    func listMessages(account: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        var list = API2010List()
        list.equal(parameters, "To", field: "to")
        list.equal(parameters, "From", field: "from")
        try list.day(parameters, "DateSent", field: "date_sent", before: "<=", after: ">=")
        return try await list2010(Message.self, key: "messages", path: "/2010-04-01/Accounts/\(account)/Messages.json", list, newestFirst: true, parameters)
    }

    /// `GET …/Messages/{Sid}.json`.
    func fetchMessage(account: String, sid: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        return try await fetch(resource) { access in try access.resource(Message.self, sid: sid) }
    }

    /// `POST …/Messages/{Sid}.json`: `Body` `""` redacts the body; `Status` `canceled` stops a
    /// message that has not been sent yet.
    func updateMessage(account: String, sid: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        let status = try parameters.choice("Status", from: ["canceled"])
        if let body = parameters["Body"], !body.isEmpty {
            throw .invalidParameter("Body", "can only be set to an empty string, which redacts the message's body")
        }
        guard status != nil || parameters["Body"] != nil else {
            throw .invalidParameter("Body", "an update needs Body (empty, to redact) or Status=canceled")
        }
        let now = now
        let message = try await store.write(now: now) { access in
            guard var message = try access.resource(Message.self, sid: sid) else { throw EmulatorError.notFound(resource) }
            if status != nil {
                guard message.status == "queued" || message.status == "scheduled" || message.status == "accepted" else {
                    throw EmulatorError.messaging(30409, "Message \(sid) cannot be canceled: it is \(message.status); only a message not yet sent can be.")
                }
                message.move(to: "canceled", at: now)
            }
            if parameters["Body"] != nil {
                message.body = ""
                message.dateUpdated = now
            }
            try access.update(message)
            return message
        }
        return .json(message.resource(publicBaseURLs))
    }

    /// `DELETE …/Messages/{Sid}.json` → 204.
    func deleteMessage(account: String, sid: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        try await store.write(now: now) { access in
            guard try access.resource(Message.self, sid: sid) != nil else { throw EmulatorError.notFound(resource) }
            try access.delete(Message.self, sid: sid)
        }
        return .noContent
    }

    /// The account in a 2010 path must be the one the credentials act for.
    func checkAccount(_ account: String, resource: String) throws(EmulatorError) {
        guard account == credentials.accountSid else { throw .notFound(resource) }
    }

    /// A `To` or `From` number in E.164.
    /// - Throws: 400 (21211) when it is not a valid phone number.
    static func messagingNumber(_ text: String) throws(EmulatorError) -> String {
        let number = PhoneNumber(text)
        guard number.isValid, let e164 = number.e164 else {
            throw .messaging(21211, "The 'To' number \(RequestParameters.excerpt(text)) is not a valid phone number.")
        }
        return e164
    }

    /// The `YYYY-MM-DD` of a date or date-time parameter, or `nil`.
    static func day(_ text: String) -> String? {
        let day = String(text.prefix(10))
        let bytes = Array(day.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || (0x30...0x39).contains($0.element) })
        else { return nil }
        return day
    }
}
