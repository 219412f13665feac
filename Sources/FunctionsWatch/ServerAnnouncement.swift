import TwilioWire

/// What a server started by watch mode tells its supervisor on standard output, one line each
/// time: the port it is bound to once ready, and its URL paths after each reload. The line starts
/// with ``prefix``, so the supervisor can tell it from the server's own output.
///
/// ```swift
/// print(ServerAnnouncement(port: 40123, paths: ["/hello"], listing: "Functions: ...").line)
/// // ::twilio-functions:: {"port":40123,"paths":["/hello"],"listing":"Functions: ..."}
/// ```
public struct ServerAnnouncement: Sendable, Equatable {
    /// Marks an announcement line.
    public static let prefix = "::twilio-functions:: "

    /// The port the server answers on (set in the first announcement).
    public var port: Int?
    /// The URL paths the server answers now.
    public var paths: [String]
    /// The route listing to print for the user (set in the first announcement).
    public var listing: String?

    /// An announcement.
    public init(port: Int? = nil, paths: [String], listing: String? = nil) {
        self.port = port
        self.paths = paths
        self.listing = listing
    }

    /// The line to print.
    public var line: String {
        var object = JSONObject()
        if let port { object["port"] = .int(port) }
        object["paths"] = .array(paths.map { .string($0) })
        if let listing { object["listing"] = .string(listing) }
        return Self.prefix + JSONValue.object(object).jsonString
    }

    /// The announcement a line holds, or `nil` for any other line.
    public init?(line: String) {
        guard line.hasPrefix(Self.prefix),
            let value = try? JSONParser.parse(String(line.dropFirst(Self.prefix.count))),
            case .object(let object) = value,
            case .array(let paths)? = object["paths"]
        else { return nil }
        if case .int(let port)? = object["port"] { self.port = port }
        self.paths = paths.compactMap { if case .string(let path) = $0 { path } else { nil } }
        if case .string(let listing)? = object["listing"] { self.listing = listing }
    }
}
