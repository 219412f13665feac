import Foundation
import GRDB
import TwilioWire

extension TwilioEmulator {
    /// `GET …/IncomingPhoneNumbers.json`: `PhoneNumber` (the numbers holding its digits, as
    /// Twilio matches a pattern), `FriendlyName`, paging; in creation order.
    func listIncomingPhoneNumbers(account: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        var list = API2010List()
        list.contains(parameters, "PhoneNumber", column: "unique_name")
        list.equal(parameters, "FriendlyName", field: "friendly_name", isPhoneNumber: false)
        let path = "/2010-04-01/Accounts/\(account)/IncomingPhoneNumbers.json"
        return try await list2010(IncomingPhoneNumber.self, key: "incoming_phone_numbers", path: path, list, newestFirst: false, parameters)
    }

    /// `POST …/IncomingPhoneNumbers.json`: `PhoneNumber` (E.164) or `AreaCode` (a US one is made
    /// up in it), and the URL settings → 201.
    func createIncomingPhoneNumber(account: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        let phoneNumber: String
        if let sent = parameters["PhoneNumber"] {
            let number = PhoneNumber(sent)
            guard number.isValid, let e164 = number.e164 else {
                throw .messaging(21421, "PhoneNumber \(RequestParameters.excerpt(sent)) is invalid; use E.164, e.g. +15005550006.")
            }
            phoneNumber = e164
        } else if let area = parameters["AreaCode"] {
            guard area.count == 3, let first = area.first, ("2"..."9").contains(first), area.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else {
                throw .messaging(21421, "AreaCode \(RequestParameters.excerpt(area)) is invalid; use a North American area code such as 415.")
            }
            phoneNumber = "+1\(area)555" + String(format: "%04d", Int.random(in: 0...9999))
        } else {
            throw .messaging(21421, "PhoneNumber or AreaCode is required.")
        }
        let now = now
        var number = IncomingPhoneNumber(
            sid: SID.make(SID.incomingPhoneNumber), accountSid: credentials.accountSid, phoneNumber: phoneNumber,
            friendlyName: PhoneNumber(phoneNumber).nationalFormat ?? phoneNumber, now: now
        )
        try number.apply(parameters)
        let created = number
        try await store.write(now: now) { access in
            guard try access.resource(IncomingPhoneNumber.self, parent: "", uniqueName: phoneNumber) == nil else {
                throw EmulatorError.messaging(21422, "PhoneNumber \(phoneNumber) is already one of the account's numbers.")
            }
            try access.insert(created)
        }
        return .json(created.resource(publicBaseURLs), status: 201)
    }

    /// `GET …/IncomingPhoneNumbers/{Sid}.json`.
    func fetchIncomingPhoneNumber(account: String, sid: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        return try await fetch(resource) { access in try access.resource(IncomingPhoneNumber.self, sid: sid) }
    }

    /// `POST …/IncomingPhoneNumbers/{Sid}.json`: `FriendlyName`, `SmsUrl`, `VoiceUrl`, their
    /// methods and fallbacks, `StatusCallback`; a URL may be a path of the Functions server.
    func updateIncomingPhoneNumber(account: String, sid: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        var check = IncomingPhoneNumber(sid: sid, accountSid: "", phoneNumber: "", friendlyName: "", now: now)
        try check.apply(parameters)
        let now = now
        let number = try await store.write(now: now) { access in
            guard var number = try access.resource(IncomingPhoneNumber.self, sid: sid) else { throw EmulatorError.notFound(resource) }
            try number.apply(parameters)
            number.dateUpdated = now
            try access.update(number)
            return number
        }
        return .json(number.resource(publicBaseURLs))
    }

    /// `DELETE …/IncomingPhoneNumbers/{Sid}.json` → 204.
    func deleteIncomingPhoneNumber(account: String, sid: String, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        try await store.write(now: now) { access in
            guard try access.resource(IncomingPhoneNumber.self, sid: sid) != nil else { throw EmulatorError.notFound(resource) }
            try access.delete(IncomingPhoneNumber.self, sid: sid)
        }
        return .noContent
    }

    /// `GET …/Messages/{Sid}/Media.json`: the message's `MediaUrl`s as Media resources (`ME…`).
    func listMessageMedia(account: String, messageSid: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        let page = try PageRequest(parameters, maximumPageSize: 1000)
        let message = try await found(resource) { access in try access.resource(Message.self, sid: messageSid) }
        let all = message.mediaURLs.enumerated().map { index, url -> JSONValue in
            let sid = SID.messageMedia + String(message.sid.dropFirst(2).dropLast(2)) + String(format: "%02x", index)
            return [
                "account_sid": .string(message.accountSid),
                "content_type": .string(Self.contentType(ofMediaURL: url)),
                "date_created": .string(message.dateCreated.rfc2822),
                "date_updated": .string(message.dateUpdated.rfc2822),
                "parent_sid": .string(message.sid),
                "sid": .string(sid),
                "uri": .string("\(message.path)/Media/\(sid).json"),
            ]
        }
        let start = min(page.offset ?? all.count, all.count)
        let items = Array(all[start..<min(start + page.pageSize, all.count)])
        var body = JSONObject([("media_list", .array(items))])
        for (key, value) in page.api2010Fields(path: "\(message.path)/Media.json", filters: [], count: items.count, hasNext: start + items.count < all.count) {
            body[key] = value
        }
        return .json(.object(body))
    }

    /// `POST …/Messages/{Sid}/Feedback.json`: `Outcome` `confirmed` or `unconfirmed`.
    func createMessageFeedback(account: String, messageSid: String, _ parameters: RequestParameters, resource: String) async throws(EmulatorError) -> EmulatorResponse {
        try checkAccount(account, resource: resource)
        let outcome = try parameters.choice("Outcome", from: ["confirmed", "unconfirmed"]) ?? "confirmed"
        let message = try await found(resource) { access in try access.resource(Message.self, sid: messageSid) }
        let now = now
        return .json([
            "account_sid": .string(message.accountSid),
            "message_sid": .string(message.sid),
            "outcome": .string(outcome),
            "date_created": .string(now.rfc2822),
            "date_updated": .string(now.rfc2822),
            "uri": .string("\(message.path)/Feedback.json"),
        ])
    }

    /// The type a media URL most likely has, from its extension.
    static func contentType(ofMediaURL url: String) -> String {
        let name = url.split(separator: "?").first.map(String.init)?.lowercased() ?? ""
        for (suffix, type) in [(".png", "image/png"), (".gif", "image/gif"), (".mp4", "video/mp4"), (".pdf", "application/pdf"), (".mp3", "audio/mpeg")]
        where name.hasSuffix(suffix) {
            return type
        }
        return "image/jpeg"
    }
}
