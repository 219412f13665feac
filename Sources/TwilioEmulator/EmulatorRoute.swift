import TwilioWire

/// The resources the emulator serves, recognised from a request path.
///
/// Sync paths start with `/v1/Services` and Media paths with `/v1/PlayerStreamers`, so one table
/// serves both hosts.
enum EmulatorRoute: Sendable, Equatable {
    /// `/v1/Services`
    case services
    /// `/v1/Services/{ServiceSid}`; the SID may be `default`.
    case service(String)
    /// `/v1/Services/{ServiceSid}/Documents`
    case documents(service: String)
    /// `/v1/Services/{ServiceSid}/Documents/{Sid or UniqueName}`
    case document(service: String, id: String)
    /// `/v1/PlayerStreamers`
    case playerStreamers
    /// `/v1/PlayerStreamers/{Sid}`
    case playerStreamer(String)
    /// `/v1/PlayerStreamers/{Sid}/PlaybackGrant`
    case playbackGrant(String)

    /// The route of a percent-encoded `path`; `nil` for anything else, including a segment that
    /// is empty or not valid percent-encoded UTF-8.
    init?(path: String) {
        var path = path
        guard let segments = path.withUTF8(Self.segments(of:)) else { return nil }
        guard segments.count >= 2, segments[0] == "v1" else { return nil }
        switch (segments[1], segments.count) {
        case ("Services", 2): self = .services
        case ("Services", 3): self = .service(segments[2])
        case ("Services", 4) where segments[3] == "Documents": self = .documents(service: segments[2])
        case ("Services", 5) where segments[3] == "Documents": self = .document(service: segments[2], id: segments[4])
        case ("PlayerStreamers", 2): self = .playerStreamers
        case ("PlayerStreamers", 3): self = .playerStreamer(segments[2])
        case ("PlayerStreamers", 4) where segments[3] == "PlaybackGrant": self = .playbackGrant(segments[2])
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
        case .services, .documents, .playerStreamers: return ["GET", "POST"]
        case .service: return ["GET"]
        case .document: return ["GET", "POST", "DELETE"]
        case .playerStreamer: return ["GET", "POST"]
        case .playbackGrant: return ["POST"]
        }
    }
}
