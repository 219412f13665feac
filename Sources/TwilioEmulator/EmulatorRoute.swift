import TwilioWire

/// The resources the emulator serves, recognised from a request path.
///
/// Sync paths start with `/v1/Services` and Media paths with `/v1/PlayerStreamers`, so one table
/// serves both hosts. A Sync object (`{Sid}` below) is named by its SID or its unique name.
enum EmulatorRoute: Sendable, Equatable {
    /// `/v1/Services`
    case services
    /// `/v1/Services/{ServiceSid}`; the SID may be `default`.
    case service(String)
    /// `/v1/Services/{ServiceSid}/{Documents|Lists|Maps|Streams}`
    case objects(service: String, SyncObjectKind)
    /// `/v1/Services/{ServiceSid}/{Documents|Lists|Maps|Streams}/{Sid}`
    case object(service: String, SyncObjectKind, id: String)
    /// `/v1/Services/{ServiceSid}/{Lists|Maps}/{Sid}/Items`
    case items(service: String, SyncObjectKind, id: String)
    /// `/v1/Services/{ServiceSid}/{Lists|Maps}/{Sid}/Items/{Index or Key}`
    case item(service: String, SyncObjectKind, id: String, key: String)
    /// `/v1/Services/{ServiceSid}/{Documents|Lists|Maps}/{Sid}/Permissions`
    case permissions(service: String, SyncObjectKind, id: String)
    /// `/v1/Services/{ServiceSid}/{Documents|Lists|Maps}/{Sid}/Permissions/{Identity}`
    case permission(service: String, SyncObjectKind, id: String, identity: String)
    /// `/v1/Services/{ServiceSid}/Streams/{Sid}/Messages`
    case streamMessages(service: String, id: String)
    /// `/_emulator/StreamMessages`: the Stream messages published lately (not a Twilio API).
    case recentStreamMessages
    /// `/_emulator/VerifyCodes`: the latest verifications with their codes (not a Twilio API).
    case verifyCodes
    /// `/v2/Services` (Verify)
    case verifyServices
    /// `/v2/Services/{Sid}` (Verify)
    case verifyService(String)
    /// `/v2/Services/{ServiceSid}/Verifications`
    case verifications(service: String)
    /// `/v2/Services/{ServiceSid}/Verifications/{Sid}`
    case verification(service: String, sid: String)
    /// `/v2/Services/{ServiceSid}/VerificationCheck`
    case verificationCheck(service: String)
    /// `/v2/PhoneNumbers/{PhoneNumber}` (Lookups)
    case phoneNumber(String)
    /// `/2010-04-01/Accounts/{AccountSid}/Messages.json`
    case messages(account: String)
    /// `/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`
    case message(account: String, sid: String)
    /// `/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}/Media.json`
    case messageMedia(account: String, sid: String)
    /// `/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}/Feedback.json`
    case messageFeedback(account: String, sid: String)
    /// `/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json`
    case incomingPhoneNumbers(account: String)
    /// `/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json`
    case incomingPhoneNumber(account: String, sid: String)
    /// `/2010-04-01/Accounts/{AccountSid}/Calls.json`
    case calls(account: String)
    /// `/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`
    case call(account: String, sid: String)
    /// `/_emulator/Trigger/Sms`: a text message arrives at one of the account's numbers (not a Twilio API).
    case triggerSMS
    /// `/_emulator/Trigger/Call`: a call comes in to one of the account's numbers (not a Twilio API).
    case triggerCall
    /// `/_emulator/DeliverMessages`: every outbound message moves to its last status now (not a Twilio API).
    case deliverMessages
    /// `/_emulator/Messages`: the latest messages with their status and callback histories (not a Twilio API).
    case recentMessages
    /// `/v1/PlayerStreamers`
    case playerStreamers
    /// `/v1/PlayerStreamers/{Sid}`
    case playerStreamer(String)
    /// `/v1/PlayerStreamers/{Sid}/PlaybackGrant`
    case playbackGrant(String)

