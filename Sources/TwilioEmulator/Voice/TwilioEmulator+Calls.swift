import Foundation
import GRDB
import TwilioWire

extension TwilioEmulator {
    /// `POST …/Calls.json`: `To`, `From` (one of the account's numbers) and `Url` or `Twiml`
    /// (required), `Method`, `StatusCallback` → 201 `queued`. The call then rings, is answered,
    /// and its TwiML is followed (``CallWalker``); when `To` is one of the account's numbers, its
    /// `VoiceUrl` Function gets the incoming call too, as a second, `inbound` call.
    func createCall(account: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        guard let sentTo = parameters["To"] else { throw .messaging(21201, "No 'To' number is specified.") }
        guard let sentFrom = parameters["From"] else { throw .messaging(21213, "No 'From' number is specified.") }
        let toNumber = PhoneNumber(sentTo)
        guard toNumber.isValid, let to = toNumber.e164 else {
            throw .messaging(21217, "Phone number \(RequestParameters.excerpt(sentTo)) does not appear to be valid.")
        }
        let url = try parameters.webhookURL("Url", code: 21205)
        let twiml = parameters["Twiml"]
        if let twiml {
            do {
                _ = try TwiMLReader.response(Array(twiml.utf8))
            } catch {
                throw .messaging(12100, "Twiml could not be parsed: \(error.reason).")
            }
        }
        guard url != nil || twiml != nil else { throw .messaging(21205, "Url parameter is required: send Url or Twiml.") }
        let method = try parameters.choice("Method", from: ["GET", "POST"]) ?? "POST"
        let statusCallback = try parameters.webhookURL("StatusCallback")
        let now = now
        let accountSid = credentials.accountSid
        let sid = SID.make(SID.call)
        let (call, callee) = try await store.write(now: now) { access in
            let from = PhoneNumber(sentFrom).e164 ?? sentFrom
            guard try access.resource(IncomingPhoneNumber.self, parent: "", uniqueName: from) != nil else {
                throw EmulatorError.messaging(21210, "The source phone number provided, \(RequestParameters.excerpt(sentFrom)), is not yet verified for your account; use one of its IncomingPhoneNumbers.")
            }
            var call = Call(sid: sid, accountSid: accountSid, to: to, from: from, direction: "outbound-api", now: now)
            call.statusCallback = statusCallback
            try access.insert(call)
            return (call, try access.resource(IncomingPhoneNumber.self, parent: "", uniqueName: to))
        }
        let started = call
        // The call runs on its own, as on Twilio: the answer says `queued` at once.
        Task {
            await self.run(started, url: url, method: method, twiml: twiml, digits: [])
            if let callee, let voiceURL = callee.voiceURL {
                var inbound = Call(sid: SID.make(SID.call), accountSid: accountSid, to: to, from: started.from, direction: "inbound", now: self.now)
                inbound.phoneNumberSid = callee.sid
                let stored = inbound
                _ = try? await self.store.write(now: self.now) { access in try access.insert(stored) }
                await self.run(inbound, url: voiceURL, method: callee.voiceMethod, twiml: nil, digits: [])
            }
        }
        return .json(call.resource(publicBaseURLs), status: 201)
    }

