import Foundation
import GRDB
import TwilioWire

/// How an outbound message moves after it is created, on the emulator's clock: `sending` a second
/// later, `sent` at two seconds, `delivered` at three. A `To` number that ends in one of
/// ``deliveryFailures``' codes (`+15005530003`) ends `undelivered` (or `failed`) with that code
/// instead, so a Function's handling of failures can be tried. Each move calls the message's
/// `StatusCallback`, signed, with Twilio's parameters.
extension TwilioEmulator {
    /// The To numbers whose messages fail, by the last five digits: the status they end in and
    /// Twilio's message for the code.
    static let deliveryFailures: [String: (status: String, message: String)] = [
        "30003": ("undelivered", "Unreachable destination handset"),
        "30004": ("undelivered", "Message blocked"),
        "30005": ("undelivered", "Unknown destination handset"),
        "30006": ("undelivered", "Landline or unreachable carrier"),
        "30007": ("undelivered", "Message filtered"),
        "30008": ("failed", "Unknown error"),
    ]

    /// The next status of `message`, when it is due, and the error it ends with; `nil` when the
    /// message has settled (or came in).
    static func nextStep(of message: Message) -> (status: String, at: Timestamp, error: (code: Int, message: String)?)? {
        guard message.direction.hasPrefix("outbound") else { return nil }
        let failure = deliveryFailures[String(message.to.suffix(5))]
        let created = message.dateCreated
        switch message.status {
        case "queued", "accepted": return ("sending", created.adding(1), nil)
        case "sending" where failure?.status == "failed":
            return ("failed", created.adding(2), (Int(message.to.suffix(5)) ?? 30008, failure?.message ?? ""))
        case "sending": return ("sent", created.adding(2), nil)
        case "sent":
            if let failure { return (failure.status, created.adding(3), (Int(message.to.suffix(5)) ?? 30008, failure.message)) }
            return ("delivered", created.adding(3), nil)
        default: return nil
        }
    }

    /// Moves every outbound message whose next status is due at the clock's time, calling the
    /// status callbacks; with `all`, moves each to its last status now (a test that does not want
    /// to wait). A server calls this a few times a second.
    /// - Returns: how many moves were made.
    @discardableResult
    public func deliverMessages(all: Bool = false) async -> Int {
        let now = now
        let pending: [Message]
        do {
            pending = try await store.read(now: now) { access in
                try access.page(
                    Message.self, parent: "",
                    filter: StoreAccess.ListFilter(sql: "json_extract(body, '$.status') IN ('queued', 'accepted', 'sending', 'sent')", arguments: []),
                    orderBy: "position ASC", try PageRequest(RequestParameters([("PageSize", "1000")]), maximumPageSize: 1000)
                ).items
            }
        } catch {
            return 0
        }
        var moves = 0
        for candidate in pending where !Task.isCancelled {
            var current = candidate
            while let step = Self.nextStep(of: current), all || step.at <= now {
                let at = all ? max(now, step.at) : step.at
                let expected = current.status
                let moved: Message?
                do {
                    moved = try await store.write(now: now) { access in
                        // Another delivery run may have moved it first; only one makes each move.
                        guard var message = try access.resource(Message.self, sid: candidate.sid), message.status == expected else { return nil }
                        message.move(to: step.status, at: at, error: step.error)
                        try access.update(message)
                        return message
                    }
                } catch {
                    break
                }
                guard let moved else { break }
                moves += 1
                current = moved
                await sendStatusCallback(for: moved)
            }
        }
        return moves
    }

    /// POSTs `message`'s status to its `StatusCallback`, if it has one, and records the outcome.
    private func sendStatusCallback(for message: Message) async {
        guard let callback = message.statusCallback else { return }
        var parameters: [(String, String)] = [
            ("SmsSid", message.sid), ("SmsStatus", message.status), ("MessageStatus", message.status), ("To", message.to),
            ("MessageSid", message.sid), ("AccountSid", message.accountSid), ("From", message.from ?? ""), ("ApiVersion", "2010-04-01"),
        ]
        if let code = message.errorCode { parameters.append(("ErrorCode", String(code))) }
        let outcome = await sendWebhook(EmulatorWebhook(url: callback, parameters: parameters))
        let now = now
        var record: JSONObject = ["status": .string(message.status), "url": .string(outcome.url), "at": .string(now.iso8601)]
        switch outcome.result {
        case .success(let reply): record["response_status"] = .int(reply.status)
        case .failure(let failure): record["error"] = .string(failure.reason)
        }
        let entry = JSONValue.object(record)
        _ = try? await store.write(now: now) { access in
            guard var stored = try access.resource(Message.self, sid: message.sid) else { return }
            stored.callbacks.append(entry)
            try access.update(stored)
        }
    }
}