    /// The named objects of a Sync Service, by their path segment.
    enum SyncObjectKind: String, Sendable, Equatable {
        case document = "Documents"
        case list = "Lists"
        case map = "Maps"
        case stream = "Streams"

        /// The permission target of a Document, List or Map; `nil` for a Stream.
        var permissionTarget: SyncPermissionTarget? {
            switch self {
            case .document: .document
            case .list: .list
            case .map: .map
            case .stream: nil
            }
        }
    }

    /// The route of a percent-encoded `path`; `nil` for anything else, including a segment that
    /// is empty or not valid percent-encoded UTF-8.
    init?(path: String) {
        var path = path
        guard let segments = path.withUTF8(Self.segments(of:)) else { return nil }
        switch segments.first {
        case "_emulator":
            switch segments.dropFirst() {
            case ["StreamMessages"]: self = .recentStreamMessages
            case ["VerifyCodes"]: self = .verifyCodes
            case ["Trigger", "Sms"]: self = .triggerSMS
            case ["Trigger", "Call"]: self = .triggerCall
            case ["DeliverMessages"]: self = .deliverMessages
            case ["Messages"]: self = .recentMessages
            default: return nil
            }
            return
        case "v2":
            self.init(version2: segments)
            return
        case "2010-04-01":
            self.init(api2010: segments)
            return
        default: break
        }
        guard segments.count >= 2, segments[0] == "v1" else { return nil }
        switch segments[1] {
        case "Services": self.init(sync: segments)
        case "PlayerStreamers":
            switch segments.count {
            case 2: self = .playerStreamers
            case 3: self = .playerStreamer(segments[2])
            case 4 where segments[3] == "PlaybackGrant": self = .playbackGrant(segments[2])
            default: return nil
            }
        default: return nil
        }
    }

    /// The Verify or Lookups route of `segments`, which start with `v2`.
    private init?(version2 segments: [String]) {
        switch (segments.dropFirst().first, segments.count) {
        case ("Services", 2): self = .verifyServices
        case ("Services", 3): self = .verifyService(segments[2])
        case ("Services", 4) where segments[3] == "Verifications": self = .verifications(service: segments[2])
        case ("Services", 4) where segments[3] == "VerificationCheck": self = .verificationCheck(service: segments[2])
        case ("Services", 5) where segments[3] == "Verifications": self = .verification(service: segments[2], sid: segments[4])
        case ("PhoneNumbers", 3): self = .phoneNumber(segments[2])
        default: return nil
        }
    }

    /// The 2010 API route of `segments`, which start with `2010-04-01`: every resource is under
    /// `Accounts/{AccountSid}` and its last segment ends in `.json`.
    private init?(api2010 segments: [String]) {
        guard segments.count >= 4, segments[1] == "Accounts", let last = segments.last, last.hasSuffix(".json") else { return nil }
        let account = segments[2]
        var rest = Array(segments.dropFirst(3))
        rest[rest.count - 1] = String(last.dropLast(5))
        switch (rest.first, rest.count) {
        case ("Messages", 1): self = .messages(account: account)
        case ("Messages", 2): self = .message(account: account, sid: rest[1])
        case ("Messages", 3) where rest[2] == "Media": self = .messageMedia(account: account, sid: rest[1])
        case ("Messages", 3) where rest[2] == "Feedback": self = .messageFeedback(account: account, sid: rest[1])
        case ("Calls", 1): self = .calls(account: account)
        case ("Calls", 2): self = .call(account: account, sid: rest[1])
        case ("IncomingPhoneNumbers", 1): self = .incomingPhoneNumbers(account: account)
        case ("IncomingPhoneNumbers", 2): self = .incomingPhoneNumber(account: account, sid: rest[1])
        default: return nil
        }
    }