    /// `POST /_emulator/Trigger/Call`: a call comes in to one of the account's numbers. `From`,
    /// `To`, `Digits` (what the caller presses at each `<Gather>`, comma-separated: `1,2`) and
    /// `Url` instead of the number's `VoiceUrl`. Answers `{"call": {…}, "steps": […], "problem":
    /// null or "…"}` once the call has ended. Not a Twilio API.
    func triggerCall(_ parameters: RequestParameters) async throws(EmulatorError) -> EmulatorResponse {
        guard let sentFrom = parameters["From"] else { throw .missingParameter("From", "the number the call comes from, e.g. +14155552671") }
        guard PhoneNumber(sentFrom).isValid, let from = PhoneNumber(sentFrom).e164 else {
            throw .messaging(21211, "The 'From' number \(RequestParameters.excerpt(sentFrom)) is not a valid phone number.")
        }
        guard let sentTo = parameters["To"] else { throw .missingParameter("To", "one of the account's numbers (IncomingPhoneNumbers)") }
        let to = PhoneNumber(sentTo).e164 ?? sentTo
        let override = try parameters.webhookURL("Url")
        let digits = (parameters["Digits"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for entry in digits where entry.isEmpty || entry.count > 32 || !entry.allSatisfy({ "0123456789*#w".contains($0) }) {
            throw .invalidParameter("Digits", "each entry is what a caller presses at one <Gather>: 0-9, * and # (w waits), got \"\(RequestParameters.excerpt(entry))\"")
        }
        let now = now
        let accountSid = credentials.accountSid
        let sid = SID.make(SID.call)
        let (call, number) = try await store.write(now: now) { access in
            guard let number = try access.resource(IncomingPhoneNumber.self, parent: "", uniqueName: to) else {
                throw EmulatorError.messaging(21606, "To \(RequestParameters.excerpt(sentTo)) is not one of the account's numbers; list them with GET …/IncomingPhoneNumbers.json.")
            }
            guard override != nil || number.voiceURL != nil else {
                throw EmulatorError.invalidParameter("Url", "the number \(to) has no VoiceUrl; set one or send Url")
            }
            var call = Call(sid: sid, accountSid: accountSid, to: to, from: from, direction: "inbound", now: now)
            call.phoneNumberSid = number.sid
            try access.insert(call)
            return (call, number)
        }
        let walk = await run(call, url: override ?? number.voiceURL ?? "", method: override == nil ? number.voiceMethod : "POST", twiml: nil, digits: digits)
        let ended = try await found("/_emulator/Trigger/Call") { access in try access.resource(Call.self, sid: call.sid) }
        return .json([
            "call": ended.resource(publicBaseURLs),
            "steps": .array(walk.steps),
            "problem": walk.problem.jsonValue,
        ])
    }

    /// Rings, answers and walks `call`, then records how it ended and calls its status callback.
    @discardableResult
    func run(_ call: Call, url: String?, method: String, twiml: String?, digits: [String]) async -> CallWalker.Walk {
        let from = PhoneNumber(call.from), to = PhoneNumber(call.to)
        let walker = CallWalker(
            send: { webhook in await self.sendWebhook(webhook) },
            callParameters: [
                ("AccountSid", call.accountSid), ("ApiVersion", "2010-04-01"), ("CallSid", call.sid), ("Called", call.to),
                ("Caller", call.from), ("Direction", call.direction), ("From", call.from), ("FromCountry", from.country ?? ""),
                ("To", call.to), ("ToCountry", to.country ?? ""),
            ]
        )
        let started = now
        let answered = (try? await store.write(now: started) { access in
            // A call canceled (or deleted) before it was answered does nothing more.
            guard var stored = try access.resource(Call.self, sid: call.sid), stored.status == "queued" else { return false }
            stored.status = "in-progress"
            stored.startTime = started
            stored.dateUpdated = started
            try access.update(stored)
            return true
        }) ?? false
        guard answered else { return CallWalker.Walk() }
        let walk = await walker.walk(from: url ?? "", method: method, twiml: twiml, digits: digits)
        let ended = now
        let finalStatus = (try? await store.write(now: ended) { access in
            guard var stored = try access.resource(Call.self, sid: call.sid) else { return "completed" }
            if stored.status == "in-progress" { stored.status = walk.problem == nil ? "completed" : "failed" }
            // An update that hung up meanwhile keeps its time; its steps stay after the walk's.
            stored.endTime = stored.endTime ?? ended
            // A step is about a second of the call, as Twilio speaks a short sentence.
            stored.duration = max(1, walk.steps.count)
            stored.steps = walk.steps + stored.steps
            stored.dateUpdated = ended
            try access.update(stored)
            return stored.status
        }) ?? "completed"
        for message in walk.messages {
            let reply = Message(
                sid: SID.make(SID.smsMessage), accountSid: call.accountSid, to: message.to.map { PhoneNumber($0).e164 ?? $0 } ?? call.from,
                from: message.from ?? call.to, body: message.body, direction: "outbound-call", status: "queued", now: ended
            )
            _ = try? await store.write(now: ended) { access in try access.insert(reply) }
        }
        if let callback = call.statusCallback {
            _ = await sendWebhook(
                EmulatorWebhook(url: callback, parameters: walker.callParameters + [("CallStatus", finalStatus)])
            )
        }
        return walk
    }

    /// `GET …/Calls.json`: `To`, `From`, `Status`, `StartTime` and `EndTime` (a day; `<` before it,
    /// `>` on or after it), paging; newest first.
    func listCalls(account: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        var list = API2010List()
        list.equal(parameters, "To", field: "to")
        list.equal(parameters, "From", field: "from")
        list.equal(parameters, "Status", field: "status", isPhoneNumber: false)
        try list.day(parameters, "StartTime", field: "start_time", before: "<", after: ">=")
        try list.day(parameters, "EndTime", field: "end_time", before: "<", after: ">=")
        return try await list2010(Call.self, key: "calls", path: "/2010-04-01/Accounts/\(account)/Calls.json", list, newestFirst: true, parameters)
    }

    /// `GET …/Calls/{Sid}.json`.
    func fetchCall(account: String, sid: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        return try await fetch(resource) { access in try access.resource(Call.self, sid: sid) }
    }

    /// `POST …/Calls/{Sid}.json`: `Status` `canceled` (a call not yet answered) or `completed`
    /// (hang up); other parameters of Twilio's (`Url`, `Twiml`) are accepted and recorded.
    func updateCall(account: String, sid: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        let status = try parameters.choice("Status", from: ["canceled", "completed"])
        let now = now
        let call = try await store.write(now: now) { access in
            guard var call = try access.resource(Call.self, sid: sid) else { throw EmulatorError.notFound(resource) }
            if let status, ["queued", "ringing", "in-progress"].contains(call.status) {
                call.status = status == "canceled" && call.status == "in-progress" ? "completed" : status
                call.endTime = now
            }
            if let url = parameters["Url"] ?? parameters["Twiml"] { call.steps.append(["verb": "update", "url": .string(url)]) }
            call.dateUpdated = now
            try access.update(call)
            return call
        }
        return .json(call.resource(publicBaseURLs))
    }

    /// `DELETE …/Calls/{Sid}.json` → 204.
    func deleteCall(account: String, sid: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        try await store.write(now: now) { access in
            guard try access.resource(Call.self, sid: sid) != nil else { throw EmulatorError.notFound(resource) }
            try access.delete(Call.self, sid: sid)
        }
        return .noContent
    }
}