    /// The Sync route of `segments`, which start with `v1`, `Services`.
    private init?(sync segments: [String]) {
        guard segments.count > 2 else {
            self = .services
            return
        }
        let service = segments[2]
        guard segments.count > 3 else {
            self = .service(service)
            return
        }
        guard let kind = SyncObjectKind(rawValue: segments[3]) else { return nil }
        switch segments.count {
        case 4: self = .objects(service: service, kind)
        case 5: self = .object(service: service, kind, id: segments[4])
        case 6, 7:
            let id = segments[4]
            switch (segments[5], kind, segments.count) {
            case ("Items", .list, 6), ("Items", .map, 6): self = .items(service: service, kind, id: id)
            case ("Items", .list, 7), ("Items", .map, 7): self = .item(service: service, kind, id: id, key: segments[6])
            case ("Permissions", let kind, 6) where kind != .stream: self = .permissions(service: service, kind, id: id)
            case ("Permissions", let kind, 7) where kind != .stream:
                self = .permission(service: service, kind, id: id, identity: segments[6])
            case ("Messages", .stream, 6): self = .streamMessages(service: service, id: id)
            default: return nil
            }
        default: return nil
        }
    }

    /// The decoded segments of a path that starts with `/`; `nil` when one is empty or not valid
    /// percent-encoded UTF-8. This runs for every request, so it reads the bytes in place.
    private static func segments(of path: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard path.first == UInt8(ascii: "/") else { return nil }
        var segments: [String] = []
        segments.reserveCapacity(5)
        var start = 1
        while true {
            var end = start
            var escaped = false
            while end < path.count, path[end] != UInt8(ascii: "/") {
                escaped = escaped || path[end] == UInt8(ascii: "%")
                end += 1
            }
            guard end > start else { return nil }
            let raw = UnsafeBufferPointer(rebasing: path[start..<end])
            if escaped {
                guard let segment = try? PercentEncoding.decode(raw, plusAsSpace: false) else { return nil }
                segments.append(segment)
            } else {
                // Bytes of a String cut at `/` are valid UTF-8 already: what the decode would give.
                segments.append(String(decoding: raw, as: UTF8.self))
            }
            if end == path.count { return segments }
            start = end + 1
        }
    }

    /// The methods the resource answers; any other gets a 405 listing these.
    var allowedMethods: [String] {
        switch self {
        case .services, .objects, .items, .playerStreamers, .playerStreamer, .verifyServices, .verification, .messages,
            .incomingPhoneNumbers, .calls:
            return ["GET", "POST"]
        case .service, .object, .item, .permission, .verifyService, .message, .incomingPhoneNumber, .call: return ["GET", "POST", "DELETE"]
        case .permissions, .recentStreamMessages, .verifyCodes, .phoneNumber, .messageMedia, .recentMessages: return ["GET"]
        case .streamMessages, .playbackGrant, .verifications, .verificationCheck, .messageFeedback, .triggerSMS, .triggerCall,
            .deliverMessages:
            return ["POST"]
        }
    }

    /// The Twilio product the route belongs to, by the host Twilio serves it on; `nil` for the
    /// emulator's own routes, which every host answers.
    var product: String? {
        switch self {
        case .services, .service, .objects, .object, .items, .item, .permissions, .permission, .streamMessages: "sync"
        case .playerStreamers, .playerStreamer, .playbackGrant: "media"
        case .verifyServices, .verifyService, .verifications, .verification, .verificationCheck: "verify"
        case .phoneNumber: "lookups"
        case .messages, .message, .messageMedia, .messageFeedback, .incomingPhoneNumbers, .incomingPhoneNumber, .calls, .call: "api"
        case .recentStreamMessages, .verifyCodes, .triggerSMS, .triggerCall, .deliverMessages, .recentMessages: nil
        }
    }

    /// The products a `Host` names by its first label, as Twilio's hosts do (`sync.twilio.com`,
    /// `verify.localhost:3001`); `nil` for any other host, which reaches every product.
    static func product(ofHost host: String) -> String? {
        let first = host.split(separator: ".", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        return ["sync", "media", "verify", "lookups", "api"].contains(first) && host.contains(".") ? first : nil
    }
}
